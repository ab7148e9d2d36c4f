// Raw HTML in Markdown. Unless the site enables it, cmark-gfm's safe mode drops it and this
// pass says so at each place, so an author is never surprised by a gap. When the site enables
// it (allow_raw_html), every fragment is checked against the sanitizer's allow-list
// (html_sanitizer.h), and anything outside it is an error at its line and column.
#pragma once

#include "markdown/markdown_document.h"

namespace kunskap {

void WarnAboutRawHtml(const MarkdownDocument& document, const Page& page, Diagnostics& diagnostics);

void CheckAllowedRawHtml(const MarkdownDocument& document, const Page& page,
                         Diagnostics& diagnostics);

}  // namespace kunskap
