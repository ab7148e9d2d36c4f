// A parsed cmark-gfm document with GitHub's extensions (tables, strikethrough, autolinks,
// task lists, footnotes), owned RAII-style. Passes over the tree (links, headings, contact
// blocks) work on root(); ToHtml() renders with the same extensions attached.
#pragma once

#include <memory>
#include <string>

struct cmark_node;
struct cmark_parser;

namespace kunskap {

class MarkdownDocument {
 public:
  /// allow_raw_html: pass raw HTML through (with GFM's tag filter). Otherwise cmark-gfm's safe
  /// mode replaces it, and drops javascript:, vbscript:, file: and non-image data: URLs.
  MarkdownDocument(const std::string& markdown, bool allow_raw_html);
  ~MarkdownDocument();
  MarkdownDocument(const MarkdownDocument&) = delete;
  MarkdownDocument& operator=(const MarkdownDocument&) = delete;

  cmark_node* root() const { return root_; }
  std::string ToHtml() const;
  /// Renders one node (and its children) with the document's options.
  std::string NodeToHtml(cmark_node* node) const;
  int options() const { return options_; }

 private:
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
  int options_ = 0;
};

/// Registers cmark-gfm's extensions once per process; safe to call from any thread.
void EnsureMarkdownExtensions();

}  // namespace kunskap

#include "content/page.h"
#include "core/diagnostics.h"

namespace kunskap {

/// The file position of a node of `page`'s body: cmark counts lines from the body's first
/// line and columns in bytes; diagnostics want file lines and characters.
SourceLocation NodeLocation(const Page& page, cmark_node* node);

/// While one exists on a thread, NodeLocation there finds a line from where its previous
/// lookup in the same page ended, not from the top of the body: the passes go through a
/// page in order, so locating all its nodes costs one scan of it, not one per node (80,000
/// raw HTML tags in a page took 25 s). The page must not change meanwhile.
class NodeLocationCursor {
 public:
  explicit NodeLocationCursor(const Page& page);
  ~NodeLocationCursor();
  NodeLocationCursor(const NodeLocationCursor&) = delete;
  NodeLocationCursor& operator=(const NodeLocationCursor&) = delete;

  const Page* page = nullptr;
  int line = 1;       ///< a body line (1-based) ...
  size_t offset = 0;  ///< ... and the byte offset where it starts
};

/// The text of a node's descendants (TEXT and CODE literals), e.g. a heading's words.
std::string NodeText(cmark_node* node);

}  // namespace kunskap
