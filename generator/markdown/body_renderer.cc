#include "markdown/body_renderer.h"

#include "markdown/contact_blocks.h"
#include "markdown/glossary_linker.h"
#include "markdown/heading_anchors.h"
#include "markdown/link_rewriter.h"
#include "markdown/markdown_document.h"
#include "markdown/plain_text.h"
#include "markdown/language_spans.h"
#include "markdown/raw_html_filter.h"

namespace kunskap {

std::vector<Heading> PageHeadings(const Page& page, bool allow_raw_html) {
  MarkdownDocument document(page.body, allow_raw_html);
  return CollectHeadings(document);
}

RenderedBody RenderBody(const Page& page, const BodyContext& context, Diagnostics& diagnostics) {
  RenderedBody body;
  NodeLocationCursor locations(page);
  MarkdownDocument document(page.body, context.allow_raw_html);
  if (context.allow_raw_html) {
    CheckAllowedRawHtml(document, page, diagnostics);
  } else {
    WarnAboutRawHtml(document, page, diagnostics);
  }
  body.headings = CollectHeadings(document);
  for (auto& heading : body.headings) heading.line += page.body_line - 1;
  RewriteLinks(document, page, context, body.headings, diagnostics, &body.links_to);
  body.contact_blocks = ExtractContactBlocks(document, page, context, diagnostics);
  MarkLanguageSpans(document, page, diagnostics);
  UnwrapGlossaryOff(document);
  std::vector<TermMarkup> terms;
  auto glossary = context.glossaries.find(page.language);
  if (glossary != context.glossaries.end()) {
    terms = LinkTerms(document, page, glossary->second, body.links_to, &body.terms_used);
  }
  body.plain_text = PlainText(document);
  AnchorHeadings(document, body.headings);
  body.html = document.ToHtml();
  ReplaceTermPlaceholders(body.html, terms);
  return body;
}

}  // namespace kunskap
