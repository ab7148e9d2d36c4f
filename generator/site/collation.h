// Alphabetical order as a reader of the language expects it: in Swedish å, ä, ö come last,
// after z. Uses ICU's collator for the language.
#pragma once

#include <memory>
#include <string>

namespace kunskap {

class Collation {
 public:
  explicit Collation(const std::string& language);
  ~Collation();
  bool Less(const std::string& a, const std::string& b) const;
  /// The letter a word is listed under: its first letter, upper-cased ("Ö", "A", "إ").
  std::string FirstLetter(const std::string& word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kunskap
