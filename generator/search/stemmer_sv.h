// The Swedish stemmer (`stemmer-sv`): lunr-languages 1.22.0 runs Snowball's Swedish
// algorithm as generated JavaScript, and libstemmer 2.2's `swedish` is the same algorithm.
// Snowball 3.x changed it ("arbetet" -> "arbet"); the stemmer agreement test catches that.
#pragma once

#include <memory>
#include <string>

struct sb_stemmer;

namespace kunskap {

/// One libstemmer instance. Not safe to share between threads: give each its own.
class SwedishStemmer {
 public:
  SwedishStemmer();
  ~SwedishStemmer();
  SwedishStemmer(SwedishStemmer&&) noexcept;
  SwedishStemmer& operator=(SwedishStemmer&&) noexcept;

  /// The stem of one lower-cased word, in UTF-16 code units.
  std::u16string Stem(const std::u16string& word);

 private:
  struct Deleter {
    void operator()(sb_stemmer* stemmer) const;
  };
  std::unique_ptr<sb_stemmer, Deleter> stemmer_;
};

}  // namespace kunskap
