#include "site/collation.h"

#include <unicode/coll.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kunskap {

struct Collation::Impl {
  std::unique_ptr<icu::Collator> collator;
};

Collation::Collation(const std::string& language) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->collator.reset(icu::Collator::createInstance(icu::Locale(language.c_str()), status));
  if (U_FAILURE(status)) impl_->collator.reset();
}

Collation::~Collation() = default;

bool Collation::Less(const std::string& a, const std::string& b) const {
  if (!impl_->collator) return a < b;
  UErrorCode status = U_ZERO_ERROR;
  auto result = impl_->collator->compareUTF8(a, b, status);
  if (U_FAILURE(status)) return a < b;
  if (result == UCOL_EQUAL) return a < b;  // a total order keeps sorting deterministic
  return result == UCOL_LESS;
}

std::string Collation::FirstLetter(const std::string& word) const {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    if (u_isalnum(c)) {
      icu::UnicodeString letter(c);
      letter.toUpper(icu::Locale(""));
      std::string out;
      letter.toUTF8String(out);
      return u_isdigit(c) ? "0–9" : out;
    }
    i += U16_LENGTH(c);
  }
  return "#";
}

}  // namespace kunskap
