// A page body as plain text (words separated as a reader sees them): what search indexes
// and what summaries are cut from. One renderer per output, not a flag on the HTML one.
#pragma once

#include <string>

#include "markdown/markdown_document.h"

namespace kunskap {

std::string PlainText(const MarkdownDocument& document);

}  // namespace kunskap
