// Diagnostics: the errors and warnings every pipeline stage reports, carried as values.
// A stage never throws across its boundary; it appends here and the caller decides whether
// the build may go on. The CLI prints them as `path:line:col: error: message`.
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace kunskap {

enum class Severity { kWarning, kError };

/// A place in a source file. line and column are 1-based; 0 means "unknown".
struct SourceLocation {
  std::string path;  ///< relative to the site folder, e.g. "content/sv/begrepp/eftervald.md"
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  SourceLocation location;
  Severity severity = Severity::kError;
  std::string message;
  std::string hint;  ///< e.g. "did you mean 'managers'?"; empty when none helps

  /// `path:line:col: error: message; hint` (the form editors and CI logs link).
  std::string Format() const;
};

/// The list a build carries through its stages. Safe to append to from several threads.
class Diagnostics {
 public:
  Diagnostics() = default;
  Diagnostics(const Diagnostics& other);
  Diagnostics& operator=(const Diagnostics& other);

  void Error(SourceLocation where, std::string message, std::string hint = {});
  void Warning(SourceLocation where, std::string message, std::string hint = {});
  void Add(Diagnostic diagnostic);
  void Append(const Diagnostics& other);

  bool HasErrors() const;
  size_t ErrorCount() const;
  size_t WarningCount() const;
  /// Sorted by path, line, column, then message: the order does not depend on thread timing.
  std::vector<Diagnostic> Sorted() const;
  const std::vector<Diagnostic>& All() const { return items_; }

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

}  // namespace kunskap
