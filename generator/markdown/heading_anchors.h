// Headings get stable ids (slugs of their text, numbered when repeated) and an anchor link,
// so any part of a long article can be linked and listed in a table of contents.
#pragma once

#include <vector>

#include "markdown/body_context.h"
#include "markdown/markdown_document.h"

namespace kunskap {

/// Ids for every heading, in document order. Deterministic: the same text gives the same id.
std::vector<Heading> CollectHeadings(const MarkdownDocument& document);

/// Replaces each heading with the same heading carrying its id and a self-link.
void AnchorHeadings(MarkdownDocument& document, const std::vector<Heading>& headings);

}  // namespace kunskap
