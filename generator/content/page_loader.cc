#include "content/page_loader.h"

#include <algorithm>
#include <map>
#include <regex>

#include "content/content_scanner.h"
#include "content/slug.h"
#include "core/digest.h"
#include "core/parallel.h"
#include "core/suggestion.h"
#include "core/utf8.h"

namespace kunskap {
namespace {

SectionKind ParseKind(const std::string& kind) {
  if (kind == "articles") return SectionKind::kArticles;
  if (kind == "definitions") return SectionKind::kDefinitions;
  if (kind == "contacts") return SectionKind::kContacts;
  if (kind == "updates") return SectionKind::kUpdates;
  return SectionKind::kNone;
}

std::string ParentDir(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

bool IsIndexFile(const std::string& rel_path) {
  return rel_path == "_index.md" || rel_path.ends_with("/_index.md");
}

/// Checks that only make sense once the page's front matter is typed.
void CheckFields(const Page& page, const SiteConfig& config, Diagnostics& diagnostics) {
  const FrontMatter& meta = page.meta;
  if (meta.title.empty() && !meta.rejected.count("title")) {
    diagnostics.Error(meta.Has("title") ? meta.Where("title") : meta.start,
                      "missing required field 'title'", "add a line 'title: ...'");
  }
  if (meta.audience) {
    auto ids = config.AudienceIds();
    for (const auto& id : *meta.audience) {
      if (!config.FindAudience(id)) {
        diagnostics.Error(meta.Where("audience"), "unknown audience '" + id + "'",
                          DidYouMean(id, ids));
      }
    }
  }
  if (meta.Has("kind")) {
    if (page.type == PageType::kRegular) {
      diagnostics.Error(meta.Where("kind"), "'kind' belongs in a section's _index.md",
                        "a page takes its kind from the _index.md of its folder");
    } else if (ParseKind(meta.kind) == SectionKind::kNone) {
      diagnostics.Error(meta.Where("kind"), "unknown kind '" + meta.kind + "'",
                        DidYouMean(meta.kind, {"articles", "definitions", "contacts", "updates"}));
    }
  }
  if (meta.Has("urgency") && meta.urgency != "emergency" && meta.urgency != "urgent" &&
      meta.urgency != "normal") {
    diagnostics.Error(meta.Where("urgency"), "unknown urgency '" + meta.urgency + "'",
                      DidYouMean(meta.urgency, {"emergency", "urgent", "normal"}));
  }
  if (meta.Has("slug") &&
      (meta.slug.empty() || meta.slug.find_first_of("/\\%") != std::string::npos ||
       meta.slug.find("..") != std::string::npos || Slugify(meta.slug) != meta.slug)) {
    diagnostics.Error(meta.Where("slug"), "slug '" + meta.slug + "' is not a plain URL segment",
                      Slugify(meta.slug).empty() ? "use lower-case letters, digits and '-'"
                                                 : "did you mean '" + Slugify(meta.slug) + "'?");
  }
  if (meta.Has("phone") && meta.phone.find_first_of("0123456789") == std::string::npos) {
    diagnostics.Error(meta.Where("phone"), "'phone' has no digits",
                      "write the number as it is dialled, e.g. 020-50 50 50");
  }
  if (meta.Has("url") && !meta.url.starts_with("https://") && !meta.url.starts_with("http://")) {
    diagnostics.Error(meta.Where("url"), "'url' must be a web address starting with https://",
                      "for example https://kvinnofridslinjen.se");
  }
  for (const auto& code : meta.languages) {
    if (code.empty() || code.size() > 8) {
      diagnostics.Error(meta.Where("languages"), "'languages' holds language codes such as sv, en");
    }
  }
}

}  // namespace

const char* SectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kArticles:
      return "articles";
    case SectionKind::kDefinitions:
      return "definitions";
    case SectionKind::kContacts:
      return "contacts";
    case SectionKind::kUpdates:
      return "updates";
    case SectionKind::kNone:
      return "";
  }
  return "";
}

