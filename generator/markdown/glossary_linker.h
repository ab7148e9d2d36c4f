// The glossary pass: the first mention of each defined term in a page becomes a link to its
// definition, marked up as a term whose summary shows on hover and on keyboard focus. Not in
// headings, links, code or the definition's own page. `[text](glossary:off)` keeps a span
// unlinked; an explicit link to a definition counts as its mention.
#pragma once

#include <string>
#include <vector>

#include "markdown/body_context.h"
#include "markdown/markdown_document.h"

namespace kunskap {

/// The HTML that replaces term i's placeholder link after rendering.
struct TermMarkup {
  std::string open;   ///< replaces `<a href="kunskap-term:i">`
  std::string close;  ///< replaces the `</a>` that follows it
};

/// Links terms in `document`. `explicit_links` are the source paths the page already links
/// (those definitions are not linked again). Appends the source paths of the definitions
/// the page mentions to *used. Each term becomes a link node with a placeholder URL, since
/// cmark-gfm's table cells accept links but no custom nodes; ReplaceTermPlaceholders turns
/// them into the term markup once the page is rendered.
std::vector<TermMarkup> LinkTerms(MarkdownDocument& document, const Page& page,
                                  const Glossary& glossary,
                                  const std::vector<std::string>& explicit_links,
                                  std::vector<std::string>* used);

/// Replaces the placeholder links in rendered HTML with the term markup.
void ReplaceTermPlaceholders(std::string& html, const std::vector<TermMarkup>& terms);

/// The URL scheme of the placeholders, reserved: authors may not use it.
inline constexpr const char* kTermScheme = "kunskap-term:";

/// Replaces each `glossary:off` link with its text.
void UnwrapGlossaryOff(MarkdownDocument& document);

}  // namespace kunskap
