// Authors link pages as relative paths to Markdown files ("../begrepp/eftervald.md#exempel").
// This pass checks each such link against the site and rewrites it to the target's relative
// URL. A link to a page, file or heading that does not exist is an error at the link.
#pragma once

#include <string>
#include <vector>

#include "markdown/body_context.h"
#include "markdown/markdown_document.h"

namespace kunskap {

/// Rewrites links and images of `page`. `own_headings` are the page's heading ids (for "#x"
/// links). The source paths of linked pages are appended to *links_to.
void RewriteLinks(MarkdownDocument& document, const Page& page, const BodyContext& context,
                  const std::vector<Heading>& own_headings, Diagnostics& diagnostics,
                  std::vector<std::string>* links_to);

}  // namespace kunskap
