#include "cli/incremental_keys.h"

#include <algorithm>
#include <fstream>

#include "core/digest.h"
#include "core/parallel.h"

namespace kunskap {
namespace {

/// The running binary's bytes: a rebuilt kunskap may render differently, with the same
/// version number, so its cache must not be trusted.
uint64_t ToolDigest() {
  static const uint64_t digest = [] {
    std::ifstream in("/proc/self/exe", std::ios::binary);
    std::vector<char> buffer(1 << 20);
    Digest digest;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount()) {
      digest.Add(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
    }
    return digest.Finish();
  }();
  return digest;
}

void AddPaths(Digest& digest, const Site& site, const std::vector<PageId>& ids) {
  digest.Add(static_cast<uint64_t>(ids.size()));
  for (PageId id : ids) digest.Add(site.pages[id].page.source_path);
}

uint64_t DigestSitePage(const Site& site, const SitePage& entry) {
  const Page& page = entry.page;
  Digest digest;
  digest.Add(page.source_digest).Add(page.source_path).Add(page.url).Add(page.output_path);
  digest.Add(page.language).Add(static_cast<int>(page.type)).Add(static_cast<int>(page.kind));
  digest.Add(page.section).Add(page.translation_key).Add(page.last_changed).Add(page.published);
  for (const auto& audience : page.audiences) digest.Add(audience);
  digest.Add(entry.body.digest);  // stands for the body: it is of what the body is made from
  AddPaths(digest, site, entry.related);
  AddPaths(digest, site, entry.used_in);
  return digest.Finish();
}

}  // namespace

uint64_t ToolAndConfigKey(const std::string& config_text, const std::string& options) {
  return Digest().Add(ToolDigest()).Add(config_text).Add(options).Finish();
}

uint64_t HeadingsKey(const Page& page, bool allow_raw_html) {
  return Digest().Add(page.source_digest).Add(page.body_line).Add(allow_raw_html).Finish();
}

BodyContextDigests DigestBodyContext(const ContentSet& content, const BodyContext& context) {
  BodyContextDigests digests;
  std::vector<const std::pair<const std::string, LinkTarget>*> targets;
  for (const auto& target : context.targets) targets.push_back(&target);
  std::sort(targets.begin(), targets.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  Digest all_targets;
  for (const auto* target : targets) {
    all_targets.Add(target->first).Add(target->second.url).Add(target->second.is_asset);
  }
  digests.targets = all_targets.Finish();
  Digest contacts;
  for (const auto& [language, id] : context.contact_ids) contacts.Add(language).Add(id);
  digests.contact_ids = contacts.Finish();
  // Glossaries: every definition's terms (title and aliases), address, title and summary.
  std::map<std::string, Digest> glossaries;
  for (const auto& page : content.pages) {
    if (page.kind != SectionKind::kDefinitions || page.type != PageType::kRegular) continue;
    Digest& digest = glossaries[page.language];
    digest.Add(page.source_path).Add(page.url).Add(page.meta.title).Add(page.meta.summary);
    digest.Add(static_cast<uint64_t>(page.meta.aliases.size()));
    for (const auto& alias : page.meta.aliases) digest.Add(alias);
  }
  for (const auto& [language, digest] : glossaries) digests.glossaries[language] = digest.Finish();
  return digests;
}

uint64_t BodyKey(const Page& page, bool allow_raw_html, const BodyContextDigests& digests) {
  auto glossary = digests.glossaries.find(page.language);
  return Digest()
      .Add(page.source_digest)
      .Add(page.source_path)
      .Add(page.url)
      .Add(page.body_line)
      .Add(allow_raw_html)
      .Add(digests.targets)
      .Add(digests.contact_ids)
      .Add(glossary == digests.glossaries.end() ? uint64_t{0} : glossary->second)
      .Finish();
}

uint64_t AnchorsDigest(const LinkTarget& target) {
  Digest digest;
  for (const auto& anchor : target.anchors) digest.Add(anchor);
  return digest.Finish();
}

BodyRecord MakeBodyRecord(uint64_t key, const RenderedBody& body, const BodyContext& context) {
  BodyRecord record;
  record.key = key;
  for (const auto& path : body.links_to) {
    auto target = context.targets.find(path);
    if (target != context.targets.end()) {
      record.linked_anchors.emplace_back(path, AnchorsDigest(target->second));
    }
  }
  return record;
}

uint64_t BodyDigest(const BodyRecord& record) {
  Digest digest;
  digest.Add(record.key);
  for (const auto& [path, anchors] : record.linked_anchors) digest.Add(path).Add(anchors);
  return digest.Finish();
}

bool BodyRecordHolds(const BodyRecord& record, uint64_t key, const BodyContext& context) {
  if (record.key != key) return false;
  for (const auto& [path, anchors] : record.linked_anchors) {
    auto target = context.targets.find(path);
    if (target == context.targets.end() || AnchorsDigest(target->second) != anchors) return false;
  }
  return true;
}

SiteDigests::SiteDigests(const Site& site, uint64_t build_key, uint64_t render_key)
    : site_(site), build_key_(build_key), render_key_(render_key), pages_(site.pages.size()) {
  ParallelFor(site.pages.size(),
              [&](size_t id) { pages_[id] = DigestSitePage(site, site.pages[id]); });
  for (PageId id = 0; id < site.pages.size(); ++id) {
    by_source_path_.emplace(site.pages[id].page.source_path, id);
  }
  // Every facet a page can read, computed once (RenderReads names them).
  for (const auto& language : site.languages) {
    const std::string prefix = language.language.code + " ";
    Digest navigation, sections, updates, recent, contact_ids, search, definitions, letters,
        situations;
    AddPaths(navigation, site, language.navigation);
    for (const auto& [dir, section] : language.sections) {
      sections.Add(dir).Add(site.pages[section.index_page].page.source_path);
      AddPaths(sections, site, section.pages);
      AddPaths(sections, site, section.subsections);
    }
    AddPaths(updates, site, language.updates);
    AddPaths(recent, site, language.recently_changed);
    for (const auto& [id, page] : language.contact_ids) {
      contact_ids.Add(id).Add(site.pages[page].page.source_path);
    }
    search.Add(language.search_page ? site.pages[*language.search_page].page.source_path : "");
    definitions.Add(
        language.definitions_page ? site.pages[*language.definitions_page].page.source_path : "");
    for (const auto& group : language.definitions_by_letter) {
      letters.Add(group.letter);
      AddPaths(letters, site, group.definitions);
    }
    for (const auto& group : language.contacts_by_situation) {
      situations.Add(group.situation);
      AddPaths(situations, site, group.routes);
    }
    facets_[prefix + "navigation"] = navigation.Finish();
    facets_[prefix + "sections"] = sections.Finish();
    facets_[prefix + "updates"] = updates.Finish();
    facets_[prefix + "recently_changed"] = recent.Finish();
    facets_[prefix + "contact_ids"] = contact_ids.Finish();
    facets_[prefix + "search_page"] = search.Finish();
    facets_[prefix + "definitions_page"] = definitions.Finish();
    facets_[prefix + "definitions_by_letter"] = letters.Finish();
    facets_[prefix + "contacts_by_situation"] = situations.Finish();
  }
  for (const auto& [key, pages] : site.translations) {
    Digest digest;
    for (const auto& [language, id] : pages)
      digest.Add(language).Add(site.pages[id].page.source_path);
    facets_["translation " + key] = digest.Finish();
  }
}

uint64_t SiteDigests::Facet(const std::string& name) const {
  auto it = facets_.find(name);
  // A translation key nobody has any more reads as "no translations": a digest of nothing.
  return it == facets_.end() ? Digest().Add(name).Finish() : it->second;
}

uint64_t SiteDigests::PageKey(PageId id, const std::vector<std::string>& pages,
                              const std::vector<std::string>& facets) const {
  Digest digest;
  digest.Add(render_key_).Add(pages_[id]);
  for (const auto& path : pages) {
    auto it = by_source_path_.find(path);
    if (it == by_source_path_.end()) return 0;
    digest.Add(path).Add(pages_[it->second]);
  }
  for (const auto& facet : facets) digest.Add(facet).Add(Facet(facet));
  uint64_t key = digest.Finish();
  return key == 0 ? 1 : key;
}

OutputRecord SiteDigests::RecordOf(PageId id, const RenderReads& reads) const {
  OutputRecord record;
  for (PageId page : reads.pages) record.pages.push_back(site_.pages[page].page.source_path);
  std::sort(record.pages.begin(), record.pages.end());
  record.facets.assign(reads.facets.begin(), reads.facets.end());
  record.key = PageKey(id, record.pages, record.facets);
  return record;
}

uint64_t SiteDigests::SearchKey(const LanguageSite& language, uint64_t word_list_digest) const {
  Digest digest;
  digest.Add(build_key_).Add(word_list_digest).Add(language.language.code);
  for (PageId id = 0; id < site_.pages.size(); ++id) {
    const Page& page = site_.pages[id].page;
    if (page.language != language.language.code) continue;
    digest.Add(pages_[id]).Add(page.meta.title).Add(page.meta.summary).Add(page.meta.layout);
    for (const auto& alias : page.meta.aliases) digest.Add(alias);
    for (const auto& tag : page.meta.tags) digest.Add(tag);
    // The result list shows the page's section by its title.
    auto section = language.sections.find(page.section);
    if (section != language.sections.end()) {
      digest.Add(site_.pages[section->second.index_page].page.meta.title);
    }
  }
  return digest.Finish();
}

}  // namespace kunskap
