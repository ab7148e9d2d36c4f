#include "cli/pipeline.h"

#include <boost/filesystem.hpp>
#include <set>

#include "cli/incremental_keys.h"
#include "config/config_loader.h"
#include "content/page_loader.h"
#include "core/digest.h"
#include "core/parallel.h"
#include "markdown/body_renderer.h"
#include "output/precompressed.h"
#include "render/page_renderer.h"
#include "render/theme.h"
#include "search/lunr_builder.h"
#include "search/search_stage.h"
#include "site/review_dates.h"
#include "site/site_builder.h"

namespace fs = boost::filesystem;

namespace kunskap {

namespace {

/// Each page's heading ids, from the cache where the page has not changed.
std::vector<std::vector<Heading>> AllHeadings(const ContentSet& content, bool allow_raw_html,
                                              BuildCache* cache) {
  std::vector<std::vector<Heading>> headings(content.pages.size());
  std::vector<char> parsed(content.pages.size(), 0);
  ParallelFor(content.pages.size(), [&](size_t i) {
    const Page& page = content.pages[i];
    if (cache) {
      if (auto known = cache->FindHeadings(page.source_path, HeadingsKey(page, allow_raw_html))) {
        headings[i] = std::move(*known);
        return;
      }
    }
    headings[i] = PageHeadings(page, allow_raw_html);
    parsed[i] = 1;
  });
  if (cache) {
    for (size_t i = 0; i < content.pages.size(); ++i) {
      const Page& page = content.pages[i];
      if (parsed[i])
        cache->StoreHeadings(page.source_path, HeadingsKey(page, allow_raw_html), headings[i]);
    }
  }
  return headings;
}

/// Every page's rendered body; from the cache where its key and the headings of the pages
/// it links are unchanged. A body with diagnostics is never cached, so that they are
/// reported on every build until fixed.
std::vector<RenderedBody> AllBodies(const ContentSet& content, const BodyContext& context,
                                    BuildCache* cache, Diagnostics& diagnostics,
                                    size_t& rendered_count) {
  size_t count = content.pages.size();
  BodyContextDigests digests;
  if (cache) digests = DigestBodyContext(content, context);
  std::vector<RenderedBody> bodies(count);
  std::vector<uint64_t> keys(count, 0);
  std::vector<char> rendered(count, 0);
  std::vector<Diagnostics> found(count);
  std::vector<BodyRecord> records(count);
  ParallelFor(count, [&](size_t i) {
    const Page& page = content.pages[i];
    if (cache) {
      keys[i] = BodyKey(page, context.allow_raw_html, digests);
      const BodyRecord* record = cache->FindBodyRecord(page.source_path);
      if (record && BodyRecordHolds(*record, keys[i], context)) {
        if (auto body = cache->LoadBody(page.source_path)) {
          bodies[i] = std::move(*body);
          bodies[i].digest = BodyDigest(*record);
          return;
        }
      }
    }
    bodies[i] = RenderBody(page, context, found[i]);
    rendered[i] = 1;
    if (cache) {
      records[i] = MakeBodyRecord(keys[i], bodies[i], context);
      bodies[i].digest = BodyDigest(records[i]);
      if (found[i].All().empty()) cache->WriteBodyFile(page.source_path, keys[i], bodies[i]);
    }
  });
  rendered_count = 0;
  for (size_t i = 0; i < count; ++i) {
    diagnostics.Append(found[i]);
    if (!rendered[i]) continue;
    ++rendered_count;
    if (cache && found[i].All().empty()) {
      cache->StoreBody(content.pages[i].source_path, std::move(records[i]), bodies[i]);
    }
  }
  return bodies;
}

}  // namespace

std::optional<Site> BuildSiteModel(const FileSystem& fs, const BuildOptions& options,
                                   Diagnostics& diagnostics, StageTimings* timings,
                                   BuildCounts* counts) {
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
  BuildCache* cache = options.cache;
  if (cache) {
    std::string settings = "drafts=" + std::to_string(options.include_drafts) +
                           " base_url=" + options.base_url +
                           " dates=" + std::to_string(options.read_dates);
    cache->Open(options.cache_on_disk ? JoinPath(options.site_dir, config->cache_dir) : "",
                ToolAndConfigKey(*config_text, settings));
    if (options.clean) cache->ForgetPages();
  }

  time.Start("content");
  if (options.parsed_pages && options.parsed_pages->config_digest != DigestOf(*config_text)) {
    *options.parsed_pages = {DigestOf(*config_text), {}};
  }
  LoadOptions load;
  load.include_drafts = options.include_drafts;
  load.examples = options.refuse_examples ? ExampleRoutes::kError : ExampleRoutes::kWarn;
  load.parsed = options.parsed_pages;
  ContentSet content = LoadContent(fs, options.site_dir, *config, load, diagnostics);
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
  BodyContext context =
      BuildBodyContext(content, AllHeadings(content, config->allow_raw_html, cache),
                       config->allow_raw_html, stemmers, diagnostics);
  time.Start("markdown: bodies");
  size_t bodies_rendered = 0;
  std::vector<RenderedBody> bodies =
      AllBodies(content, context, cache, diagnostics, bodies_rendered);
  if (counts) counts->bodies_rendered = bodies_rendered;

  time.Start("site");
  Site site = BuildSite(*config, std::move(content), std::move(bodies), diagnostics);
  site.today = options.today.empty() ? TodayUtc() : options.today;
  if (options.check_reviews) CheckReviewDates(site, site.today, diagnostics);
  time.Stop();
  return site;
}

void RememberOutputs(BuildCache& cache, BuildResult& result,
                     const std::map<std::string, FileStamp>& stamps) {
  std::map<std::string, OutputRecord> outputs = std::move(result.outputs);
  if (!stamps.empty()) {
    for (auto it = outputs.begin(); it != outputs.end();) {
      auto stamp = stamps.find(it->first);
      if (stamp == stamps.end()) {
        it = outputs.erase(it);
        continue;
      }
      it->second.size = stamp->second.size;
      it->second.mtime_ns = stamp->second.mtime_ns;
      ++it;
    }
  }
  cache.ReplaceOutputs(std::move(outputs));
  cache.Save();
}

BuildResult RunPipeline(const FileSystem& fs, const BuildOptions& options) {
  BuildResult result;
  Diagnostics& diagnostics = result.diagnostics;
  StageTimings& time = result.timings;
  std::optional<Site> built = BuildSiteModel(fs, options, diagnostics, &time, &result.counts);
  if (!built) return result;
  Site& site = *built;
  result.out_dir =
      !options.out_dir.empty()
          ? options.out_dir
          : JoinPath(options.site_dir,
                     site.config.output_dir.empty() ? "public" : site.config.output_dir);
  result.page_count = site.pages.size();

  std::vector<std::string> theme_dirs = {JoinPath(options.site_dir, "themes")};
  theme_dirs.insert(theme_dirs.end(), options.theme_dirs.begin(), options.theme_dirs.end());
  time.Start("render: theme");
  auto theme = LoadTheme(fs, theme_dirs, site.config, diagnostics);
  if (theme) CheckLayouts(*theme, site, diagnostics);
  if (!theme || diagnostics.HasErrors()) return result;

  // What the previous build made and nothing has touched since is kept, not made again.
  BuildCache* cache = options.cache;
  auto still_written = [&](const std::string& path, const OutputRecord& record) {
    if (!options.cache_on_disk) return true;  // kept in memory by the preview server
    auto stamp = StampOf(JoinPath(result.out_dir, path));
    return stamp && stamp->size == record.size && stamp->mtime_ns == record.mtime_ns;
  };
  std::optional<SiteDigests> digests;
  std::vector<bool> unchanged(site.pages.size(), false);
  if (cache) {
    cache->UseOutputFolder(
        options.cache_on_disk ? fs::absolute(result.out_dir).lexically_normal().string() : "");
    if (options.clean) cache->ReplaceOutputs({});
    time.Start("render: what changed");
    uint64_t render_key =
        Digest().Add(cache->build_key()).Add(theme->digest).Add(site.today).Finish();
    digests.emplace(site, cache->build_key(), render_key);
    std::vector<char> same(site.pages.size(), 0);
    ParallelFor(site.pages.size(), [&](size_t id) {
      const std::string& path = site.pages[id].page.output_path;
      const OutputRecord* record = cache->FindOutput(path);
      same[id] = record && digests->PageKey(id, record->pages, record->facets) == record->key &&
                 still_written(path, *record);
    });
    for (size_t id = 0; id < same.size(); ++id) unchanged[id] = same[id];
  }
  time.Start("render: pages");
  std::vector<RenderReads> reads;
  RenderedSite rendered =
      RenderSite(site, *theme, cache ? &unchanged : nullptr, cache ? &reads : nullptr);
  if (cache) {
    for (PageId id = 0; id < site.pages.size(); ++id) {
      const std::string& path = site.pages[id].page.output_path;
      result.outputs[path] =
          unchanged[id] ? *cache->FindOutput(path) : digests->RecordOf(id, reads[id]);
      result.counts.pages_rendered += !unchanged[id];
    }
  } else {
    result.counts.pages_rendered = site.pages.size();
  }

  time.Start("search: inputs");
  std::set<std::string> kept_languages;
  if (cache) {
    for (const auto& language : site.languages) {
      const std::string& code = language.language.code;
      uint64_t word_list = 0;
      if (!language.language.compound_words.empty()) {
        std::string ignored;
        word_list = DigestOf(fs.ReadFile(language.language.compound_words, &ignored).value_or(""));
      }
      uint64_t key = digests->SearchKey(language, word_list);
      const std::vector<std::string> paths = {SearchIndexPath(code), SearchIndexPath(code) + ".gz",
                                              SearchDocsPath(code)};
      bool current = true;
      bool present = true;
      for (const std::string& path : paths) {
        const OutputRecord* record = cache->FindOutput(path);
        present = present && record && still_written(path, *record);
        current = current && present && record->key == key;
      }
      bool defer = !current && present && options.defer_search;
      for (const std::string& path : paths) {
        OutputRecord record;
        // A deferred index keeps its old key, so the next build sees it is out of date.
        record.key = defer ? cache->FindOutput(path)->key : key;
        result.outputs[path] = record;
      }
      if (current || defer) kept_languages.insert(code);
      result.counts.search_indexes_deferred += defer;
    }
  }
  result.counts.search_indexes_built = site.languages.size() - kept_languages.size();
  std::vector<std::string> package_dirs = {JoinPath(options.site_dir, "node_modules")};
  package_dirs.insert(package_dirs.end(), options.package_dirs.begin(), options.package_dirs.end());
  SearchInputs search = LoadSearchInputs(fs, site, package_dirs, diagnostics, kept_languages);
  if (diagnostics.HasErrors()) return result;
  time.Start("search: indexes");
  AddSearchFiles(site, search, rendered, kept_languages);
  time.Start("output: tree, gzip");
  for (auto& copy : rendered.copies) {
    // Theme files are found by their full path; content assets relative to the site.
    if (copy.source_path.starts_with("content/")) {
      copy.source_path = JoinPath(options.site_dir, copy.source_path);
    }
  }
  OutputTree tree = MakeOutputTree(std::move(rendered), diagnostics);
  AddPrecompressed(tree, {"search-index.json"});
  for (const auto& code : kept_languages) tree.kept.insert(SearchIndexPath(code) + ".gz");
  time.Stop();
  if (!diagnostics.HasErrors()) result.output = std::move(tree);
  return result;
}

}  // namespace kunskap
