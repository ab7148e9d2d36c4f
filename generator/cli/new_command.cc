#include "cli/new_command.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <ostream>
#include <set>

#include "config/config_loader.h"
#include "content/front_matter.h"
#include "content/page_loader.h"
#include "content/slug.h"
#include "core/suggestion.h"
#include "core/utf8.h"

namespace kunskap {
namespace {

/// What the `_index.md` of a section folder says about it.
struct SectionInfo {
  std::string kind;  ///< "articles", ...; "" when the file says none
  std::string owner;
};

std::string LocalToday() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

std::string ParentDir(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

bool HasControlCharacter(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
  });
}

/// A value for a YAML field: written plain when it reads back as the same string, else in
/// double quotes (a title such as "2025: Ny plan" or "Frågor & svar").
std::string YamlScalar(const std::string& value) {
  bool plain = !value.empty() && value.front() != ' ' && value.back() != ' ';
  if (plain) {
    auto first = static_cast<unsigned char>(value.front());
    plain = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first >= 0x80;
  }
  if (plain) plain = value.find_first_of(":#\"[]{}&*!|>%@`\\") == std::string::npos;
  if (plain) {
    std::string lower = value;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::set<std::string> reserved = {"true", "false", "yes", "no", "on",
                                                   "off",  "null",  "y",   "n"};
    plain = !reserved.count(lower);
  }
  if (plain) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

/// Every section of one language, keyed by its folder under content/<lang>/ ("" for the home
/// page). Files that cannot be read or parsed are left out: the build reports them.
std::map<std::string, SectionInfo> ReadSections(const FileSystem& fs, const std::string& lang_dir,
                                                const std::string& lang_path) {
  std::map<std::string, SectionInfo> sections;
  for (const auto& file : fs.ListFilesRecursive(lang_dir)) {
    if (file != "_index.md" && !file.ends_with("/_index.md")) continue;
    if (file[0] == '.' || file.find("/.") != std::string::npos) continue;
    std::string error;
    auto text = fs.ReadFile(JoinPath(lang_dir, file), &error);
    if (!text || FindInvalidUtf8(*text) != std::string_view::npos) continue;
    Diagnostics ignored;
    auto parsed = ParseFrontMatter(NormalizeNewlines(*text), lang_path + "/" + file, ignored);
    if (!parsed) continue;
    sections[ParentDir(file)] = {parsed->front_matter.kind, parsed->front_matter.owner};
  }
  return sections;
}

/// The translation keys of one language's pages (front matter, else the path).
std::set<std::string> TranslationKeys(const FileSystem& fs, const std::string& lang_dir,
                                      const std::string& lang_path) {
  std::set<std::string> keys;
  for (const auto& file : fs.ListFilesRecursive(lang_dir)) {
    if (!file.ends_with(".md") || file[0] == '.' || file.find("/.") != std::string::npos) continue;
    std::string key = file.substr(0, file.size() - 3);
    std::string error;
    auto text = fs.ReadFile(JoinPath(lang_dir, file), &error);
    if (text && FindInvalidUtf8(*text) == std::string_view::npos) {
      Diagnostics ignored;
      auto parsed = ParseFrontMatter(NormalizeNewlines(*text), lang_path + "/" + file, ignored);
      if (parsed && !parsed->front_matter.translation_key.empty()) {
        key = parsed->front_matter.translation_key;
      }
    }
    keys.insert(key);
  }
  return keys;
}

/// "content/sv/medarbetare/", "./medarbetare" -> "medarbetare"; nullopt when it leaves the
/// language folder.
std::optional<std::string> NormalizeSection(std::string section, const std::string& language) {
  while (section.starts_with("./")) section = section.substr(2);
  if (section.starts_with("content/" + language + "/")) {
    section = section.substr(language.size() + 9);
  }
  while (section.ends_with("/")) section.pop_back();
  if (section == ".") section.clear();
  if (section.starts_with("/") || section == ".." || section.starts_with("../") ||
      section.ends_with("/..") || section.find("/../") != std::string::npos) {
    return std::nullopt;
  }
  return section;
}

/// Replaces each {{name}} in the archetype; an unknown name is an error at its place.
std::string FillPlaceholders(const std::string& archetype, const std::string& path,
                             const std::map<std::string, std::string>& values,
                             Diagnostics& diagnostics) {
  std::string out;
  size_t at = 0;
  while (true) {
    size_t open = archetype.find("{{", at);
    if (open == std::string::npos) break;
    size_t close = archetype.find("}}", open + 2);
    if (close == std::string::npos) break;
    std::string name = archetype.substr(open + 2, close - open - 2);
    out += archetype.substr(at, open - at);
    auto value = values.find(name);
    if (value == values.end()) {
      LineColumn where = LineColumnAt(archetype, open);
      std::vector<std::string> names;
      for (const auto& [known, _] : values) names.push_back(known);
      std::string hint = DidYouMean(name, names);
      if (hint.empty()) {
        hint = "the placeholders are";
        for (const auto& known : names) hint += " {{" + known + "}}";
      }
      diagnostics.Error({path, where.line, where.column}, "unknown placeholder {{" + name + "}}",
                        hint);
    } else {
      out += value->second;
    }
    at = close + 2;
  }
  return out + archetype.substr(at);
}

/// The archetype for a kind: in the site's theme, else in the built-in default theme.
/// Returns its path as diagnostics name it and the path to read it from.
std::optional<std::pair<std::string, std::string>> FindArchetype(const FileSystem& fs,
                                                                 const NewPageRequest& request,
                                                                 const SiteConfig& config,
                                                                 Diagnostics& diagnostics) {
  std::string file = "archetypes/" + request.kind + ".md";
  // (shown as, read from) for each themes folder, the site's own first.
  std::vector<std::pair<std::string, std::string>> dirs = {
      {"themes", JoinPath(request.site_dir, "themes")}};
  for (const auto& dir : request.theme_dirs) dirs.push_back({dir, dir});
  for (const auto& [shown, dir] : dirs) {
    if (!fs.IsDirectory(JoinPath(dir, config.theme))) continue;
    std::string path = JoinPath(JoinPath(dir, config.theme), file);
    if (fs.IsFile(path)) return std::pair{JoinPath(JoinPath(shown, config.theme), file), path};
    // A theme of the site's own that has no archetypes uses the built-in ones.
    for (const auto& builtin : request.theme_dirs) {
      std::string fallback = JoinPath(JoinPath(builtin, "default"), file);
      if (fs.IsFile(fallback)) return std::pair{fallback, fallback};
    }
    diagnostics.Error({JoinPath(JoinPath(shown, config.theme), file)},
                      "theme '" + config.theme + "' has no archetype for '" + request.kind + "'",
                      "copy the default theme's archetypes/ folder into it");
    return std::nullopt;
  }
  diagnostics.Error({config.path, 1, 1}, "theme '" + config.theme + "' not found",
                    "put it in themes/" + config.theme + "/ or use theme = \"default\"");
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& NewPageKinds() {
  static const std::vector<std::string> kinds = {"article", "definition", "contact", "update"};
  return kinds;
}

std::string OneYearAfter(const std::string& date) {
  int year = std::stoi(date.substr(0, 4)) + 1;
  std::string month_day = date.substr(4);
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month_day == "-02-29" && !leap) month_day = "-02-28";
  char text[8];
  std::snprintf(text, sizeof text, "%04d", year % 10000);
  return text + month_day;
}

NewPageResult PlanNewPage(const FileSystem& fs, const NewPageRequest& request) {
  NewPageResult result;
  Diagnostics& diagnostics = result.diagnostics;
  std::string today = request.today.empty() ? LocalToday() : request.today;

  std::string config_path = JoinPath(request.site_dir, "site-config.toml");
  std::string error;
  auto config_text = fs.ReadFile(config_path, &error);
  if (!config_text) {
    diagnostics.Error({"site-config.toml"}, "no site-config.toml in this folder",
                      "run kunskap in the site's folder, or pass --source DIR");
    return result;
  }
  auto config = ParseSiteConfig(*config_text, "site-config.toml", diagnostics);
  if (!config || diagnostics.HasErrors()) return result;
  if (!config->FindLanguage(request.language)) {
    auto codes = config->LanguageCodes();
    result.usage_error = "'" + request.language + "' is not a language of the site";
    std::string hint = DidYouMean(request.language, codes);
    if (hint.empty()) {
      hint = "its languages are";
      for (const auto& code : codes) hint += " " + code;
    }
    result.usage_error += "; " + hint;
    return result;
  }

  const std::string lang_path = "content/" + request.language;
  const std::string lang_dir = JoinPath(request.site_dir, lang_path);
  const std::string plural = request.kind + "s";
  auto sections = ReadSections(fs, lang_dir, lang_path);

  // The section: the one folder of this kind, or --section (which must hold this kind).
  std::string section;
  if (!request.section.empty()) {
    auto normalized = NormalizeSection(request.section, request.language);
    if (!normalized) {
      result.usage_error = "--section '" + request.section + "' is not a folder under " + lang_path;
      return result;
    }
    section = *normalized;
    if (!fs.IsDirectory(JoinPath(lang_dir, section))) {
      diagnostics.Error({JoinPath(lang_path, section)}, "no such folder",
                        "--section names a folder under " + lang_path);
      return result;
    }
    std::string owning = section;  // the nearest folder with an _index.md, as the build finds it
    while (!owning.empty() && !sections.count(owning)) owning = ParentDir(owning);
    auto found = sections.find(owning);
    std::string kind = found == sections.end() ? "" : found->second.kind;
    if (kind != plural) {
      std::string index = JoinPath(JoinPath(lang_path, owning), "_index.md");
      diagnostics.Error(
          {found == sections.end() ? JoinPath(lang_path, section) : index},
          "'" + JoinPath(lang_path, section) + "' is not a section of " + plural,
          kind.empty() ? "a section of " + plural + " has an _index.md with 'kind: " + plural + "'"
                       : "its pages are " + kind);
      return result;
    }
  } else {
    std::vector<std::string> matches;
    for (const auto& [dir, info] : sections) {
      if (info.kind == plural) matches.push_back(dir);
    }
    if (matches.empty()) {
      diagnostics.Error(
          {lang_path}, "no section holds " + plural,
          "give a folder an _index.md with 'kind: " + plural + "', or name one with --section DIR");
      return result;
    }
    if (matches.size() > 1) {
      std::string list;
      for (const auto& dir : matches) list += (list.empty() ? "" : ", ") + dir;
      diagnostics.Error(
          {lang_path},
          std::to_string(matches.size()) + " sections hold " + plural + " (" + list + ")",
          "choose one with --section DIR");
      return result;
    }
    section = matches.front();
  }

  // The file name: from the title; a contact route's is its id, the same in every language,
  // so a given translation key names it.
  std::string slug = Slugify(request.title);
  if (request.kind == "contact" && !request.translation_key.empty()) {
    slug = Slugify(request.translation_key.substr(request.translation_key.rfind('/') + 1));
  }
  if (slug.empty()) {
    result.usage_error = "'" + request.title + "' has no letters or digits to name the file with";
    return result;
  }
  std::string rel_path = (section.empty() ? "" : section + "/") + slug + ".md";
  std::string path = lang_path + "/" + rel_path;
  if (fs.IsFile(JoinPath(request.site_dir, path)) ||
      fs.IsDirectory(JoinPath(request.site_dir, path))) {
    diagnostics.Error({path}, "the file already exists",
                      "kunskap new never overwrites a page: edit it, or choose another title");
    return result;
  }
  std::string url = PageUrl(request.language, rel_path, "");
  for (const auto& file : fs.ListFilesRecursive(lang_dir)) {
    if (file.ends_with(".md") && PageUrl(request.language, file, "") == url) {
      diagnostics.Error(
          {path}, "its address " + url + " is already the address of " + lang_path + "/" + file,
          "choose another title");
      return result;
    }
  }

  auto archetype_path = FindArchetype(fs, request, *config, diagnostics);
  if (!archetype_path) return result;
  const auto& [shown, read_from] = *archetype_path;
  auto archetype = fs.ReadFile(read_from, &error);
  if (!archetype) {
    diagnostics.Error({shown}, error);
    return result;
  }

  std::string owner = request.owner;
  for (std::string dir = section; owner.empty(); dir = ParentDir(dir)) {
    if (auto it = sections.find(dir); it != sections.end()) owner = it->second.owner;
    if (dir.empty()) break;
  }
  std::string translation_key = request.translation_key.empty()
                                    ? rel_path.substr(0, rel_path.size() - 3)
                                    : request.translation_key;
  std::map<std::string, std::string> values = {
      {"title", YamlScalar(request.title)},
      {"owner", owner.empty() ? "\"\"" : YamlScalar(owner)},
      {"translation_key", YamlScalar(translation_key)},
      {"date", today},
      {"review_by", OneYearAfter(today)},
  };
  std::string text = FillPlaceholders(NormalizeNewlines(*archetype), shown, values, diagnostics);
  if (diagnostics.HasErrors()) return result;

  // The page must build: check it as the content stage will, and blame the archetype.
  Diagnostics page_diagnostics;
  auto page = ParsePage(text, request.language, rel_path, *config, page_diagnostics);
  for (const auto& problem : page_diagnostics.Sorted()) {
    if (problem.severity != Severity::kError) continue;
    diagnostics.Error({shown, problem.location.line, problem.location.column},
                      "the page made from this archetype would not build: " + problem.message,
                      problem.hint);
  }
  if (!page || diagnostics.HasErrors()) return result;
  if (request.kind == "update" && page->meta.date.empty()) {
    diagnostics.Error({shown, 1, 1}, "an update's archetype needs 'date: {{date}}'");
    return result;
  }

  result.plan = NewPagePlan{path, text, translation_key, {}};
  for (const auto& code : config->required_languages) {
    if (code == request.language || !config->FindLanguage(code)) continue;
    std::string other = "content/" + code;
    if (!TranslationKeys(fs, JoinPath(request.site_dir, other), other).count(translation_key)) {
      result.plan->missing_translations.push_back(code);
    }
  }
  return result;
}

int RunNewCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                  std::ostream& err, const std::string& today) {
  auto usage = [&](const std::string& message) {
    err << "kunskap: " << message << "\nrun 'kunskap new --help' for usage\n";
    return 2;
  };
  if (line.arguments.size() != 3) return usage("new needs KIND LANG \"Title\"");
  NewPageRequest request;
  request.kind = line.arguments[0];
  request.language = line.arguments[1];
  request.title = line.arguments[2];
  request.site_dir = line.Value("--source", ".");
  request.section = line.Value("--section");
  request.owner = line.Value("--owner");
  request.translation_key = line.Value("--translation-key");
  request.today = today;
  request.theme_dirs = tool.themes;

  const auto& kinds = NewPageKinds();
  if (std::find(kinds.begin(), kinds.end(), request.kind) == kinds.end()) {
    std::string hint = DidYouMean(request.kind, kinds);
    return usage("unknown kind '" + request.kind + "'; " +
                 (hint.empty() ? "the kinds are article, definition, contact, update" : hint));
  }
  auto bad_text = [](const std::string& text) {
    return FindInvalidUtf8(text) != std::string_view::npos || HasControlCharacter(text);
  };
  while (request.title.starts_with(' ')) request.title.erase(0, 1);
  while (request.title.ends_with(' ')) request.title.pop_back();
  if (request.title.empty() || bad_text(request.title)) {
    return usage("the title must be one line of text");
  }
  if (bad_text(request.owner)) return usage("--owner must be one line of text");
  if (bad_text(request.translation_key) ||
      request.translation_key.find_first_of(" \"'") != std::string::npos) {
    return usage("--translation-key is a path such as 'medarbetare/att-fraga-om-vald'");
  }

  DiskFileSystem fs;
  NewPageResult result = PlanNewPage(fs, request);
  if (!result.usage_error.empty()) return usage(result.usage_error);
  for (auto diagnostic : result.diagnostics.Sorted()) {
    if (!diagnostic.location.path.empty() && diagnostic.location.path[0] != '/') {
      diagnostic.location.path = JoinPath(request.site_dir, diagnostic.location.path);
    }
    err << diagnostic.Format() << "\n";
  }
  if (!result.plan) return 1;

  // "wx": create only; an existing file (even one made since the plan) is never replaced.
  std::string path = JoinPath(request.site_dir, result.plan->path);
  std::FILE* file = std::fopen(path.c_str(), "wx");
  if (!file) {
    bool exists = errno == EEXIST;
    err << path << ": error: "
        << (exists ? "the file already exists; kunskap new never overwrites a page"
                   : std::string("cannot create the file: ") + std::strerror(errno))
        << "\n";
    return 1;
  }
  const std::string& text = result.plan->text;
  bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0 || !written) {
    err << path << ": error: cannot write the file: " << std::strerror(errno) << "\n";
    std::remove(path.c_str());
    return 1;
  }
  out << path << "\n";
  for (const auto& code : result.plan->missing_translations) {
    err << "kunskap: note: the site needs every page in '" << code
        << "' too; start the translation with\n  kunskap new " << request.kind << " " << code
        << " \"...\" --translation-key " << result.plan->translation_key << "\n";
  }
  return 0;
}

}  // namespace kunskap
