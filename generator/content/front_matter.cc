#include "content/front_matter.h"

#include <toml++/toml.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>
#include <charconv>
#include <cstdio>
#include <functional>
#include <sstream>

#include "core/suggestion.h"
#include "core/utf8.h"

namespace kunskap {
namespace {

/// A front matter value before typing: what YAML and TOML have in common.
struct RawValue {
  enum class Type { kNull, kScalar, kList, kMap } type = Type::kNull;
  std::string scalar;
  std::vector<std::string> items;
  std::vector<SourceLocation> item_where;
  bool items_all_scalars = true;
  /// A map's entries whose key and value are both single values, in file order.
  std::vector<std::pair<std::string, std::string>> entries;
  bool entries_all_scalars = true;
  SourceLocation where;      ///< the value
  SourceLocation key_where;  ///< the field's name
};
using RawFields = std::vector<std::pair<std::string, RawValue>>;

std::string TypeName(RawValue::Type type) {
  switch (type) {
    case RawValue::Type::kNull:
      return "empty";
    case RawValue::Type::kScalar:
      return "a single value";
    case RawValue::Type::kList:
      return "a list";
    case RawValue::Type::kMap:
      return "a set of fields";
  }
  return "";
}

// ---- YAML ---------------------------------------------------------------------------------

std::optional<RawFields> ReadYaml(const std::string& text, const std::string& path, int first_line,
                                  Diagnostics& diagnostics) {
  auto at = [&](const YAML::Mark& mark) {
    return SourceLocation{path, first_line + mark.line, mark.column + 1};
  };
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp's mark is where it gave up, often past the end of the line.
    diagnostics.Error({path, first_line + error.mark.line, 1},
                      "front matter is nested too deeply for YAML",
                      "a field holds text or a list of text, as in 'tags: [a, b]'");
    return std::nullopt;
  } catch (const YAML::Exception& error) {
    diagnostics.Error(at(error.mark), "front matter is not valid YAML: " + error.msg);
    return std::nullopt;
  }
  RawFields fields;
  if (root.IsNull()) return fields;
  if (!root.IsMap()) {
    diagnostics.Error(at(root.Mark()), "front matter must be fields written 'name: value'",
                      "for example 'title: Eftervåld'");
    return std::nullopt;
  }
  for (const auto& entry : root) {
    RawValue value;
    const YAML::Node& node = entry.second;
    value.where = at(node.IsNull() ? entry.first.Mark() : node.Mark());
    value.key_where = at(entry.first.Mark());
    if (node.IsScalar()) {
      value.type = RawValue::Type::kScalar;
      value.scalar = node.Scalar();
    } else if (node.IsSequence()) {
      value.type = RawValue::Type::kList;
      for (const auto& item : node) {
        if (item.IsScalar()) {
          value.items.push_back(item.Scalar());
          value.item_where.push_back(at(item.Mark()));
        } else {
          value.items_all_scalars = false;
        }
      }
    } else if (node.IsMap()) {
      value.type = RawValue::Type::kMap;
      for (const auto& item : node) {
        if (item.first.IsScalar() && item.second.IsScalar()) {
          value.entries.emplace_back(item.first.Scalar(), item.second.Scalar());
          value.item_where.push_back(at(item.first.Mark()));
        } else {
          value.entries_all_scalars = false;
        }
      }
    }
    std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "?";
    for (const auto& [existing, _] : fields) {
      if (existing == key) {
        diagnostics.Error(at(entry.first.Mark()), "field '" + key + "' is written twice");
      }
    }
    fields.emplace_back(key, std::move(value));
  }
  return fields;
}

// ---- TOML ---------------------------------------------------------------------------------

std::string TomlScalar(const toml::node& node) {
  if (auto s = node.value<std::string>()) return *s;
  if (auto b = node.value<bool>()) return *b ? "true" : "false";
  if (auto date = node.as_date()) {
    char buffer[16];
    const toml::date& d = date->get();
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
  }
  if (auto i = node.value<int64_t>()) return std::to_string(*i);
  if (auto f = node.value<double>()) return std::to_string(*f);
  return "";  // times and date-times: not a valid value for any field, reported by the typer
}

std::optional<RawFields> ReadToml(const std::string& text, const std::string& path, int first_line,
                                  Diagnostics& diagnostics) {
  auto at = [&](const toml::source_region& region) {
    return SourceLocation{path, first_line - 1 + static_cast<int>(region.begin.line),
                          static_cast<int>(region.begin.column)};
  };
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& error) {
    diagnostics.Error(at(error.source()),
                      "front matter is not valid TOML: " + std::string(error.description()));
    return std::nullopt;
  }
  RawFields fields;
  for (const auto& [key, node] : root) {
    RawValue value;
    value.where = at(node.source());
    value.key_where = at(key.source());
    if (const toml::array* array = node.as_array()) {
      value.type = RawValue::Type::kList;
      for (const auto& item : *array) {
        if (item.is_array() || item.is_table()) {
          value.items_all_scalars = false;
        } else {
          value.items.push_back(TomlScalar(item));
          value.item_where.push_back(at(item.source()));
        }
      }
    } else if (const toml::table* table = node.as_table()) {
      value.type = RawValue::Type::kMap;
      for (const auto& [entry_key, entry] : *table) {
        if (entry.is_array() || entry.is_table()) {
          value.entries_all_scalars = false;
        } else {
          value.entries.emplace_back(std::string(entry_key.str()), TomlScalar(entry));
          value.item_where.push_back(at(entry_key.source()));
        }
      }
    } else {
      value.type = RawValue::Type::kScalar;
      value.scalar = TomlScalar(node);
    }
    fields.emplace_back(std::string(key.str()), std::move(value));
  }
  return fields;
}

