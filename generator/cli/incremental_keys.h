// The keys of the incremental build: for each thing a build makes (a page's headings, its
// rendered body, its HTML file, a language's search index), a digest of everything it is
// made from. Equal key, equal bytes: that is what lets a build keep the previous output.
// What a page's HTML is made from is recorded while it renders (RenderReads), so the keys
// follow the renderer rather than a list that could fall behind it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "content/page.h"
#include "markdown/body_context.h"
#include "output/build_cache.h"
#include "render/page_renderer.h"
#include "site/site_model.h"

namespace kunskap {

/// This tool's own binary and the config's bytes: when either changes, the cache is void.
uint64_t ToolAndConfigKey(const std::string& config_text, const std::string& options);

uint64_t HeadingsKey(const Page& page, bool allow_raw_html);

/// What every body of a language depends on besides its own source and the pages it links.
struct BodyContextDigests {
  uint64_t targets = 0;                        ///< which pages and files exist, at which URLs
  uint64_t contact_ids = 0;                    ///< which contact routes exist
  std::map<std::string, uint64_t> glossaries;  ///< per language: its terms and definitions
};
BodyContextDigests DigestBodyContext(const ContentSet& content, const BodyContext& context);

uint64_t BodyKey(const Page& page, bool allow_raw_html, const BodyContextDigests& digests);
/// The heading ids of a link target: a body that links it must be checked again when they
/// change.
uint64_t AnchorsDigest(const LinkTarget& target);
/// The record to keep with a freshly rendered body.
BodyRecord MakeBodyRecord(uint64_t key, const RenderedBody& body, const BodyContext& context);
/// The digest of a body (RenderedBody::digest) from its record: its key and the headings of
/// the pages it links determine it.
uint64_t BodyDigest(const BodyRecord& record);
/// True when a stored body may be used for `page` now.
bool BodyRecordHolds(const BodyRecord& record, uint64_t key, const BodyContext& context);

/// Digests of one build's site: every page as the renderer sees it, and every part of the
/// site's structure a page can read.
class SiteDigests {
 public:
  /// `build_key`: the tool and config (ToolAndConfigKey); `render_key`: that, the theme and
  /// anything else every page's HTML depends on (the date for review notices).
  SiteDigests(const Site& site, uint64_t build_key, uint64_t render_key);

  /// The key of page `id`'s HTML, given the pages and facets it read (as source paths and
  /// facet names). Zero when one of them no longer exists.
  uint64_t PageKey(PageId id, const std::vector<std::string>& pages,
                   const std::vector<std::string>& facets) const;
  /// The record for a page just rendered, with what it read.
  OutputRecord RecordOf(PageId id, const RenderReads& reads) const;
  /// The key of a language's search files.
  uint64_t SearchKey(const LanguageSite& language, uint64_t word_list_digest) const;

 private:
  uint64_t Facet(const std::string& name) const;

  const Site& site_;
  uint64_t build_key_;
  uint64_t render_key_;
  std::vector<uint64_t> pages_;  ///< by PageId
  std::unordered_map<std::string, PageId> by_source_path_;
  std::unordered_map<std::string, uint64_t> facets_;
};

}  // namespace kunskap
