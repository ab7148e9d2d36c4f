#include "markdown/plain_text.h"

#include <cmark-gfm.h>

namespace kunskap {

std::string PlainText(const MarkdownDocument& document) {
  std::string text;
  auto separate = [&text](char c) {
    if (!text.empty() && text.back() != '\n' && text.back() != ' ') text += c;
  };
  cmark_iter* iter = cmark_iter_new(document.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    auto type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER) {
      switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          text += cmark_node_get_literal(node);
          break;
        case CMARK_NODE_CODE_BLOCK:
          separate('\n');
          text += cmark_node_get_literal(node);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          separate(' ');
          break;
        default:
          break;
      }
    } else if (event == CMARK_EVENT_EXIT) {
      // Blocks and table cells end a run of words.
      if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM ||
          type == CMARK_NODE_CUSTOM_BLOCK) {
        separate('\n');
      } else if (cmark_node_get_type_string(node) &&
                 std::string(cmark_node_get_type_string(node)) == "table_cell") {
        separate(' ');
      } else if (cmark_node_get_type_string(node) &&
                 std::string(cmark_node_get_type_string(node)) == "table_row") {
        separate('\n');
      }
    }
  }
  cmark_iter_free(iter);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace kunskap
