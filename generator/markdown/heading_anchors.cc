#include "markdown/heading_anchors.h"

#include <cmark-gfm.h>
#include <map>

#include "content/slug.h"

namespace kunskap {
namespace {

std::vector<cmark_node*> HeadingNodes(cmark_node* root) {
  std::vector<cmark_node*> nodes;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      nodes.push_back(node);
    }
  }
  cmark_iter_free(iter);
  return nodes;
}

}  // namespace

std::vector<Heading> CollectHeadings(const MarkdownDocument& document) {
  std::vector<Heading> headings;
  std::map<std::string, int> seen;
  for (cmark_node* node : HeadingNodes(document.root())) {
    Heading heading;
    heading.level = cmark_node_get_heading_level(node);
    heading.text = NodeText(node);
    heading.line = cmark_node_get_start_line(node);
    std::string base = Slugify(heading.text);
    if (base.empty()) base = "avsnitt";
    int count = ++seen[base];
    heading.id = count == 1 ? base : base + "-" + std::to_string(count);
    // A generated "x-2" may collide with a heading literally named "x 2": keep counting.
    while (count > 1 && seen.count(heading.id)) heading.id = base + "-" + std::to_string(++count);
    if (count > 1) seen[heading.id] = 1;
    headings.push_back(std::move(heading));
  }
  return headings;
}

void AnchorHeadings(MarkdownDocument& document, const std::vector<Heading>& headings) {
  auto nodes = HeadingNodes(document.root());
  for (size_t i = 0; i < nodes.size() && i < headings.size(); ++i) {
    cmark_node* node = nodes[i];
    const Heading& heading = headings[i];
    // Render the heading's inline content with cmark (escaping, safe URLs), then rewrap it.
    std::string html = document.NodeToHtml(node);
    size_t open_end = html.find('>');
    size_t close_start = html.rfind("</h");
    std::string inner = html.substr(open_end + 1, close_start - open_end - 1);
    std::string tag = "h" + std::to_string(heading.level);
    std::string block = "<" + tag + " id=\"" + heading.id + "\">" + inner +
                        " <a class=\"heading-anchor\" href=\"#" + heading.id +
                        "\" aria-labelledby=\"" + heading.id +
                        // The "#" is hidden from the heading's name ("Steg för steg", not
                        // "Steg för steg #"); the link is named by the heading.
                        "\"><span aria-hidden=\"true\">#</span></a></" + tag + ">";
    cmark_node* replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(replacement, block.c_str());
    cmark_node_set_on_exit(replacement, "");
    cmark_node_replace(node, replacement);
    cmark_node_free(node);
  }
}

}  // namespace kunskap
