// ```contact fenced blocks: one contact route id per line. This pass checks the ids against
// the routes of the page's language and leaves a marker where the cards will go.
#pragma once

#include <vector>

#include "markdown/body_context.h"
#include "markdown/markdown_document.h"

namespace kunskap {

std::vector<ContactBlock> ExtractContactBlocks(MarkdownDocument& document, const Page& page,
                                               const BodyContext& context,
                                               Diagnostics& diagnostics);

}  // namespace kunskap
