// One page body from Markdown to HTML: parse, check and rewrite links, mark contact blocks,
// anchor headings, render. Pages are independent, so the pipeline runs this in parallel.
#pragma once

#include <vector>

#include "markdown/body_context.h"

namespace kunskap {

struct Page;
class Diagnostics;

/// The heading ids of a page: the first pass, needed by every page that links to it.
std::vector<Heading> PageHeadings(const Page& page, bool allow_raw_html);

RenderedBody RenderBody(const Page& page, const BodyContext& context, Diagnostics& diagnostics);

}  // namespace kunskap