// ---- Typing -------------------------------------------------------------------------------

/// The schema: each known field, and how its raw value becomes a typed one.
class FieldTyper {
 public:
  FieldTyper(FrontMatter& out, Diagnostics& diagnostics) : out_(out), diagnostics_(diagnostics) {
    Text("title", out.title);
    Text("summary", out.summary);
    List("audience", [&](auto v) { out.audience = std::move(v); });
    List("tags", [&](auto v) { out.tags = std::move(v); });
    Text("translation_key", out.translation_key);
    Bool("draft", out.draft);
    Int("weight", out.weight);
    Date("date", out.date);
    Date("lastmod", out.lastmod);
    Date("review_by", out.review_by);
    Date("reviewed", out.reviewed);
    List("aliases", [&](auto v) { out.aliases = std::move(v); });
    List("related", [&](auto v) { out.related = std::move(v); });
    Text("owner", out.owner);
    Text("kind", out.kind);
    Text("slug", out.slug);
    Text("layout", out.layout);
    Bool("glossary", out.glossary);
    Bool("toc", out.toc);
    Text("situation", out.situation);
    Text("phone", out.phone);
    Text("email", out.email);
    Text("url", out.url);
    Text("address", out.address);
    List("hours", [&](auto v) { out.hours = std::move(v); });
    List("closed", [&](auto v) { out.closed = std::move(v); });
    Map("hours_on", out.hours_on);
    Text("hours_note", out.hours_note);
    Bool("example", out.example);
    List("languages", [&](auto v) { out.languages = std::move(v); });
    Text("urgency", out.urgency);
  }

  void Apply(const std::string& key, const RawValue& value) {
    auto it = setters_.find(key);
    if (it == setters_.end()) {
      std::vector<std::string> names;
      for (const auto& [name, _] : setters_) names.push_back(name);
      std::string hint = DidYouMean(key, names);
      diagnostics_.Error(value.key_where, "unknown front matter field '" + key + "'",
                         hint.empty() ? "remove it; the authoring guide lists the fields" : hint);
      return;
    }
    rejected_ = false;
    if (IsPlainText(key, value)) it->second(key, value);
    // A rejected value is reported once: later checks see the field as not written.
    if (rejected_) {
      out_.rejected.insert(key);
    } else {
      out_.locations[key] = value.where;
      if (!value.item_where.empty()) out_.item_locations[key] = value.item_where;
    }
  }

