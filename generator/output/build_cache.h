// The incremental build's memory (the config's cache_dir, default .kunskap-cache/): for
// every page, the key its rendered body was made under and the body itself; for every output
// file, the key it was rendered under, what it read, and the size and time it was written
// with. A build compares keys and keeps what no change touched. A cache that does not match
// this tool and config, or cannot be read, is simply empty: it only ever saves time.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "markdown/body_context.h"

namespace kunskap {

/// A Markdown body as last rendered: reusable while its key is the same and the pages it
/// links still have the same headings.
struct BodyRecord {
  uint64_t key = 0;
  std::vector<std::pair<std::string, uint64_t>> linked_anchors;  ///< source path, anchors digest
};

/// One output file as last written.
struct OutputRecord {
  uint64_t key = 0;
  std::vector<std::string> pages;   ///< source paths of the other pages it read
  std::vector<std::string> facets;  ///< parts of the site's structure it read
  uint64_t size = 0;                ///< as written, to notice a file changed by hand
  int64_t mtime_ns = 0;
};

class BuildCache {
 public:
  /// An empty cache kept in memory only (kunskap serve).
  BuildCache();
  /// The cache in `dir`, if it was written under the same `build_key` (the tool and the
  /// config); otherwise empty. Saved back by Save().
  BuildCache(std::string dir, uint64_t build_key);
  ~BuildCache();
  BuildCache(BuildCache&&) noexcept;
  BuildCache& operator=(BuildCache&&) noexcept;

  uint64_t build_key() const { return build_key_; }

  /// Makes this the cache for `build_key`: from `dir` (empty: keeps what is in memory, when it
  /// was made under the same key), else empty.
  void Open(const std::string& dir, uint64_t build_key);
  /// Forgets every heading and body (a clean build, which fills the cache anew).
  void ForgetPages();

  /// Heading anchors of a page's source, by the page's source digest.
  std::optional<std::vector<Heading>> FindHeadings(const std::string& source_path,
                                                   uint64_t key) const;
  void StoreHeadings(const std::string& source_path, uint64_t key, std::vector<Heading> headings);

  const BodyRecord* FindBodyRecord(const std::string& source_path) const;
  /// The body stored with the record (read from the disk on first use).
  std::optional<RenderedBody> LoadBody(const std::string& source_path) const;
  /// Writes a body's file (a disk cache; nothing in memory). Safe from many threads.
  bool WriteBodyFile(const std::string& source_path, uint64_t key, const RenderedBody& body) const;
  /// Records a body; a memory cache keeps a copy, a disk cache only the record (its file was
  /// written by WriteBodyFile).
  void StoreBody(const std::string& source_path, BodyRecord record, const RenderedBody& body);

  /// Output records are per output folder (a preview and a published site, say); this
  /// chooses the folder that FindOutput and ReplaceOutputs speak of.
  void UseOutputFolder(const std::string& folder);
  const OutputRecord* FindOutput(const std::string& path) const;
  /// Replaces every output record: called only after the output was published.
  void ReplaceOutputs(std::map<std::string, OutputRecord> outputs);

  /// Writes the cache to its folder (nothing for a memory cache). False when it could not;
  /// the build is still good, the next one is just not incremental.
  bool Save() const;

 private:
  struct HeadingsEntry {
    uint64_t key = 0;
    std::vector<Heading> headings;
  };
  struct BodyEntry {
    BodyRecord record;
    mutable std::shared_ptr<const RenderedBody> body;  ///< null until loaded or stored
  };
  std::string BodyFile(const std::string& source_path) const;

  std::string dir_;
  uint64_t build_key_ = 0;
  std::unordered_map<std::string, HeadingsEntry> headings_;
  std::unordered_map<std::string, BodyEntry> bodies_;
  /// Output folder -> output path -> record.
  std::map<std::string, std::map<std::string, OutputRecord>> outputs_;
  std::string outputs_folder_;  ///< the folder in use
};

}  // namespace kunskap
