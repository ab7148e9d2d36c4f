// libFuzzer target for the raw-HTML allow-list: any bytes are parsed without a crash or a
// sanitizer report, every problem has a place and a message, and the answer is the same on
// a second run (the check holds no state).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "markdown/html_sanitizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  auto problems = kunskap::CheckRawHtml(html);
  for (const auto& problem : problems) {
    if (problem.line < 1 || problem.column < 1 || problem.message.empty() || problem.hint.empty())
      __builtin_trap();
  }
  auto again = kunskap::CheckRawHtml(html);
  if (again.size() != problems.size()) __builtin_trap();
  for (size_t i = 0; i < again.size(); ++i) {
    if (again[i].line != problems[i].line || again[i].column != problems[i].column ||
        again[i].message != problems[i].message) {
      __builtin_trap();
    }
  }
  return 0;
}
