// Wall time per pipeline stage, for `kunskap build --timings`: where a slow build spends
// its time, without a profiler. Plain data passed along with the build's result.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace kunskap {

class StageTimings {
 public:
  /// Ends the current stage (if any) and starts `name`.
  void Start(std::string name) {
    Stop();
    current_ = std::move(name);
    started_ = std::chrono::steady_clock::now();
  }
  void Stop() {
    if (current_.empty()) return;
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_)
            .count();
    stages_.emplace_back(std::move(current_), ms);
    current_.clear();
  }
  const std::vector<std::pair<std::string, double>>& stages() const { return stages_; }

 private:
  std::vector<std::pair<std::string, double>> stages_;  ///< (stage, milliseconds), in order
  std::string current_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace kunskap
