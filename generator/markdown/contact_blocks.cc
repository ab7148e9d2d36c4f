#include "markdown/contact_blocks.h"

#include <cmark-gfm.h>
#include <algorithm>
#include <cstring>

#include "core/suggestion.h"

namespace kunskap {

std::string ContactMarker(size_t index) {
  return "<!--kunskap:contact:" + std::to_string(index) + "-->";
}

std::vector<ContactBlock> ExtractContactBlocks(MarkdownDocument& document, const Page& page,
                                               const BodyContext& context,
                                               Diagnostics& diagnostics) {
  std::vector<std::pair<cmark_node*, int>> nodes;  // block, heading level for its cards
  int last_heading = 1;
  cmark_iter* iter = cmark_iter_new(document.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      last_heading = cmark_node_get_heading_level(node);
    } else if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
      const char* info = cmark_node_get_fence_info(node);
      if (info && std::strcmp(info, "contact") == 0) {
        nodes.push_back({node, std::min(last_heading + 1, 4)});
      }
    }
  }
  cmark_iter_free(iter);

  std::vector<std::string> known;
  for (const auto& [language, id] : context.contact_ids)
    if (language == page.language) known.push_back(id);

  std::vector<ContactBlock> blocks;
  for (auto [node, heading_level] : nodes) {
    SourceLocation where = NodeLocation(page, node);
    ContactBlock block;
    block.heading_level = std::max(heading_level, 2);
    std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    int line = where.line + 1;  // the first line after the opening fence
    size_t start = 0;
    while (start < literal.size()) {
      size_t end = literal.find('\n', start);
      if (end == std::string::npos) end = literal.size();
      std::string id = literal.substr(start, end - start);
      size_t first = id.find_first_not_of(" \t");
      size_t indent = first == std::string::npos ? 0 : first;
      id = first == std::string::npos ? ""
                                      : id.substr(first, id.find_last_not_of(" \t") - first + 1);
      if (!id.empty()) {
        if (context.contact_ids.count({page.language, id})) {
          block.ids.push_back(id);
        } else {
          diagnostics.Error(
              {page.source_path, line, static_cast<int>(indent) + 1},
              "unknown contact route '" + id + "' in language '" + page.language + "'",
              DidYouMean(id, known));
        }
      }
      start = end + 1;
      ++line;
    }
    if (block.ids.empty() && literal.find_first_not_of(" \t\n") == std::string::npos) {
      diagnostics.Error(where, "empty contact block", "write one contact route id per line");
    }
    cmark_node* marker = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(marker, ContactMarker(blocks.size()).c_str());
    cmark_node_set_on_exit(marker, "");
    cmark_node_replace(node, marker);
    cmark_node_free(node);
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace kunskap
