#include <catch2/catch.hpp>

#include "core/diagnostics.h"

using namespace kunskap;

TEST_CASE("a diagnostic formats as path:line:col: severity: message and hint") {
  Diagnostic d{{"content/sv/a.md", 3, 7},
               Severity::kError,
               "unknown audience 'manager'",
               "did you mean 'managers'?"};
  CHECK(d.Format() ==
        "content/sv/a.md:3:7: error: unknown audience 'manager'; did you mean 'managers'?");
  d.severity = Severity::kWarning;
  d.hint.clear();
  CHECK(d.Format() == "content/sv/a.md:3:7: warning: unknown audience 'manager'");
}

TEST_CASE("diagnostics sort by place and drop exact repeats") {
  Diagnostics list;
  list.Error({"b.md", 1, 1}, "second");
  list.Warning({"a.md", 9, 1}, "first");
  list.Error({"b.md", 1, 1}, "second");
  auto sorted = list.Sorted();
  REQUIRE(sorted.size() == 2);
  CHECK(sorted[0].location.path == "a.md");
  CHECK(list.ErrorCount() == 2);
  CHECK(list.WarningCount() == 1);
  CHECK(list.HasErrors());
}
