#include "markdown/markdown_document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <mutex>

namespace kunskap {

void EnsureMarkdownExtensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

MarkdownDocument::MarkdownDocument(const std::string& markdown, bool allow_raw_html) {
  EnsureMarkdownExtensions();
  options_ = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8;
  if (allow_raw_html) options_ |= CMARK_OPT_UNSAFE;
  parser_ = cmark_parser_new(options_);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser_, extension);
    }
  }
  cmark_parser_feed(parser_, markdown.data(), markdown.size());
  root_ = cmark_parser_finish(parser_);
}

MarkdownDocument::~MarkdownDocument() {
  if (root_) cmark_node_free(root_);
  if (parser_) cmark_parser_free(parser_);
}

std::string MarkdownDocument::ToHtml() const {
  return NodeToHtml(root_);
}

std::string MarkdownDocument::NodeToHtml(cmark_node* node) const {
  char* html = cmark_render_html(node, options_, cmark_parser_get_syntax_extensions(parser_));
  std::string result(html);
  std::free(html);
  return result;
}

}  // namespace kunskap

namespace kunskap {

namespace {
thread_local NodeLocationCursor* active_cursor = nullptr;
}  // namespace

NodeLocationCursor::NodeLocationCursor(const Page& of) : page(&of) {
  active_cursor = this;
}

NodeLocationCursor::~NodeLocationCursor() {
  if (active_cursor == this) active_cursor = nullptr;
}

SourceLocation NodeLocation(const Page& page, cmark_node* node) {
  int line = cmark_node_get_start_line(node);
  int byte_column = cmark_node_get_start_column(node);
  for (cmark_node* up = node; line <= 0 && up; up = cmark_node_parent(up)) {
    line = cmark_node_get_start_line(up);
    byte_column = cmark_node_get_start_column(up);
  }
  if (line <= 0) return {page.source_path, page.body_line, 1};
  // Count characters, not bytes, up to the column on that line of the body.
  NodeLocationCursor* cursor =
      active_cursor && active_cursor->page == &page ? active_cursor : nullptr;
  int from_line = 1;
  size_t offset = 0;
  if (cursor && cursor->line <= line) {
    from_line = cursor->line;
    offset = cursor->offset;
  }
  for (int l = from_line; l < line && offset != std::string::npos; ++l) {
    offset = page.body.find('\n', offset);
    if (offset != std::string::npos) ++offset;
  }
  if (cursor && offset != std::string::npos) {
    cursor->line = line;
    cursor->offset = offset;
  }
  int column = 1;
  if (offset != std::string::npos) {
    for (int b = 1; b < byte_column && offset < page.body.size(); ++b, ++offset) {
      if ((static_cast<unsigned char>(page.body[offset]) & 0xC0) != 0x80) ++column;
    }
  }
  return {page.source_path, page.body_line + line - 1, column};
}

std::string NodeText(cmark_node* node) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* current = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text += cmark_node_get_literal(current);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return text;
}

}  // namespace kunskap
