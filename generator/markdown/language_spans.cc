#include "markdown/language_spans.h"

#include <cstring>
#include <vector>

namespace kunskap {
namespace {

constexpr const char* kLanguageScheme = "lang:";

bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAlnum(char c) {
  return IsAlpha(c) || (c >= '0' && c <= '9');
}

}  // namespace

bool IsLanguageCode(const std::string& code) {
  size_t i = 0;
  while (i < code.size() && code[i] >= 'a' && code[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  while (i < code.size()) {
    if (code[i] != '-') return false;
    size_t start = ++i;
    while (i < code.size() && IsAlnum(code[i])) ++i;
    if (i - start < 1 || i - start > 8) return false;
  }
  return true;
}

void WrapInLanguage(cmark_node* node, const std::string& language) {
  cmark_node* span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
  std::string open = "<span lang=\"" + language + "\">";
  cmark_node_set_on_enter(span, open.c_str());
  cmark_node_set_on_exit(span, "</span>");
  cmark_node_insert_before(node, span);
  cmark_node_unlink(node);
  cmark_node_append_child(span, node);
}

void MarkLanguageSpans(MarkdownDocument& document, const Page& page, Diagnostics& diagnostics) {
  std::vector<cmark_node*> links;
  cmark_iter* iter = cmark_iter_new(document.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_LINK) continue;
    const char* url = cmark_node_get_url(node);
    if (url && std::strncmp(url, kLanguageScheme, std::strlen(kLanguageScheme)) == 0) {
      links.push_back(node);
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* link : links) {
    std::string code = cmark_node_get_url(link) + std::strlen(kLanguageScheme);
    if (!IsLanguageCode(code)) {
      diagnostics.Error(NodeLocation(page, link), "'lang:" + code + "' is not a language code",
                        "write the phrase as [text](lang:sv), with a code such as sv, en, ar");
    }
    cmark_node* span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    std::string open = IsLanguageCode(code) ? "<span lang=\"" + code + "\">" : "<span>";
    cmark_node_set_on_enter(span, open.c_str());
    cmark_node_set_on_exit(span, "</span>");
    cmark_node_insert_before(link, span);
    while (cmark_node* child = cmark_node_first_child(link)) {
      cmark_node_unlink(child);
      cmark_node_append_child(span, child);
    }
    cmark_node_unlink(link);
    cmark_node_free(link);
  }
}

}  // namespace kunskap
