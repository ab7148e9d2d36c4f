#include "output/build_cache.h"

#include <boost/filesystem.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/digest.h"

namespace fs = boost::filesystem;
using nlohmann::json;

namespace kunskap {
namespace {

// Raise when the layout of what is stored changes: an older cache is then ignored.
constexpr int kFormat = 1;

std::optional<std::string> ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Writes beside the target and renames, so a killed build never leaves half a file.
bool WriteBytes(const std::string& path, const std::vector<uint8_t>& bytes) {
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out) return false;
  }
  boost::system::error_code ec;
  fs::rename(temporary, path, ec);
  return !ec;
}

json HeadingsJson(const std::vector<Heading>& headings) {
  json out = json::array();
  for (const auto& h : headings) out.push_back({h.level, h.text, h.id, h.line});
  return out;
}

std::vector<Heading> HeadingsFrom(const json& array) {
  std::vector<Heading> headings;
  for (const auto& h : array) {
    headings.push_back({h.at(0).get<int>(), h.at(1).get<std::string>(), h.at(2).get<std::string>(),
                        h.at(3).get<int>()});
  }
  return headings;
}

json BodyJson(const RenderedBody& body) {
  json blocks = json::array();
  for (const auto& block : body.contact_blocks) blocks.push_back({block.ids, block.heading_level});
  return {{"html", body.html},         {"headings", HeadingsJson(body.headings)},
          {"contact_blocks", blocks},  {"plain_text", body.plain_text},
          {"links_to", body.links_to}, {"terms_used", body.terms_used}};
}

RenderedBody BodyFrom(const json& j) {
  RenderedBody body;
  body.html = j.at("html").get<std::string>();
  body.headings = HeadingsFrom(j.at("headings"));
  for (const auto& block : j.at("contact_blocks")) {
    body.contact_blocks.push_back(
        {block.at(0).get<std::vector<std::string>>(), block.at(1).get<int>()});
  }
  body.plain_text = j.at("plain_text").get<std::string>();
  body.links_to = j.at("links_to").get<std::vector<std::string>>();
  body.terms_used = j.at("terms_used").get<std::vector<std::string>>();
  return body;
}

}  // namespace

BuildCache::BuildCache() = default;
BuildCache::~BuildCache() = default;
BuildCache::BuildCache(BuildCache&&) noexcept = default;
BuildCache& BuildCache::operator=(BuildCache&&) noexcept = default;

BuildCache::BuildCache(std::string dir, uint64_t build_key)
    : dir_(std::move(dir)), build_key_(build_key) {
  auto bytes = ReadBytes(dir_ + "/index.msgpack");
  if (!bytes) return;
  // A damaged or foreign cache is ignored as a whole rather than trusted in part.
  try {
    json index = json::from_msgpack(*bytes);
    if (index.at("format").get<int>() != kFormat ||
        index.at("build").get<std::string>() != DigestHex(build_key_)) {
      return;
    }
    for (const auto& [path, entry] : index.at("headings").items()) {
      headings_[path] = {entry.at(0).get<uint64_t>(), HeadingsFrom(entry.at(1))};
    }
    for (const auto& [path, entry] : index.at("bodies").items()) {
      BodyEntry body;
      body.record.key = entry.at(0).get<uint64_t>();
      for (const auto& link : entry.at(1)) {
        body.record.linked_anchors.emplace_back(link.at(0).get<std::string>(),
                                                link.at(1).get<uint64_t>());
      }
      bodies_[path] = std::move(body);
    }
    for (const auto& [folder, records] : index.at("outputs").items()) {
      for (const auto& [path, entry] : records.items()) {
        OutputRecord record;
        record.key = entry.at(0).get<uint64_t>();
        record.pages = entry.at(1).get<std::vector<std::string>>();
        record.facets = entry.at(2).get<std::vector<std::string>>();
        record.size = entry.at(3).get<uint64_t>();
        record.mtime_ns = entry.at(4).get<int64_t>();
        outputs_[folder][path] = std::move(record);
      }
    }
  } catch (const json::exception&) {
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
  return dir_ + "/bodies/" + DigestHex(DigestOf(source_path)) + ".msgpack";
}

std::optional<RenderedBody> BuildCache::LoadBody(const std::string& source_path) const {
  auto it = bodies_.find(source_path);
  if (it == bodies_.end()) return std::nullopt;
  if (!it->second.body) {
    if (dir_.empty()) return std::nullopt;
    auto bytes = ReadBytes(BodyFile(source_path));
    if (!bytes) return std::nullopt;
    try {
      json stored = json::from_msgpack(*bytes);
      // The file must be the one the index speaks of (a crash between writes).
      if (stored.at("key").get<uint64_t>() != it->second.record.key) return std::nullopt;
      it->second.body = std::make_shared<const RenderedBody>(BodyFrom(stored.at("body")));
    } catch (const json::exception&) {
      return std::nullopt;
    }
  }
  return *it->second.body;
}

void BuildCache::StoreBody(const std::string& source_path, BodyRecord record,
                           const RenderedBody& body) {
  BodyEntry& entry = bodies_[source_path];
  entry.record = std::move(record);
  entry.body = std::make_shared<const RenderedBody>(body);
  entry.dirty = true;
}

void BuildCache::UseOutputFolder(const std::string& folder) { outputs_folder_ = folder; }

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
  fs::create_directories(dir_ + "/bodies", ec);
  if (ec) return false;
  json index = {{"format", kFormat}, {"build", DigestHex(build_key_)}};
  json headings = json::object();
  for (const auto& [path, entry] : headings_) {
    headings[path] = {entry.key, HeadingsJson(entry.headings)};
  }
  json bodies = json::object();
  bool ok = true;
  for (const auto& [path, entry] : bodies_) {
    json links = json::array();
    for (const auto& [linked, digest] : entry.record.linked_anchors)
      links.push_back({linked, digest});
    bodies[path] = {entry.record.key, links};
    if (entry.dirty && entry.body) {
      ok &= WriteBytes(BodyFile(path), json::to_msgpack({{"key", entry.record.key},
                                                         {"body", BodyJson(*entry.body)}}));
    }
  }
  json outputs = json::object();
  for (const auto& [folder, records] : outputs_) {
    if (folder.empty() || !fs::is_directory(folder)) continue;  // removed since: forget it
    json entries = json::object();
    for (const auto& [path, record] : records) {
      entries[path] = {record.key, record.pages, record.facets, record.size, record.mtime_ns};
    }
    outputs[folder] = std::move(entries);
  }
  index["headings"] = std::move(headings);
  index["bodies"] = std::move(bodies);
  index["outputs"] = std::move(outputs);
  // The index last: it names only bodies that are already on the disk.
  return ok && WriteBytes(dir_ + "/index.msgpack", json::to_msgpack(index));
}

}  // namespace kunskap
