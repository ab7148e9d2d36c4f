#include "cli/index_documents.h"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "core/utf8.h"
#include "search/js_json.h"

namespace kunskap {
namespace {

/// The length of the valid UTF-8 sequence `text` starts with (a lead byte), or 0.
size_t Utf8SequenceLength(std::string_view text) {
  unsigned char c = static_cast<unsigned char>(text[0]);
  size_t length = c >= 0xC2 && c <= 0xDF   ? 2
                  : c >= 0xE0 && c <= 0xEF ? 3
                  : c >= 0xF0 && c <= 0xF4 ? 4
                                           : 0;
  if (length == 0 || text.size() < length) return 0;
  return FindInvalidUtf8(text.substr(0, length)) == std::string_view::npos ? length : 0;
}

/// A JSON reader for exactly this input, written for speed: an index's input is mostly long
/// strings, which are copied a run at a time. It reports the first syntax error with its
/// place, and document errors (no ref, a document that is not an object) all together.
class DocumentReader {
 public:
  DocumentReader(std::string_view text, std::vector<LunrField>& fields, bool fields_given,
                 const std::function<void(const LunrDocument&)>& on_document)
      : text_(text), fields_(fields), fields_given_(fields_given), on_document_(on_document) {}

  bool Read(Diagnostics& diagnostics) {
    SkipSpace();
    if (!AtEnd() && Peek() == '[') {
      ReadDocuments();
      if (!syntax_error_) {
        SkipSpace();
        if (!AtEnd()) Fail("unexpected text after the array of documents");
      }
    } else if (!AtEnd()) {
      // Valid JSON that is not an array is a different mistake from broken JSON.
      size_t start = at_;
      std::string ignored;
      if (ReadValueText(ignored, 0)) {
        at_ = start;
        Fail("expected a JSON array of documents");
      }
    } else {
      Fail("expected a JSON array of documents, found nothing");
    }
    if (syntax_error_) {
      diagnostics.Error(Place(syntax_error_->first), syntax_error_->second);
      return false;
    }
    for (const Problem& problem : problems_) {
      diagnostics.Error(Place(problem.offset), problem.message, problem.hint);
    }
    return problems_.empty();
  }

 private:
  struct Problem {
    size_t offset;
    std::string message;
    std::string hint;
  };

  // Nested arrays deeper than this are refused rather than recursed into.
  static constexpr int kMaxDepth = 512;

  bool AtEnd() const { return at_ >= text_.size(); }
  char Peek() const { return text_[at_]; }

  SourceLocation Place(size_t offset) const {
    LineColumn place = LineColumnAt(text_, offset);
    return {"<stdin>", place.line, place.column};
  }

  bool Fail(std::string message) {
    if (!syntax_error_) syntax_error_.emplace(at_, "invalid JSON: " + std::move(message));
    return false;
  }

  void SkipSpace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\n' || Peek() == '\r' || Peek() == '\t')) {
      ++at_;
    }
  }

  bool Expect(char c, const char* what) {
    SkipSpace();
    if (AtEnd() || Peek() != c) return Fail(std::string("expected ") + what);
    ++at_;
    return true;
  }

  void ReadDocuments() {
    ++at_;  // [
    SkipSpace();
    if (!AtEnd() && Peek() == ']') {
      ++at_;
      return;
    }
    while (true) {
      SkipSpace();
      size_t start = at_;
      if (!AtEnd() && Peek() == '{') {
        if (!ReadDocument(start)) return;
      } else {
        std::string ignored;
        if (!ReadValueText(ignored, 0)) return;
        problems_.push_back({start, "a document must be a JSON object", ""});
      }
      ++document_number_;
      SkipSpace();
      if (AtEnd()) {
        Fail("expected ',' or ']' after a document");
        return;
      }
      if (Peek() == ']') {
        ++at_;
        return;
      }
      if (Peek() != ',') {
        Fail("expected ',' or ']' after a document");
        return;
      }
      ++at_;
    }
  }

