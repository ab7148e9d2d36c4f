#include "cli/index_command.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <istream>
#include <optional>
#include <ostream>

#include "cli/index_documents.h"
#include "core/suggestion.h"

namespace kunskap {
namespace {

const std::vector<std::string> kLanguages = {"sv", "en", "ar", "none"};

/// `--fields title^10,body`: names in order, each with an optional boost.
bool ParseFieldSpec(const std::string& spec, std::vector<LunrField>& fields, std::string& error) {
  size_t start = 0;
  while (start <= spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    std::string item = spec.substr(start, end - start);
    LunrField field;
    size_t caret = item.find('^');
    field.name = item.substr(0, caret);
    if (caret != std::string::npos) {
      std::string boost = item.substr(caret + 1);
      auto [ptr, ec] = std::from_chars(boost.data(), boost.data() + boost.size(), field.boost);
      if (boost.empty() || ec != std::errc() || ptr != boost.data() + boost.size() ||
          !std::isfinite(field.boost)) {
        error = "--fields: '" + item + "' needs a number after '^'";
        return false;
      }
    }
    if (field.name.empty()) {
      error = "--fields: empty field name in '" + spec + "'";
      return false;
    }
    if (field.name.find('/') != std::string::npos) {
      error = "--fields: field name '" + field.name + "' contains '/'";
      return false;
    }
    fields.push_back(field);
    start = end + 1;
  }
  return true;
}

std::string ReadAll(std::istream& in) {
  std::string text;
  static char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, in.gcount());
  return text;
}

}  // namespace

int RunIndexCommand(const CommandLine& line, std::istream& in, std::ostream& out,
                    std::ostream& err) {
  std::string language = line.Value("--lang");
  if (std::find(kLanguages.begin(), kLanguages.end(), language) == kLanguages.end()) {
    err << "kunskap: index: "
        << (language.empty() ? "--lang is required" : "unknown language '" + language + "'")
        << " (sv, en, ar, or none for no stemmer)";
    std::string hint = language.empty() ? "" : DidYouMean(language, kLanguages);
    err << (hint.empty() ? "" : "; " + hint) << "\nrun 'kunskap index --help' for usage\n";
    return 2;
  }
  std::vector<LunrField> fields;
  bool fields_given = line.values.count("--fields") > 0;
  if (fields_given) {
    std::string error;
    if (!ParseFieldSpec(line.Value("--fields"), fields, error)) {
      err << "kunskap: index: " << error << "\nrun 'kunskap index --help' for usage\n";
      return 2;
    }
  }

  const std::string text = ReadAll(in);
  // The fields are known once the first document is read (or the input turns out empty).
  std::optional<LunrBuilder> builder;
  auto start = [&] {
    builder.emplace(language == "none" ? "" : language, fields);
    if (line.Has("--positions")) builder->StorePositions();
  };
  Diagnostics diagnostics;
  bool valid = ReadIndexDocuments(
      text, fields, fields_given,
      [&](const LunrDocument& document) {
        if (!builder) start();
        builder->Add(document);
      },
      diagnostics);
  if (!valid) {
    for (const auto& diagnostic : diagnostics.Sorted()) err << diagnostic.Format() << "\n";
    return 1;
  }
  if (!builder) start();
  out << builder->Serialize();
  out.flush();
  return 0;
}

}  // namespace kunskap