 private:
  using Setter = std::function<void(const std::string&, const RawValue&)>;

  /// YAML escapes ("\0", "\uD800") can put characters in a value that the file itself may
  /// not hold; they would reach URLs and pages unseen.
  bool IsPlainText(const std::string& key, const RawValue& value) {
    std::vector<const std::string*> texts = {&value.scalar};
    for (const auto& item : value.items) texts.push_back(&item);
    for (const auto& [entry_key, entry] : value.entries) {
      texts.push_back(&entry_key);
      texts.push_back(&entry);
    }
    for (const std::string* text : texts) {
      if (FindInvalidUtf8(*text) != std::string_view::npos) {
        diagnostics_.Error(value.where, "'" + key + "' holds text that is not valid UTF-8",
                           "write the characters themselves, not \\u escapes");
        rejected_ = true;
        return false;
      }
      for (unsigned char c : *text) {
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
          char code[8];
          std::snprintf(code, sizeof code, "U+%04X", c);
          diagnostics_.Error(value.where, "'" + key + "' holds a control character (" + code + ")",
                             "remove it");
          rejected_ = true;
          return false;
        }
      }
    }
    return true;
  }

  void WrongType(const std::string& key, const RawValue& value, const std::string& expected,
                 const std::string& hint = {}) {
    std::string actual =
        value.type == RawValue::Type::kScalar ? "'" + value.scalar + "'" : TypeName(value.type);
    diagnostics_.Error(value.where, "'" + key + "' must be " + expected + ", not " + actual, hint);
    rejected_ = true;
  }

  void Text(const char* key, std::string& target) {
    setters_[key] = [this, &target](const std::string& k, const RawValue& v) {
      if (v.type == RawValue::Type::kScalar) {
        target = v.scalar;
      } else if (v.type != RawValue::Type::kNull) {
        WrongType(k, v, "a single text value");
      }
    };
  }
  void Date(const char* key, std::string& target) {
    setters_[key] = [this, &target](const std::string& k, const RawValue& v) {
      if (v.type != RawValue::Type::kScalar) {
        if (v.type != RawValue::Type::kNull) WrongType(k, v, "a date written YYYY-MM-DD");
        return;
      }
      if (!IsIsoDate(v.scalar)) {
        bool written_iso = v.scalar.size() == 10 &&
                           v.scalar.find_first_not_of("0123456789-") == std::string::npos &&
                           v.scalar[4] == '-' && v.scalar[7] == '-';
        diagnostics_.Error(v.where, "'" + k + "' is not a date: '" + v.scalar + "'",
                           written_iso ? "that day does not exist; check the month and the day"
                                       : "write it as YYYY-MM-DD, e.g. 2027-06-30");
        rejected_ = true;
        return;
      }
      target = v.scalar;
    };
  }
  void Bool(const char* key, bool& target) {
    setters_[key] = [this, &target](const std::string& k, const RawValue& v) {
      if (v.type == RawValue::Type::kScalar && (v.scalar == "true" || v.scalar == "false")) {
        target = v.scalar == "true";
      } else {
        WrongType(k, v, "true or false");
      }
    };
  }
  void Int(const char* key, int& target) {
    setters_[key] = [this, &target](const std::string& k, const RawValue& v) {
      int parsed = 0;
      if (v.type == RawValue::Type::kScalar) {
        auto [end, ec] =
            std::from_chars(v.scalar.data(), v.scalar.data() + v.scalar.size(), parsed);
        if (ec == std::errc() && end == v.scalar.data() + v.scalar.size()) {
          target = parsed;
          return;
        }
      }
      WrongType(k, v, "a whole number");
    };
  }
  void List(const char* key, std::function<void(std::vector<std::string>)> assign) {
    setters_[key] = [this, assign](const std::string& k, const RawValue& v) {
      if (v.type == RawValue::Type::kList && v.items_all_scalars) {
        assign(v.items);
      } else if (v.type == RawValue::Type::kScalar) {
        WrongType(k, v, "a list", "write it as " + k + ": [" + v.scalar + "]");
      } else if (v.type == RawValue::Type::kList) {
        diagnostics_.Error(v.where, "'" + k + "' must be a list of text values",
                           "an item in it is itself a list or a set of fields");
        rejected_ = true;
      } else if (v.type != RawValue::Type::kNull) {
        WrongType(k, v, "a list of text values");
      }
    };
  }

  /// A set of fields whose names and values are single values: `hours_on: {2026-12-31: ...}`.
  void Map(const char* key, std::vector<std::pair<std::string, std::string>>& target) {
    setters_[key] = [this, &target](const std::string& k, const RawValue& v) {
      if (v.type == RawValue::Type::kMap && v.entries_all_scalars) {
        target = v.entries;
      } else if (v.type == RawValue::Type::kMap) {
        diagnostics_.Error(v.where, "'" + k + "' must map each date to text",
                           "for example " + k + ": {2026-12-31: \"10:00-14:00\"}");
        rejected_ = true;
      } else if (v.type != RawValue::Type::kNull) {
        WrongType(k, v, "a set of dates with their hours",
                  "for example " + k + ": {2026-12-31: \"10:00-14:00\"}");
      }
    };
  }

  FrontMatter& out_;
  Diagnostics& diagnostics_;
  std::map<std::string, Setter> setters_;
  bool rejected_ = false;  ///< the value being applied was reported as wrong
};