  bool ReadDocument(size_t start) {
    ++at_;  // {
    LunrDocument document;
    bool has_ref = false;
    bool ref_is_wrong = false;
    SkipSpace();
    if (!AtEnd() && Peek() == '}') {
      ++at_;
    } else {
      while (true) {
        SkipSpace();
        if (AtEnd() || Peek() != '"') return Fail("expected a field name in quotes");
        std::string key;
        if (!ReadString(key) || !Expect(':', "':' after a field name")) return false;
        SkipSpace();
        if (key == "ref") {
          has_ref = true;
          ref_is_wrong =
              AtEnd() || !(Peek() == '"' || Peek() == '-' || (Peek() >= '0' && Peek() <= '9'));
          if (!ReadValueText(document.ref, 0)) return false;
        } else {
          std::optional<LunrValue> value;
          if (!ReadFieldValue(value)) return false;
          NoteKey(key, start);
          // JSON.parse keeps the last of repeated keys.
          if (value) {
            document.fields[key] = std::move(*value);
          } else {
            document.fields.erase(key);
          }
        }
        SkipSpace();
        if (AtEnd()) return Fail("expected ',' or '}' in a document");
        if (Peek() == '}') {
          ++at_;
          break;
        }
        if (Peek() != ',') return Fail("expected ',' or '}' in a document");
        ++at_;
      }
    }
    if (!has_ref) {
      problems_.push_back({start, "this document has no \"ref\"",
                           "every document needs a unique \"ref\", the id search results return"});
    } else if (ref_is_wrong) {
      problems_.push_back({start, "\"ref\" must be a string or a number", ""});
    }
    if (problems_.empty()) on_document_(document);
    return true;
  }

  /// The first document's keys name the fields when none were given.
  void NoteKey(const std::string& key, size_t document_start) {
    if (fields_given_ || document_number_ != 0) return;
    for (const LunrField& field : fields_) {
      if (field.name == key) return;
    }
    if (key.find('/') != std::string::npos) {
      problems_.push_back({document_start, "field name '" + key + "' contains '/'",
                           "lunr joins field names and refs with '/'; rename the field"});
    }
    fields_.push_back({key, 1});
  }

  /// A field's value: null is none, an array a list of `String(element)`, anything else its
  /// `String(value)`.
  bool ReadFieldValue(std::optional<LunrValue>& value) {
    if (AtEnd()) return Fail("expected a value");
    if (Peek() == '[') {
      LunrValue list;
      list.is_list = true;
      if (!ReadArray(&list.items, 1)) return false;
      value = std::move(list);
      return true;
    }
    if (text_.compare(at_, 4, "null") == 0) {
      at_ += 4;
      return true;
    }
    LunrValue scalar;
    if (!ReadValueText(scalar.text, 0)) return false;
    value = std::move(scalar);
    return true;
  }

  /// An array's elements as strings (`String(element)`, null as ""), or only checked when
  /// `items` is null.
  bool ReadArray(std::vector<std::string>* items, int depth) {
    if (depth > kMaxDepth) return Fail("arrays nested too deeply");
    ++at_;  // [
    SkipSpace();
    if (!AtEnd() && Peek() == ']') {
      ++at_;
      return true;
    }
    while (true) {
      SkipSpace();
      std::string item;
      if (!ReadValueText(item, depth)) return false;
      if (items) items->push_back(std::move(item));
      SkipSpace();
      if (AtEnd()) return Fail("expected ',' or ']' in an array");
      if (Peek() == ']') {
        ++at_;
        return true;
      }
      if (Peek() != ',') return Fail("expected ',' or ']' in an array");
      ++at_;
    }
  }

