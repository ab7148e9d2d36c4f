#include "search/lunr_builder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <unordered_map>

#include "search/js_json.h"
#include "search/js_text.h"
#include "search/lunr_pipeline.h"
#include "search/lunr_tokenizer.h"
#include "search/token_table.h"

namespace kunskap {
namespace {

// lunr.Builder's defaults.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr uint32_t kDropped = UINT32_MAX;

/// `Math.round`: halves round up, also below zero (-2.5 -> -2), unlike std::round.
double JsRound(double x) {
  double floor = std::floor(x);
  return x - floor >= 0.5 ? floor + 1 : floor;
}

/// The index as it is written: a byte buffer with inline appends, since an index is
/// millions of small pieces (std::string's appends are not inlined).
class IndexText {
 public:
  explicit IndexText(size_t expected) { buffer_.resize(std::max<size_t>(expected, 64)); }

  IndexText& operator+=(char c) {
    Room(1);
    buffer_[size_++] = c;
    return *this;
  }
  IndexText& operator+=(std::string_view text) {
    Room(text.size());
    std::memcpy(buffer_.data() + size_, text.data(), text.size());
    size_ += text.size();
    return *this;
  }

  /// A non-negative integer.
  void Integer(uint64_t value) {
    char digits[20];
    int n = 0;
    do {
      digits[n++] = static_cast<char>('0' + value % 10);
      value /= 10;
    } while (value);
    Room(n);
    while (n) buffer_[size_++] = digits[--n];
  }

  /// A rounded score, `Math.round(score * 1000) / 1000`, as JSON.stringify writes it. For
  /// an integer count of thousandths below 2^53 that is its decimal text with trailing zeros
  /// dropped: no shorter decimal is near enough to the double to read back as it.
  void Thousandths(double thousandths) {
    if (!(std::fabs(thousandths) < 9007199254740992.0)) {
      std::string text;
      AppendJsonNumber(text, thousandths / 1000);
      *this += text;
      return;
    }
    auto m = static_cast<int64_t>(thousandths);
    if (m < 0) {
      *this += '-';
      m = -m;
    }
    Integer(static_cast<uint64_t>(m / 1000));
    int fraction = static_cast<int>(m % 1000);
    if (fraction == 0) return;
    char decimals[4] = {'.', static_cast<char>('0' + fraction / 100),
                        static_cast<char>('0' + fraction / 10 % 10),
                        static_cast<char>('0' + fraction % 10)};
    size_t length = 4;
    while (decimals[length - 1] == '0') --length;
    *this += std::string_view(decimals, length);
  }

  std::string Take() {
    buffer_.resize(size_);
    return std::move(buffer_);
  }

 private:
  void Room(size_t n) {
    if (size_ + n > buffer_.size()) buffer_.resize(std::max(buffer_.size() * 2, size_ + n));
  }

  std::string buffer_;
  size_t size_ = 0;
};

/// Appends each part in turn.
template <typename... Parts>
void Append(IndexText& out, const Parts&... parts) {
  (out += ... += parts);
}

/// `boost || 1`.
double BoostOrOne(double boost) {
  return boost == 0 || std::isnan(boost) ? 1 : boost;
}

/// A JSON string's text without its quotes.
std::string JsonEscaped(const std::string& utf8) {
  std::string quoted;
  AppendJsonString(quoted, Utf16FromUtf8(utf8));
  return quoted.substr(1, quoted.size() - 2);
}

struct Field {
  std::string name;
  double boost = 1;
  std::string json;  ///< escaped name
};

struct TermCount {
  uint32_t term;
  uint32_t count;
};

/// One document's terms in one field: lunr's fieldLengths and fieldTermFrequencies entry.
struct FieldTerms {
  uint32_t length = 0;
  std::vector<TermCount> counts;  ///< sorted by term index
};

/// A document ref and what the latest Add of it said.
struct Slot {
  std::string ref;
  std::string json;  ///< escaped ref
  std::optional<uint32_t> array_index;
  double boost = 1;
  std::vector<FieldTerms> fields;
};

/// "this term occurs in this field of this document": a key of an inverted-index posting.
struct Posting {
  uint32_t term;
  uint32_t field;
  uint32_t slot;
};

/// One token's place, kept only when positions are stored.
struct Occurrence {
  uint64_t bucket;  ///< term * fields + field
  uint32_t slot;
  uint32_t start;
  uint32_t length;
  bool has_position;  ///< false for a list item, which lunr gives no position
};

}  // namespace

struct LunrBuilder::State {
  explicit State(LunrLanguage language) : pipeline(language) {}

  LunrPipeline pipeline;
  std::vector<Field> fields;  ///< in JavaScript key order
  bool store_positions = false;