bool IsDelimiter(std::string_view line, std::string_view delimiter) {
  if (line.substr(0, 3) != delimiter) return false;
  for (char c : line.substr(3))
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

SourceLocation FrontMatter::Where(const std::string& field) const {
  auto it = locations.find(field);
  return it != locations.end() ? it->second : start;
}

SourceLocation FrontMatter::WhereItem(const std::string& field, size_t index) const {
  auto it = item_locations.find(field);
  if (it != item_locations.end() && index < it->second.size()) return it->second[index];
  return Where(field);
}

bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  int year = std::stoi(text.substr(0, 4));
  int month = std::stoi(text.substr(5, 2));
  int day = std::stoi(text.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<ParsedSource> ParseFrontMatter(const std::string& text, const std::string& path,
                                             Diagnostics& diagnostics) {
  SourceLocation first{path, 1, 1};
  if (text.find_first_not_of(" \t\n") == std::string::npos) {
    diagnostics.Error(first, "the file is empty",
                      "start it with a line '---', a line 'title: ...' and another '---'");
    return std::nullopt;
  }
  size_t first_end = text.find('\n');
  std::string_view first_line = std::string_view(text).substr(0, first_end);
  std::string_view delimiter;
  if (IsDelimiter(first_line, "---")) delimiter = "---";
  if (IsDelimiter(first_line, "+++")) delimiter = "+++";
  if (delimiter.empty()) {
    diagnostics.Error(first, "no front matter at the top of the file",
                      "start the file with a line '---', then fields such as 'title: ...', "
                      "then another '---'");
    return std::nullopt;
  }
  // Find the closing delimiter line.
  size_t line_start = first_end == std::string::npos ? text.size() : first_end + 1;
  int line_number = 2;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    std::string_view line = std::string_view(text).substr(
        line_start, line_end == std::string::npos ? std::string::npos : line_end - line_start);
    if (IsDelimiter(line, delimiter)) {
      std::string front = text.substr(first_end + 1, line_start - first_end - 1);
      auto raw = delimiter == "---" ? ReadYaml(front, path, 2, diagnostics)
                                    : ReadToml(front, path, 2, diagnostics);
      if (!raw) return std::nullopt;
      ParsedSource parsed;
      parsed.front_matter.start = first;
      FieldTyper typer(parsed.front_matter, diagnostics);
      for (const auto& [key, value] : *raw) typer.Apply(key, value);
      parsed.body = line_end == std::string::npos ? "" : text.substr(line_end + 1);
      parsed.body_line = line_number + 1;
      return parsed;
    }
    if (line_end == std::string::npos) break;
    line_start = line_end + 1;
    ++line_number;
  }
  diagnostics.Error(first, "front matter is not closed",
                    "add a line '" + std::string(delimiter) + "' after the last field");
  return std::nullopt;
}

}  // namespace kunskap
