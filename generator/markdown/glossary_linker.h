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

/// Links terms in `document`. `explicit_links` are the source paths the page already links
/// (those definitions are not linked again). Appends the source paths of the definitions
/// the page mentions to *used.
void LinkTerms(MarkdownDocument& document, const Page& page, const Glossary& glossary,
               const std::vector<std::string>& explicit_links, std::vector<std::string>* used);

/// Replaces each `glossary:off` link with its text.
void UnwrapGlossaryOff(MarkdownDocument& document);

/// Escapes text for HTML content and attribute values.
std::string EscapeHtml(const std::string& text);

}  // namespace kunskap