std::string PageUrl(const std::string& language, const std::string& rel_path,
                    const std::string& slug_override) {
  std::string url = "/" + language + "/";
  std::string path = rel_path.substr(0, rel_path.size() - 3);  // drop ".md"
  bool index = IsIndexFile(rel_path);
  if (index) path = ParentDir(path);
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(start, end - start);
    bool last = end == path.size();
    std::string slug = last && !index && !slug_override.empty() ? slug_override : Slugify(segment);
    if (slug.empty()) return "";
    url += slug + "/";
    start = end + 1;
  }
  return url;
}

std::optional<Page> ParsePage(const std::string& raw_text, const std::string& language,
                              const std::string& rel_path, const SiteConfig& config,
                              Diagnostics& diagnostics) {
  std::string source_path = "content/" + language + "/" + rel_path;
  size_t bad = FindInvalidUtf8(raw_text);
  if (bad != std::string_view::npos) {
    // Counted as an editor shows the file: no byte order mark, and a lone CR ends a line.
    std::string before = NormalizeNewlines(std::string_view(raw_text).substr(0, bad));
    LineColumn at = LineColumnAt(before, before.size());
    diagnostics.Error({source_path, at.line, at.column}, "the file is not valid UTF-8",
                      "save it as UTF-8 in your editor");
    return std::nullopt;
  }
  std::string text = NormalizeNewlines(raw_text);
  if (text.find('\0') != std::string::npos) {
    LineColumn at = LineColumnAt(text, text.find('\0'));
    diagnostics.Error({source_path, at.line, at.column}, "the file contains a NUL character",
                      "remove it; save the file as plain text (UTF-8)");
    return std::nullopt;
  }
  auto parsed = ParseFrontMatter(text, source_path, diagnostics);
  if (!parsed) return std::nullopt;

  Page page;
  page.language = language;
  page.source_path = source_path;
  page.source_digest = DigestOf(raw_text);
  page.rel_path = rel_path;
  page.type = rel_path == "_index.md" ? PageType::kHome
              : IsIndexFile(rel_path) ? PageType::kSection
                                      : PageType::kRegular;
  page.meta = std::move(parsed->front_matter);
  page.body = std::move(parsed->body);
  page.body_line = parsed->body_line;
  if (page.type == PageType::kSection) page.kind = ParseKind(page.meta.kind);
  page.translation_key = page.meta.translation_key.empty() ? rel_path.substr(0, rel_path.size() - 3)
                                                           : page.meta.translation_key;
  page.audiences = page.meta.audience ? *page.meta.audience : config.AudienceIds();
  CheckFields(page, config, diagnostics);
  page.hours = ParseOpeningHours(page.meta, diagnostics);
  page.url = PageUrl(language, rel_path, page.meta.slug);
  if (page.url.empty()) {
    diagnostics.Error({source_path, 1, 1}, "the file name gives no usable URL",
                      "name it with letters or digits, e.g. 'eftervald.md'");
    return std::nullopt;
  }
  page.output_path = page.url.substr(1) + "index.html";
  return page;
}

/// True for a number such as "010-000 00 00": an area code and then only zeros, the
/// placeholder the municipal examples use. Nobody can be reached there.
bool LooksLikePlaceholderNumber(const std::string& phone) {
  std::string digits;
  for (char c : phone)
    if (c >= '0' && c <= '9') digits += c;
  size_t zeros = digits.size() - std::min(digits.size(), digits.find_last_not_of('0') + 1);
  return digits.size() >= 7 && zeros >= 6;
}

/// Placeholder contact details must never reach readers as real ones.
void CheckExampleRoutes(const Page& page, ExampleRoutes policy, Diagnostics& diagnostics) {
  const FrontMatter& meta = page.meta;
  bool contact = page.kind == SectionKind::kContacts && page.type == PageType::kRegular;
  if (meta.example && !contact) {
    diagnostics.Error(meta.Where("example"), "'example' belongs to contact routes",
                      "it marks a route whose number and hours are placeholders");
    return;
  }
  if (!contact) return;
  if (meta.example) {
    std::string message =
        "contact route '" + meta.title + "' is an example: its number and hours are placeholders";
    std::string hint = "put in the real details and remove 'example: true' before publishing";
    if (policy == ExampleRoutes::kError) {
      diagnostics.Error(meta.Where("example"), message, hint + " (or check with --allow-examples)");
    } else {
      diagnostics.Warning(meta.Where("example"), message, hint);
    }
  } else if (LooksLikePlaceholderNumber(meta.phone)) {
    diagnostics.Error(meta.Where("phone"),
                      "phone '" + meta.phone + "' looks like a placeholder, not a real number",
                      "write the number readers should call, or mark the route 'example: true'");
  }
}

