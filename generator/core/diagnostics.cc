#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace kunskap {

std::string Diagnostic::Format() const {
  std::string out = location.path.empty() ? "kunskap" : location.path;
  if (location.line > 0) {
    out += ":" + std::to_string(location.line) + ":" +
           std::to_string(location.column > 0 ? location.column : 1);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  if (!hint.empty()) out += "; " + hint;
  return out;
}

Diagnostics::Diagnostics(const Diagnostics& other) {
  std::lock_guard lock(other.mutex_);
  items_ = other.items_;
}

Diagnostics& Diagnostics::operator=(const Diagnostics& other) {
  if (this == &other) return *this;
  std::vector<Diagnostic> copy;
  {
    std::lock_guard lock(other.mutex_);
    copy = other.items_;
  }
  std::lock_guard lock(mutex_);
  items_ = std::move(copy);
  return *this;
}

void Diagnostics::Error(SourceLocation where, std::string message, std::string hint) {
  Add({std::move(where), Severity::kError, std::move(message), std::move(hint)});
}

void Diagnostics::Warning(SourceLocation where, std::string message, std::string hint) {
  Add({std::move(where), Severity::kWarning, std::move(message), std::move(hint)});
}

void Diagnostics::Add(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::Append(const Diagnostics& other) {
  if (this == &other) return;
  std::vector<Diagnostic> copy;
  {
    std::lock_guard lock(other.mutex_);
    copy = other.items_;
  }
  std::lock_guard lock(mutex_);
  items_.insert(items_.end(), copy.begin(), copy.end());
}

bool Diagnostics::HasErrors() const {
  return ErrorCount() > 0;
}

size_t Diagnostics::ErrorCount() const {
  std::lock_guard lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

size_t Diagnostics::WarningCount() const {
  std::lock_guard lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kWarning; });
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> sorted;
  {
    std::lock_guard lock(mutex_);
    sorted = items_;
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.path, a.location.line, a.location.column, a.message) <
           std::tie(b.location.path, b.location.line, b.location.column, b.message);
  });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const Diagnostic& a, const Diagnostic& b) {
                             return a.Format() == b.Format();
                           }),
               sorted.end());
  return sorted;
}

}  // namespace kunskap
