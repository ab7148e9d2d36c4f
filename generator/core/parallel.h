// Runs independent work items (pages) on all cores. Each item writes only its own slot of
// a pre-sized result vector, so the result order is the input order: parallel, and still
// deterministic.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace kunskap {

template <typename Fn>
void ParallelFor(size_t count, Fn&& fn) {
  size_t workers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), count);
  if (workers <= 1) {
    for (size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      for (size_t i = next++; i < count; i = next++) fn(i);
    });
  }
  for (auto& thread : threads) thread.join();
}

}  // namespace kunskap
