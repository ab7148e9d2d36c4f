#include "output/build_cache.h"

#include <unistd.h>
#include <boost/filesystem.hpp>
#include <cstring>
#include <fstream>
#include <string_view>

#include "core/digest.h"

namespace fs = boost::filesystem;

namespace kunskap {
namespace {

// Raise when the layout of what is stored changes: an older cache is then ignored.
constexpr uint64_t kFormat = 2;
constexpr std::string_view kMagic = "kunskap-cache\n";

std::optional<std::string> ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  std::string bytes(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in) return std::nullopt;
  return bytes;
}

/// Writes beside the target and renames, so a killed build never leaves half a file; the
/// temporary name is the process's own, as two builds may save one cache at once.
bool WriteBytes(const std::string& path, const std::string& bytes) {
  std::string temporary = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return false;
  }
  boost::system::error_code ec;
  fs::rename(temporary, path, ec);
  return !ec;
}

// A plain binary layout: numbers as 8 bytes, strings and lists with their length first.
// The cache is read on every build, and 10,000 pages' worth of JSON took a second.
class Writer {
 public:
  Writer() { out_.append(kMagic); }
  void Number(uint64_t value) { out_.append(reinterpret_cast<const char*>(&value), sizeof value); }
  void Text(const std::string& text) {
    Number(text.size());
    out_ += text;
  }
  void Texts(const std::vector<std::string>& texts) {
    Number(texts.size());
    for (const auto& text : texts) Text(text);
  }
  void Headings(const std::vector<Heading>& headings) {
    Number(headings.size());
    for (const auto& h : headings) {
      Number(static_cast<uint64_t>(h.level));
      Text(h.text);
      Text(h.id);
      Number(static_cast<uint64_t>(h.line));
    }
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

/// Reads what Writer wrote; any overrun or implausible length makes it fail for good.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {
    ok_ = in_.substr(0, kMagic.size()) == kMagic;
    at_ = kMagic.size();
  }
  bool ok() const { return ok_; }
  uint64_t Number() {
    uint64_t value = 0;
    if (!ok_ || in_.size() - at_ < sizeof value) return Fail();
    std::memcpy(&value, in_.data() + at_, sizeof value);
    at_ += sizeof value;
    return value;
  }
  std::string Text() {
    uint64_t size = Number();
    if (!ok_ || size > in_.size() - at_) return Fail(), std::string();
    std::string text(in_.substr(at_, size));
    at_ += size;
    return text;
  }
  /// A count of items that each take at least `item_bytes`.
  uint64_t Count(size_t item_bytes) {
    uint64_t count = Number();
    if (ok_ && count > (in_.size() - at_) / item_bytes) return Fail();
    return ok_ ? count : 0;
  }
  std::vector<std::string> Texts() {
    std::vector<std::string> texts(Count(8));
    for (auto& text : texts) text = Text();
    return texts;
  }
  std::vector<Heading> Headings() {
    std::vector<Heading> headings(Count(32));
    for (auto& h : headings) {
      h.level = static_cast<int>(Number());
      h.text = Text();
      h.id = Text();
      h.line = static_cast<int>(Number());
    }
    return headings;
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    return 0;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

void WriteBody(Writer& out, const RenderedBody& body) {
  out.Text(body.html);
  out.Headings(body.headings);
  out.Number(body.contact_blocks.size());
  for (const auto& block : body.contact_blocks) {
    out.Texts(block.ids);
    out.Number(static_cast<uint64_t>(block.heading_level));
  }
  out.Text(body.plain_text);
  out.Texts(body.links_to);
  out.Texts(body.terms_used);
}

RenderedBody ReadBody(Reader& in) {
  RenderedBody body;
  body.html = in.Text();
  body.headings = in.Headings();
  body.contact_blocks.resize(in.Count(16));
  for (auto& block : body.contact_blocks) {
    block.ids = in.Texts();
    block.heading_level = static_cast<int>(in.Number());
  }
  body.plain_text = in.Text();
  body.links_to = in.Texts();
  body.terms_used = in.Texts();
  return body;
}

}  // namespace

BuildCache::BuildCache() = default;
BuildCache::~BuildCache() = default;
BuildCache::BuildCache(BuildCache&&) noexcept = default;
BuildCache& BuildCache::operator=(BuildCache&&) noexcept = default;

BuildCache::BuildCache(std::string dir, uint64_t build_key)
    : dir_(std::move(dir)), build_key_(build_key) {
  auto bytes = ReadBytes(dir_ + "/index.bin");
  if (!bytes) return;
  Reader in(*bytes);
  // A damaged or foreign cache is ignored as a whole rather than trusted in part.
  if (in.Number() != kFormat || in.Number() != build_key_) return;
  for (uint64_t n = in.Count(24); n > 0; --n) {
    std::string path = in.Text();
    uint64_t key = in.Number();
    headings_[path] = {key, in.Headings()};
  }
  for (uint64_t n = in.Count(24); n > 0; --n) {
    std::string path = in.Text();
    BodyEntry& body = bodies_[path];
    body.record.key = in.Number();
    for (uint64_t links = in.Count(16); links > 0; --links) {
      std::string linked = in.Text();
      body.record.linked_anchors.emplace_back(std::move(linked), in.Number());
    }
  }
  for (uint64_t folders = in.Count(16); folders > 0; --folders) {
    auto& records = outputs_[in.Text()];
    for (uint64_t n = in.Count(48); n > 0; --n) {
      std::string path = in.Text();
      OutputRecord& record = records[path];
      record.key = in.Number();
      record.pages = in.Texts();
      record.facets = in.Texts();
      record.size = in.Number();
      record.mtime_ns = static_cast<int64_t>(in.Number());
    }
  }
  if (!in.ok()) {
    headings_.clear();
    bodies_.clear();
    outputs_.clear();
  }
}

void BuildCache::ForgetPages() {
  headings_.clear();
  bodies_.clear();
}

void BuildCache::Open(const std::string& dir, uint64_t build_key) {
  if (!dir.empty()) {
    *this = BuildCache(dir, build_key);
  } else if (build_key != build_key_) {
    *this = BuildCache();
    build_key_ = build_key;
  }
}

std::optional<std::vector<Heading>> BuildCache::FindHeadings(const std::string& source_path,
                                                             uint64_t key) const {
  auto it = headings_.find(source_path);
  if (it == headings_.end() || it->second.key != key) return std::nullopt;
  return it->second.headings;
}

void BuildCache::StoreHeadings(const std::string& source_path, uint64_t key,
                               std::vector<Heading> headings) {
  headings_[source_path] = {key, std::move(headings)};
}

const BodyRecord* BuildCache::FindBodyRecord(const std::string& source_path) const {
  auto it = bodies_.find(source_path);
  return it == bodies_.end() ? nullptr : &it->second.record;
}

std::string BuildCache::BodyFile(const std::string& source_path) const {
  return dir_ + "/bodies/" + DigestHex(DigestOf(source_path)) + ".bin";
}

std::optional<RenderedBody> BuildCache::LoadBody(const std::string& source_path) const {
  auto it = bodies_.find(source_path);
  if (it == bodies_.end()) return std::nullopt;
  if (!it->second.body) {
    if (dir_.empty()) return std::nullopt;
    auto bytes = ReadBytes(BodyFile(source_path));
    if (!bytes) return std::nullopt;
    Reader in(*bytes);
    // The file must be the one the index speaks of (a crash between writes).
    if (in.Number() != it->second.record.key) return std::nullopt;
    RenderedBody body = ReadBody(in);
    if (!in.ok()) return std::nullopt;
    it->second.body = std::make_shared<const RenderedBody>(std::move(body));
  }
  return *it->second.body;
}

bool BuildCache::WriteBodyFile(const std::string& source_path, uint64_t key,
                               const RenderedBody& body) const {
  if (dir_.empty()) return true;
  boost::system::error_code ec;
  fs::create_directories(dir_ + "/bodies", ec);
  Writer out;
  out.Number(key);
  WriteBody(out, body);
  return WriteBytes(BodyFile(source_path), out.bytes());
}

void BuildCache::StoreBody(const std::string& source_path, BodyRecord record,
                           const RenderedBody& body) {
  BodyEntry& entry = bodies_[source_path];
  entry.record = std::move(record);
  // On disk the body is in its file already (WriteBodyFile): holding 10,000 bodies in
  // memory as well would add their size to the build's peak.
  entry.body = dir_.empty() ? std::make_shared<const RenderedBody>(body) : nullptr;
}

void BuildCache::UseOutputFolder(const std::string& folder) {
  outputs_folder_ = folder;
}

const OutputRecord* BuildCache::FindOutput(const std::string& path) const {
  auto folder = outputs_.find(outputs_folder_);
  if (folder == outputs_.end()) return nullptr;
  auto it = folder->second.find(path);
  return it == folder->second.end() ? nullptr : &it->second;
}

void BuildCache::ReplaceOutputs(std::map<std::string, OutputRecord> outputs) {
  outputs_[outputs_folder_] = std::move(outputs);
}

bool BuildCache::Save() const {
  if (dir_.empty()) return true;
  boost::system::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return false;
  Writer index;
  index.Number(kFormat);
  index.Number(build_key_);
  index.Number(headings_.size());
  for (const auto& [path, entry] : headings_) {
    index.Text(path);
    index.Number(entry.key);
    index.Headings(entry.headings);
  }
  index.Number(bodies_.size());
  for (const auto& [path, entry] : bodies_) {
    index.Text(path);
    index.Number(entry.record.key);
    index.Number(entry.record.linked_anchors.size());
    for (const auto& [linked, digest] : entry.record.linked_anchors) {
      index.Text(linked);
      index.Number(digest);
    }
  }
  std::vector<const std::pair<const std::string, std::map<std::string, OutputRecord>>*> folders;
  for (const auto& folder : outputs_) {
    // A folder removed since is forgotten.
    if (!folder.first.empty() && fs::is_directory(folder.first)) folders.push_back(&folder);
  }
  index.Number(folders.size());
  for (const auto* folder : folders) {
    index.Text(folder->first);
    index.Number(folder->second.size());
    for (const auto& [path, record] : folder->second) {
      index.Text(path);
      index.Number(record.key);
      index.Texts(record.pages);
      index.Texts(record.facets);
      index.Number(record.size);
      index.Number(static_cast<uint64_t>(record.mtime_ns));
    }
  }
  // The index last: it names only bodies that are already on the disk.
  return WriteBytes(dir_ + "/index.bin", index.bytes());
}

}  // namespace kunskap
