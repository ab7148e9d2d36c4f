// The repo's own knowledge overview: it builds with no errors or warnings, and holds what
// the site promises its readers (counts per kind, metadata on every page, short paths).
#include <catch2/catch.hpp>

#include <regex>

#include "cli/pipeline.h"
#include "config/config_loader.h"
#include "content/page_loader.h"

using namespace kunskap;

namespace {

struct RepoSite {
  RepoSite() {
    BuildOptions options;
    options.site_dir = KUNSKAP_REPO_ROOT;
    options.theme_dirs = {KUNSKAP_TEST_THEMES};
    options.package_dirs = {KUNSKAP_TEST_PACKAGES};
    result = RunPipeline(disk, options);
    Diagnostics ignored;
    auto text = disk.ReadFile(std::string(KUNSKAP_REPO_ROOT) + "/site-config.toml", nullptr);
    config = *ParseSiteConfig(*text, "site-config.toml", ignored);
    content = LoadContent(disk, KUNSKAP_REPO_ROOT, config, {}, ignored);
  }
  size_t Count(const std::string& language, SectionKind kind) const {
    size_t n = 0;
    for (const auto& page : content.pages) {
      n += page.language == language && page.kind == kind && page.type == PageType::kRegular;
    }
    return n;
  }
  DiskFileSystem disk;
  BuildResult result;
  SiteConfig config;
  ContentSet content;
};

const RepoSite& Repo() {
  static RepoSite site;
  return site;
}

/// The relative hrefs of a page's main content (what a reader can click after the header).
std::vector<std::string> MainLinks(const std::string& html) {
  std::vector<std::string> links;
  std::string main = html.substr(html.find("<main"));
  std::regex href("href=\"([^\"#:]+)\"");
  for (std::sregex_iterator it(main.begin(), main.end(), href), end; it != end; ++it) {
    links.push_back((*it)[1]);
  }
  return links;
}

/// Resolves a relative href against the output path of the page it is on.
std::string Resolve(const std::string& from_output, const std::string& href) {
  std::string dir = from_output.substr(0, from_output.rfind('/') + 1);
  std::string path = dir + href;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string joined;
  for (const auto& part : parts) joined += (joined.empty() ? "" : "/") + part;
  return joined;
}

}  // namespace

TEST_CASE("the repo's site builds with no errors, and warns only of its example contact routes") {
  std::string messages;
  size_t examples = 0;
  for (const auto& page : Repo().content.pages) examples += page.meta.example ? 1 : 0;
  for (const auto& d : Repo().result.diagnostics.Sorted()) {
    // The municipal examples' placeholder routes: one warning each, by design.
    if (d.severity == Severity::kWarning && d.message.find("is an example") != std::string::npos) {
      --examples;
      continue;
    }
    messages += d.Format() + "\n";
  }
  CHECK(messages.empty());
  CHECK(examples == 0);
  CHECK(Repo().result.output.has_value());
}

TEST_CASE("the knowledge overview has the promised number of pages of each kind") {
  for (const char* language : {"sv", "en"}) {
    INFO(language);
    CHECK(Repo().Count(language, SectionKind::kDefinitions) >= 35);
    CHECK(Repo().Count(language, SectionKind::kArticles) >= 15);
    CHECK(Repo().Count(language, SectionKind::kContacts) >= 12);
    CHECK(Repo().Count(language, SectionKind::kUpdates) >= 4);
  }
  CHECK(Repo().Count("ar", SectionKind::kContacts) >= 12);
}

TEST_CASE("every page has an owner and an audience and a review date") {
  for (const auto& page : Repo().content.pages) {
    INFO(page.source_path);
    CHECK_FALSE(page.meta.owner.empty());
    CHECK(page.meta.audience.has_value());
    CHECK_FALSE(page.meta.review_by.empty());
  }
}

TEST_CASE("Arabic has the home page and where-to-get-help and the contact routes") {
  const auto& files = Repo().result.output->files;
  CHECK(files.count("ar/index.html"));
  CHECK(files.count("ar/help/index.html"));
  CHECK(files.count("ar/contacts/index.html"));
}

TEST_CASE(
    "two clicks from the Swedish home page to the managers' guide for an employee who tells") {
  const auto& files = Repo().result.output->files;
  const std::string target = "sv/chefer/en-medarbetare-berattar-om-vald/index.html";
  REQUIRE(files.count(target));
  bool reached = false;
  for (const auto& first : MainLinks(files.at("sv/index.html"))) {
    std::string one = Resolve("sv/index.html", first);
    if (one == target) reached = true;
    if (!one.ends_with(".html") || !files.count(one)) continue;
    for (const auto& second : MainLinks(files.at(one))) {
      if (Resolve(one, second) == target) reached = true;
    }
  }
  CHECK(reached);
}

TEST_CASE("no page says Linköping's 2024 plan prioritises, as if the proposal were adopted") {
  // Seed 000 is a proposal ("Förslag till kommunstyrelsens beslut", "De inriktningar som
  // föreslås"): its directions are proposed, not adopted priorities.
  std::vector<std::string> found;
  for (const auto& page : Repo().content.pages) {
    std::string text = page.meta.title + ". " + page.meta.summary + ". " + page.body;
    for (const auto& tag : page.meta.tags) text += ". " + tag;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find_first_of(".\n", start);
      if (end == std::string::npos) end = text.size();
      std::string sentence = text.substr(start, end - start);
      std::string lower = sentence;
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool about_2024 = lower.find("2024") != std::string::npos &&
                        lower.find("linköping") != std::string::npos;
      bool prioritises = lower.find("prioriter") != std::string::npos ||
                         lower.find("priorit") != std::string::npos;
      if ((about_2024 && prioritises) || lower.find("prioriterat område") != std::string::npos ||
          lower.find("priority area") != std::string::npos) {
        found.push_back(page.source_path + ": " + sentence);
      }
      start = end + 1;
    }
  }
  std::string all;
  for (const auto& line : found) all += line + "\n";
  INFO(all);
  CHECK(all.empty());
}
