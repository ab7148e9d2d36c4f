// Raw HTML in Markdown is not published unless the site enables it: cmark-gfm's safe mode
// drops it, and this pass says so at each place, so an author is never surprised by a gap.
#pragma once

#include "markdown/markdown_document.h"

namespace kunskap {

void WarnAboutRawHtml(const MarkdownDocument& document, const Page& page, Diagnostics& diagnostics);

}  // namespace kunskap