  std::vector<std::u16string> terms;  ///< by term index (lunr's `_index`)
  std::unordered_map<std::u16string, uint32_t> term_index;
  /// A token's term after the pipeline (or kDropped): each distinct token is stemmed once.
  TokenTable token_terms;

  std::vector<Slot> slots;  ///< in the order refs were first added
  std::unordered_map<std::string, uint32_t> slot_of_ref;
  bool refs_repeat = false;
  bool refs_have_array_index = false;
  uint32_t document_count = 0;

  std::vector<Posting> postings;  ///< in the order lunr adds them
  std::vector<Occurrence> occurrences;

  // Scratch space reused by Add: the field's length, and its distinct terms with their
  // counts in `term_frequency` (indexed by term, zero outside a field).
  std::u16string lowered;
  std::vector<LunrTokenSpan> spans;
  uint32_t field_length = 0;
  std::vector<uint32_t> field_terms;
  std::vector<uint32_t> term_frequency;

  uint32_t TermOf(std::u16string_view lowered_token) {
    if (const uint32_t* cached = token_terms.Find(lowered_token)) return *cached;
    std::u16string term(lowered_token);
    uint32_t index = kDropped;
    if (pipeline.RunIndex(term)) {
      auto [it, inserted] = term_index.try_emplace(term, static_cast<uint32_t>(terms.size()));
      if (inserted) {
        terms.push_back(term);
        term_frequency.push_back(0);
      }
      index = it->second;
    }
    token_terms.Insert(lowered_token, index);
    return index;
  }

  void AddToken(std::u16string_view token, uint32_t slot, uint32_t field, uint32_t start,
                uint32_t length, bool has_position) {
    uint32_t term = TermOf(token);
    if (term == kDropped) return;
    ++field_length;
    if (term_frequency[term]++ == 0) field_terms.push_back(term);
    if (store_positions) {
      occurrences.push_back(
          {uint64_t{term} * fields.size() + field, slot, start, length, has_position});
    }
  }

  void AddField(uint32_t slot, uint32_t field, const LunrValue* value) {
    field_length = 0;
    field_terms.clear();
    if (value && value->is_list) {
      for (const std::string& item : value->items) {
        AddToken(JsToLowerCase(Utf16FromUtf8(item)), slot, field, 0, 0, false);
      }
    } else if (value) {
      spans.clear();
      TokenizeLunrText(value->text, lowered, spans);
      std::u16string_view text(lowered);
      for (const LunrTokenSpan& span : spans) {
        AddToken(text.substr(span.start, span.length), slot, field, span.start, span.length, true);
      }
    }
    FieldTerms& out = slots[slot].fields[field];
    out.length = field_length;
    out.counts.clear();
    out.counts.reserve(field_terms.size());
    std::sort(field_terms.begin(), field_terms.end());
    for (uint32_t term : field_terms) {
      out.counts.push_back({term, term_frequency[term]});
      term_frequency[term] = 0;
      postings.push_back({term, field, slot});
    }
  }
};

LunrBuilder::LunrBuilder(std::string language, std::vector<LunrField> fields)
    : state_(std::make_unique<State>(LunrLanguageOf(language))) {
  // `this._fields[name] = attributes`: a repeated name keeps its place and takes the last
  // boost; Object.keys lists array-index names ("0", "1") first, in numeric order.
  std::vector<Field>& kept = state_->fields;
  for (const LunrField& field : fields) {
    auto same = std::find_if(kept.begin(), kept.end(),
                             [&](const Field& f) { return f.name == field.name; });
    if (same != kept.end()) {
      same->boost = field.boost;
    } else {
      kept.push_back({field.name, field.boost, JsonEscaped(field.name)});
    }
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Field& a, const Field& b) {
    auto ia = ArrayIndexKey(a.name), ib = ArrayIndexKey(b.name);
    if (ia && ib) return *ia < *ib;
    return ia.has_value() && !ib.has_value();
  });
}

LunrBuilder::~LunrBuilder() = default;
LunrBuilder::LunrBuilder(LunrBuilder&&) noexcept = default;
LunrBuilder& LunrBuilder::operator=(LunrBuilder&&) noexcept = default;

void LunrBuilder::StorePositions() {
  state_->store_positions = true;
}

