#include "cli/pipeline.h"

#include "config/config_loader.h"
#include "content/page_loader.h"
#include "core/parallel.h"
#include "markdown/body_renderer.h"
#include "output/precompressed.h"
#include "render/page_renderer.h"
#include "render/theme.h"
#include "search/lunr_builder.h"
#include "search/search_stage.h"
#include "site/review_dates.h"
#include "site/site_builder.h"

namespace kunskap {

std::optional<Site> BuildSiteModel(const FileSystem& fs, const BuildOptions& options,
                                   Diagnostics& diagnostics, StageTimings* timings) {
  StageTimings unused;
  StageTimings& time = timings ? *timings : unused;
  time.Start("config");
  std::string config_path = JoinPath(options.site_dir, "site-config.toml");
  std::string error;
  auto config_text = fs.ReadFile(config_path, &error);
  if (!config_text) {
    diagnostics.Error({"site-config.toml"}, "no site-config.toml in this folder",
                      "run kunskap in the site's folder, or pass --source DIR");
    return std::nullopt;
  }
  auto config = ParseSiteConfig(*config_text, "site-config.toml", diagnostics);
  if (!config || diagnostics.HasErrors()) return std::nullopt;
  if (!options.base_url.empty()) config->base_url = options.base_url;

  time.Start("content");
  ContentSet content =
      LoadContent(fs, options.site_dir, *config, {options.include_drafts}, diagnostics);
  time.Start("dates");
  ApplyPageDates(content, options.read_dates ? ReadPageDates(options.site_dir, diagnostics)
                                             : std::map<std::string, FileDates>{});

  // The glossary stems words exactly as the search index does, so the two agree.
  std::map<std::string, WordStemmer> stemmers;
  for (const auto& language : config->languages) {
    if (language.search.empty()) continue;
    stemmers[language.code] = [search = language.search](const std::string& word) {
      return StemForSearch(search, word);
    };
  }
  time.Start("markdown: links, anchors, glossary");
  BodyContext context = BuildBodyContext(content, config->allow_raw_html, stemmers, diagnostics);
  time.Start("markdown: bodies");
  std::vector<RenderedBody> bodies(content.pages.size());
  ParallelFor(content.pages.size(),
              [&](size_t i) { bodies[i] = RenderBody(content.pages[i], context, diagnostics); });

  time.Start("site");
  Site site = BuildSite(*config, std::move(content), std::move(bodies), diagnostics);
  site.today = options.today.empty() ? TodayUtc() : options.today;
  if (options.check_reviews) CheckReviewDates(site, site.today, diagnostics);
  time.Stop();
  return site;
}

BuildResult RunPipeline(const FileSystem& fs, const BuildOptions& options) {
  BuildResult result;
  Diagnostics& diagnostics = result.diagnostics;
  StageTimings& time = result.timings;
  std::optional<Site> built = BuildSiteModel(fs, options, diagnostics, &time);
  if (!built) return result;
  Site& site = *built;
  result.output_dir = site.config.output_dir;
  result.page_count = site.pages.size();

  std::vector<std::string> theme_dirs = {JoinPath(options.site_dir, "themes")};
  theme_dirs.insert(theme_dirs.end(), options.theme_dirs.begin(), options.theme_dirs.end());
  time.Start("render: theme");
  auto theme = LoadTheme(fs, theme_dirs, site.config, diagnostics);
  if (!theme || diagnostics.HasErrors()) return result;

  time.Start("render: pages");
  RenderedSite rendered = RenderSite(site, *theme);
  time.Start("search: inputs");
  std::vector<std::string> package_dirs = {JoinPath(options.site_dir, "node_modules")};
  package_dirs.insert(package_dirs.end(), options.package_dirs.begin(), options.package_dirs.end());
  SearchInputs search = LoadSearchInputs(fs, site, package_dirs, diagnostics);
  if (diagnostics.HasErrors()) return result;
  time.Start("search: indexes");
  AddSearchFiles(site, search, rendered);
  time.Start("output: tree, gzip");
  for (auto& copy : rendered.copies) {
    // Theme files are found by their full path; content assets relative to the site.
    if (copy.source_path.starts_with("content/")) {
      copy.source_path = JoinPath(options.site_dir, copy.source_path);
    }
  }
  OutputTree tree = MakeOutputTree(std::move(rendered), diagnostics);
  AddPrecompressed(tree, {"search-index.json"});
  time.Stop();
  if (!diagnostics.HasErrors()) result.output = std::move(tree);
  return result;
}

}  // namespace kunskap
