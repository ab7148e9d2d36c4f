// Phrases in another language than the page's (WCAG 3.1.2): an author marks one as a link to
// the pseudo-address `lang:`, `[samordnad individuell plan](lang:sv)`, and it becomes
// `<span lang="sv">` so that a screen reader speaks it in that language; a link to a page in
// another language is wrapped the same way by the link pass. The language code is checked.
#pragma once

#include <cmark-gfm.h>

#include <string>

#include "markdown/markdown_document.h"

namespace kunskap {

/// Turns each `[text](lang:xx)` into a span of that language; a malformed code is an error.
void MarkLanguageSpans(MarkdownDocument& document, const Page& page, Diagnostics& diagnostics);

/// Puts `node` inside `<span lang="language">` (language: a checked code).
void WrapInLanguage(cmark_node* node, const std::string& language);

/// "sv", "en", "ar", "sv-FI", "prs": a BCP 47 language tag of the simple kind.
bool IsLanguageCode(const std::string& code);

}  // namespace kunskap