void LunrBuilder::Add(const LunrDocument& document) {
  State& s = *state_;
  auto [it, inserted] =
      s.slot_of_ref.try_emplace(document.ref, static_cast<uint32_t>(s.slots.size()));
  uint32_t slot = it->second;
  if (inserted) {
    Slot added;
    added.ref = document.ref;
    added.json = JsonEscaped(document.ref);
    added.array_index = ArrayIndexKey(document.ref);
    added.fields.resize(s.fields.size());
    s.refs_have_array_index |= added.array_index.has_value();
    s.slots.push_back(std::move(added));
  } else {
    s.refs_repeat = true;
  }
  s.slots[slot].boost = document.boost;
  ++s.document_count;
  for (uint32_t field = 0; field < s.fields.size(); ++field) {
    auto value = document.fields.find(s.fields[field].name);
    s.AddField(slot, field, value == document.fields.end() ? nullptr : &value->second);
  }
}

std::string LunrBuilder::Serialize() const {
  const State& s = *state_;
  const size_t field_count = s.fields.size();
  const size_t term_count = s.terms.size();

  // Average field lengths: each ref counts once, with the lengths of its latest Add.
  std::vector<double> average_length(field_count, 0);
  for (size_t field = 0; field < field_count; ++field) {
    double total = 0;
    for (const Slot& slot : s.slots) total += slot.fields[field].length;
    average_length[field] = total / static_cast<double>(s.slots.size());
  }

  // Postings grouped by (term, field) in the order they were added: a counting sort.
  const size_t bucket_count = term_count * field_count;
  std::vector<uint32_t> bucket_start(bucket_count + 1, 0);
  for (const Posting& p : s.postings) ++bucket_start[p.term * field_count + p.field + 1];
  for (size_t b = 0; b < bucket_count; ++b) bucket_start[b + 1] += bucket_start[b];
  std::vector<uint32_t> grouped(s.postings.size());
  {
    std::vector<uint32_t> next(bucket_start.begin(), bucket_start.end() - 1);
    for (const Posting& p : s.postings) grouped[next[p.term * field_count + p.field]++] = p.slot;
  }
  std::vector<uint32_t> bucket_end(bucket_start.begin() + 1, bucket_start.end());
  if (s.refs_repeat) {
    // A ref added twice is one key of the posting: keep its first place.
    std::vector<uint64_t> seen_in(s.slots.size(), UINT64_MAX);
    for (size_t b = 0; b < bucket_count; ++b) {
      uint32_t out = bucket_start[b];
      for (uint32_t i = bucket_start[b]; i < bucket_end[b]; ++i) {
        if (seen_in[grouped[i]] == b) continue;
        seen_in[grouped[i]] = b;
        grouped[out++] = grouped[i];
      }
      bucket_end[b] = out;
    }
  }
  if (s.refs_have_array_index) {
    // Object keys: array indexes first, in numeric order, then the rest as they came.
    auto key_less = [&](uint32_t a, uint32_t b) {
      const auto &ia = s.slots[a].array_index, &ib = s.slots[b].array_index;
      if (ia && ib) return *ia < *ib;
      return ia.has_value() && !ib.has_value();
    };
    for (size_t b = 0; b < bucket_count; ++b) {
      auto first = grouped.begin() + bucket_start[b], last = grouped.begin() + bucket_end[b];
      if (!std::is_sorted(first, last, key_less)) std::stable_sort(first, last, key_less);
    }
  }

  // idf counts (field, document) pairs: a term in title and body of one document counts twice.
  std::vector<double> idf(term_count);
  const double documents = s.document_count;
  for (size_t term = 0; term < term_count; ++term) {
    double with_term = 0;
    for (size_t field = 0; field < field_count; ++field) {
      size_t b = term * field_count + field;
      with_term += bucket_end[b] - bucket_start[b];
    }
    double x = (documents - with_term + 0.5) / (with_term + 0.5);
    idf[term] = std::log(1 + std::fabs(x));
  }

  // Positions, grouped by (term, field, document) in the order the tokens came.
  std::vector<uint32_t> occurrence_order;
  if (s.store_positions) {
    occurrence_order.resize(s.occurrences.size());
    for (uint32_t i = 0; i < occurrence_order.size(); ++i) occurrence_order[i] = i;
    std::stable_sort(occurrence_order.begin(), occurrence_order.end(), [&](uint32_t a, uint32_t b) {
      const Occurrence &oa = s.occurrences[a], &ob = s.occurrences[b];
      return oa.bucket != ob.bucket ? oa.bucket < ob.bucket : oa.slot < ob.slot;
    });
  }

  std::vector<uint32_t> sorted_terms(term_count);
  for (uint32_t i = 0; i < term_count; ++i) sorted_terms[i] = i;
  std::sort(sorted_terms.begin(), sorted_terms.end(),
            [&](uint32_t a, uint32_t b) { return s.terms[a] < s.terms[b]; });

  IndexText out(64 + s.postings.size() * 24 + term_count * 48 + s.occurrences.size() * 12);
  out += R"({"version":"2.3.9","fields":[)";
  for (size_t field = 0; field < field_count; ++field) {
    if (field) out += ',';
    Append(out, '"', s.fields[field].json, '"');
  }

  out += R"(],"fieldVectors":[)";
  bool first_vector = true;
  for (const Slot& slot : s.slots) {
    const double document_boost = BoostOrOne(slot.boost);
    for (size_t field = 0; field < field_count; ++field) {
      if (!first_vector) out += ',';
      first_vector = false;
      Append(out, "[\"", s.fields[field].json, '/', slot.json, "\",[");
      const FieldTerms& terms = slot.fields[field];
      const double field_boost = BoostOrOne(s.fields[field].boost);
      const double length_norm = kK1 * (1 - kB + kB * (terms.length / average_length[field]));
      bool first_pair = true;
      for (const TermCount& tc : terms.counts) {
        if (!first_pair) out += ',';
        first_pair = false;
        const double tf = tc.count;
        double score = idf[tc.term] * ((kK1 + 1) * tf) / (length_norm + tf);
        score *= field_boost;
        score *= document_boost;
        out.Integer(tc.term);
        out += ',';
        out.Thousandths(JsRound(score * 1000));
      }
      out += "]]";
    }
  }

  out += R"(],"invertedIndex":[)";
  // A posting's keys: "_index" and the fields, array-index field names first.
  std::vector<int> posting_keys;  // -1 is "_index"
  bool index_placed = false;
  for (size_t field = 0; field < field_count; ++field) {
    if (!index_placed && !ArrayIndexKey(s.fields[field].name)) {
      posting_keys.push_back(-1);
      index_placed = true;
    }
    posting_keys.push_back(static_cast<int>(field));
  }
  if (!index_placed) posting_keys.push_back(-1);

  std::string term_json;
  for (size_t n = 0; n < term_count; ++n) {
    const uint32_t term = sorted_terms[n];
    if (n) out += ',';
    out += '[';
    term_json.clear();
    AppendJsonString(term_json, s.terms[term]);
    out += term_json;
    out += ",{";
    bool first_key = true;
    for (int key : posting_keys) {
      if (!first_key) out += ',';
      first_key = false;
      if (key < 0) {
        out += "\"_index\":";
        out.Integer(term);
        continue;
      }
      Append(out, '"', s.fields[key].json, "\":{");
      const size_t b = term * field_count + key;
      for (uint32_t i = bucket_start[b]; i < bucket_end[b]; ++i) {
        if (i != bucket_start[b]) out += ',';
        const Slot& slot = s.slots[grouped[i]];
        Append(out, '"', slot.json, "\":{");
        if (s.store_positions) {
          out += "\"position\":[";
          // Find this (bucket, slot) group among the sorted occurrences.
          auto group_less = [&](uint32_t o, std::pair<uint64_t, uint32_t> key_value) {
            const Occurrence& occ = s.occurrences[o];
            return occ.bucket != key_value.first ? occ.bucket < key_value.first
                                                 : occ.slot < key_value.second;
          };
          auto from = std::lower_bound(occurrence_order.begin(), occurrence_order.end(),
                                       std::pair<uint64_t, uint32_t>{b, grouped[i]}, group_less);
          bool first_position = true;
          for (; from != occurrence_order.end(); ++from) {
            const Occurrence& occ = s.occurrences[*from];
            if (occ.bucket != b || occ.slot != grouped[i]) break;
            if (!first_position) out += ',';
            first_position = false;
            if (occ.has_position) {
              out += '[';
              out.Integer(occ.start);
              out += ',';
              out.Integer(occ.length);
              out += ']';
            } else {
              out += "null";
            }
          }
          out += ']';
        }
        out += '}';
      }
      out += '}';
    }
    out += "}]";
  }

  out += R"(],"pipeline":[)";
  bool first_label = true;
  for (const std::string& label : s.pipeline.SearchLabels()) {
    if (!first_label) out += ',';
    first_label = false;
    Append(out, '"', label, '"');
  }
  out += "]}";
  return out.Take();
}

std::string StemForSearch(const std::string& language, const std::string& word) {
  // One pipeline per language and thread: the Swedish stemmer keeps state while it works.
  thread_local std::array<std::optional<LunrPipeline>, 4> pipelines;
  LunrLanguage lang = LunrLanguageOf(language);
  auto& pipeline = pipelines[static_cast<size_t>(lang)];
  if (!pipeline) pipeline.emplace(lang);
  std::u16string term = JsToLowerCase(Utf16FromUtf8(word));
  pipeline->RunSearch(term);
  return Utf8FromUtf16(term);
}

}  // namespace kunskap
