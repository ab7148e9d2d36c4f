// Raw HTML that an author writes in Markdown, when the site allows it (allow_raw_html), is
// checked against an allow-list in the manner of ammonia and DOMPurify: elements and
// attributes for text, tables, images and links, and nothing that can run script, load
// another page, take input or change the page's look. It is parsed as browsers parse it, by
// an HTML5 parser (gumbo), so case, entities and broken markup hide nothing. Anything outside
// the list is an error at its place, never silently dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kunskap {

/// One element or attribute outside the allow-list. line and column are 1-based, within the
/// fragment given.
struct HtmlProblem {
  int line = 1;
  int column = 1;
  std::string message;
  std::string hint;
};

/// Checks one fragment of raw HTML (an HTML block, or one inline tag).
std::vector<HtmlProblem> CheckRawHtml(std::string_view html);

/// True for an address a link or image may have: relative, https:, http:, mailto:, tel: (and,
/// for images, data:image/png, gif, jpeg and webp). Judged as a browser reads it: entities
/// decoded, ASCII whitespace and control characters ignored, any case.
bool IsSafeAddress(std::string_view address, bool image);

}  // namespace kunskap
