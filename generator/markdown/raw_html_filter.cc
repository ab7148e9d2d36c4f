#include "markdown/raw_html_filter.h"

#include <cmark-gfm.h>

#include "markdown/html_sanitizer.h"

namespace kunskap {
namespace {

/// Calls `visit` with each HTML block and inline HTML node, in document order.
template <typename Visit>
void ForEachRawHtml(const MarkdownDocument& document, Visit visit) {
  cmark_iter* iter = cmark_iter_new(document.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    auto type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER &&
        (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
      visit(node);
    }
  }
  cmark_iter_free(iter);
}

}  // namespace

void WarnAboutRawHtml(const MarkdownDocument& document, const Page& page,
                      Diagnostics& diagnostics) {
  ForEachRawHtml(document, [&](cmark_node* node) {
    diagnostics.Warning(NodeLocation(page, node), "raw HTML is left out of the page",
                        "write it in Markdown, or set allow_raw_html = true in site-config.toml");
  });
}

void CheckAllowedRawHtml(const MarkdownDocument& document, const Page& page,
                         Diagnostics& diagnostics) {
  ForEachRawHtml(document, [&](cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    if (!literal) return;
    SourceLocation start = NodeLocation(page, node);
    for (const auto& problem : CheckRawHtml(literal)) {
      SourceLocation at = start;
      at.line = start.line + problem.line - 1;
      at.column = problem.line == 1 ? start.column + problem.column - 1 : problem.column;
      diagnostics.Error(at, problem.message, problem.hint);
    }
  });
}

}  // namespace kunskap
