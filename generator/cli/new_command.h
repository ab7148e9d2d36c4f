// `kunskap new <kind> <lang> "Title"`: starts a content page from the theme's archetype for
// its kind (themes/<theme>/archetypes/<kind>.md), in the section of that kind, with its file
// name made from the title and its owner, dates and translation key filled in.
//
// Planning the page reads through the FileSystem seam and returns the file's path and text;
// only RunNewCommand writes, and never over an existing file.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/build_command.h"
#include "cli/command_line.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace kunskap {

/// The page kinds `new` makes, one per section kind: article (articles), definition, contact,
/// update.
const std::vector<std::string>& NewPageKinds();

struct NewPageRequest {
  std::string kind;      ///< "article", "definition", "contact" or "update"
  std::string language;  ///< "sv": a language of the site
  std::string title;
  std::string site_dir = ".";
  /// The section folder under content/<language>/ ("medarbetare"); empty: the one section of
  /// the kind.
  std::string section;
  std::string owner;                    ///< empty: the section's owner, else the home page's
  std::string translation_key;          ///< empty: the page's path under the language folder
  std::string today;                    ///< YYYY-MM-DD; empty: the local date
  std::vector<std::string> theme_dirs;  ///< built-in theme folders, after the site's themes/
};

struct NewPagePlan {
  std::string path;  ///< relative to the site folder: "content/sv/medarbetare/ny-rutin.md"
  std::string text;
  std::string translation_key;
  /// Languages the site requires every page in (required_languages) that have no page with
  /// this translation key yet.
  std::vector<std::string> missing_translations;
};

struct NewPageResult {
  std::optional<NewPagePlan> plan;  ///< set only when there are no errors
  Diagnostics diagnostics;          ///< paths relative to the site folder
  std::string usage_error;          ///< a wrong argument (exit code 2), e.g. an unknown language
};

/// Works out the new page's path and text without writing anything.
NewPageResult PlanNewPage(const FileSystem& fs, const NewPageRequest& request);

/// "2025-03-14" -> "2026-03-14"; 29 February becomes 28 February.
std::string OneYearAfter(const std::string& date);

/// Writes the new page and prints its path. Returns the exit code: 0 created, 1 the file
/// exists or the site cannot take the page (printed as `path: error: ...`), 2 usage.
/// `today` (YYYY-MM-DD) replaces the local date when set.
int RunNewCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                  std::ostream& err, const std::string& today = "");

}  // namespace kunskap