void ApplyPageDates(ContentSet& content, const std::map<std::string, FileDates>& dates) {
  for (auto& page : content.pages) {
    auto it = dates.find(page.source_path);
    page.last_changed = !page.meta.lastmod.empty() ? page.meta.lastmod
                        : it != dates.end()        ? it->second.last
                                                   : page.meta.date;
    page.published = !page.meta.date.empty() ? page.meta.date
                     : it != dates.end()     ? it->second.first
                                             : "";
  }
}

ContentSet LoadContent(const FileSystem& fs, const std::string& site_dir, const SiteConfig& config,
                       const LoadOptions& options, Diagnostics& diagnostics) {
  ContentSet content;
  auto files = ScanContent(fs, site_dir, config, diagnostics);
  std::vector<const ContentFile*> markdown;
  for (const auto& file : files) {
    if (file.is_markdown) {
      markdown.push_back(&file);
    } else {
      std::string out = file.language + "/" + file.rel_path;
      content.assets.push_back({file.source_path, out});
    }
  }

  std::vector<std::optional<Page>> loaded(markdown.size());
  std::vector<Diagnostics> found(markdown.size());
  std::vector<char> parsed(markdown.size(), 0);
  ParallelFor(markdown.size(), [&](size_t i) {
    const ContentFile& file = *markdown[i];
    std::string error;
    auto text = fs.ReadFile(JoinPath(site_dir, file.source_path), &error);
    if (!text) {
      found[i].Error({file.source_path}, error);
      return;
    }
    if (options.parsed) {
      auto known = options.parsed->pages.find(file.source_path);
      if (known != options.parsed->pages.end() && known->second.source_digest == DigestOf(*text)) {
        loaded[i] = known->second;
        return;
      }
    }
    loaded[i] = ParsePage(*text, file.language, file.rel_path, config, found[i]);
    parsed[i] = 1;
  });
  for (size_t i = 0; i < markdown.size(); ++i) {
    diagnostics.Append(found[i]);
    if (options.parsed && parsed[i] && loaded[i] && found[i].All().empty()) {
      options.parsed->pages[markdown[i]->source_path] = *loaded[i];
    }
  }

  // Sections: a folder with an _index.md. A page belongs to its nearest such ancestor.
  std::map<std::pair<std::string, std::string>, SectionKind> sections;  // (lang, dir) -> kind
  for (const auto& page : loaded) {
    if (page && page->type != PageType::kRegular) {
      sections[{page->language, ParentDir(page->rel_path)}] = page->kind;
    }
  }
  for (auto& page : loaded) {
    if (!page) continue;
    if (page->meta.draft && !options.include_drafts) continue;
    std::string dir = ParentDir(page->rel_path);
    if (page->type != PageType::kRegular) dir = dir.empty() ? "" : ParentDir(dir);
    if (page->type == PageType::kHome) dir = "";
    while (!dir.empty() && !sections.count({page->language, dir})) dir = ParentDir(dir);
    page->section = dir;
    if (page->type == PageType::kRegular) page->kind = sections[{page->language, dir}];
    CheckExampleRoutes(*page, options.examples, diagnostics);
    content.pages.push_back(std::move(*page));
  }
  // Whatever order the file system lists files in, the pages (and so the output) are the same.
  std::sort(content.pages.begin(), content.pages.end(),
            [](const Page& a, const Page& b) { return a.source_path < b.source_path; });
  std::sort(
      content.assets.begin(), content.assets.end(),
      [](const ContentAsset& a, const ContentAsset& b) { return a.source_path < b.source_path; });
  return content;
}

}  // namespace kunskap