  /// Any value as JavaScript's `String(value)` would write it, except that null is "" (as an
  /// array element it is).
  bool ReadValueText(std::string& out, int depth) {
    if (AtEnd()) return Fail("expected a value");
    char c = Peek();
    if (c == '"') return ReadString(out);
    if (c == '[') {
      std::vector<std::string> items;
      if (!ReadArray(&items, depth + 1)) return false;
      for (size_t i = 0; i < items.size(); ++i) {  // Array.prototype.toString
        if (i) out += ',';
        out += items[i];
      }
      return true;
    }
    if (c == '{') {
      out = "[object Object]";
      return ReadObject(depth + 1);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber(out);
    for (std::string_view literal : {"true", "false", "null"}) {
      if (text_.compare(at_, literal.size(), literal) == 0) {
        at_ += literal.size();
        if (literal != "null") out = literal;
        return true;
      }
    }
    return Fail("unexpected character");
  }

  /// Checks an object that is a value; its content does not matter.
  bool ReadObject(int depth) {
    if (depth > kMaxDepth) return Fail("objects nested too deeply");
    ++at_;  // {
    SkipSpace();
    if (!AtEnd() && Peek() == '}') {
      ++at_;
      return true;
    }
    while (true) {
      SkipSpace();
      std::string ignored;
      if (AtEnd() || Peek() != '"') return Fail("expected a name in quotes");
      if (!ReadString(ignored) || !Expect(':', "':' after a name")) return false;
      SkipSpace();
      if (!ReadValueText(ignored, depth)) return false;
      SkipSpace();
      if (AtEnd()) return Fail("expected ',' or '}' in an object");
      if (Peek() == '}') {
        ++at_;
        return true;
      }
      if (Peek() != ',') return Fail("expected ',' or '}' in an object");
      ++at_;
    }
  }

  /// A number as JavaScript writes it back: `1.50` -> "1.5", `1e3` -> "1000".
  bool ReadNumber(std::string& out) {
    size_t start = at_;
    auto digits = [&] {
      size_t from = at_;
      while (!AtEnd() && Peek() >= '0' && Peek() <= '9') ++at_;
      return at_ > from;
    };
    if (Peek() == '-') ++at_;
    if (!AtEnd() && Peek() == '0') {
      ++at_;
    } else if (!digits()) {
      return Fail("invalid number");
    }
    if (!AtEnd() && Peek() == '.') {
      ++at_;
      if (!digits()) return Fail("invalid number");
    }
    if (!AtEnd() && (Peek() == 'e' || Peek() == 'E')) {
      ++at_;
      if (!AtEnd() && (Peek() == '+' || Peek() == '-')) ++at_;
      if (!digits()) return Fail("invalid number");
    }
    double value = 0;
    auto [end, error] = std::from_chars(text_.data() + start, text_.data() + at_, value);
    if (error != std::errc()) {
      // Out of range: strtod says Infinity or 0, as JSON.parse does.
      value = std::strtod(std::string(text_.substr(start, at_ - start)).c_str(), nullptr);
    }
    out = JsNumberToString(value);
    return true;
  }

  /// A string, its escapes resolved. A \u escape of a lone surrogate is kept as its
  /// three-byte form, which the search stage reads back as that code unit, as JavaScript has it.
  bool ReadString(std::string& out) {
    ++at_;  // "
    out.clear();
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
    while (true) {
      size_t run = at_;
      while (run < text_.size()) {
        unsigned char c = bytes[run];
        if (c >= 0x80) {
          size_t length = Utf8SequenceLength(text_.substr(run));
          if (length == 0) {
            at_ = run;
            return Fail("invalid UTF-8");
          }
          run += length;
          continue;
        }
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++run;
      }
      out.append(text_.substr(at_, run - at_));
      at_ = run;
      if (AtEnd()) return Fail("unterminated string");
      char c = Peek();
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c != '\\') return Fail("control character in a string (escape it)");
      if (!ReadEscape(out)) return false;
    }
  }

  bool ReadEscape(std::string& out) {
    ++at_;  // backslash
    if (AtEnd()) return Fail("unterminated string");
    char c = text_[at_++];
    switch (c) {
      case '"':
        out += '"';
        return true;
      case '\\':
        out += '\\';
        return true;
      case '/':
        out += '/';
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'u':
        break;
      default:
        --at_;
        return Fail("invalid escape in a string");
    }
    char32_t unit;
    if (!ReadHex4(unit)) return false;
    if (unit >= 0xD800 && unit <= 0xDBFF && text_.compare(at_, 2, "\\u") == 0) {
      size_t before = at_;
      at_ += 2;
      char32_t low;
      if (!ReadHex4(low)) return false;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        return true;
      }
      at_ = before;  // a lone high surrogate; the next escape stands alone
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      out += static_cast<char>(0xE0 | (unit >> 12));
      out += static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (unit & 0x3F));
    } else {
      AppendUtf8(out, unit);
    }
    return true;
  }

  bool ReadHex4(char32_t& value) {
    value = 0;
    for (int i = 0; i < 4; ++i, ++at_) {
      if (AtEnd()) return Fail("invalid \\u escape");
      char c = Peek();
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0) return Fail("invalid \\u escape");
      value = value * 16 + digit;
    }
    return true;
  }

  std::string_view text_;
  size_t at_ = 0;
  std::vector<LunrField>& fields_;
  bool fields_given_;
  const std::function<void(const LunrDocument&)>& on_document_;
  size_t document_number_ = 0;
  std::optional<std::pair<size_t, std::string>> syntax_error_;
  std::vector<Problem> problems_;
};

}  // namespace

bool ReadIndexDocuments(std::string_view text, std::vector<LunrField>& fields, bool fields_given,
                        const std::function<void(const LunrDocument&)>& on_document,
                        Diagnostics& diagnostics) {
  return DocumentReader(text, fields, fields_given, on_document).Read(diagnostics);
}

}  // namespace kunskap
