#include "markdown/glossary_linker.h"

#include <charconv>

#include <cmark-gfm.h>
#include <cstring>
#include <set>

#include "content/relative_url.h"
#include "core/markup_escape.h"

namespace kunskap {
namespace {

constexpr const char* kGlossaryOff = "glossary:off";
/// Marks text an author kept out of the glossary (cmark user data).
char kNoGlossary;

bool SkipsGlossary(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_CUSTOM_INLINE:
      return true;
    default:
      return false;
  }
}

bool IsRunNode(cmark_node* node) {
  auto type = cmark_node_get_type(node);
  if (cmark_node_get_user_data(node) == &kNoGlossary) return false;
  return type == CMARK_NODE_TEXT || type == CMARK_NODE_SOFTBREAK;
}

// Both walks use cmark's iterator, not recursion: lists nested 50,000 deep overflowed the
// stack when these called themselves for each level.

void MarkNoGlossary(cmark_node* node) {
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (event == CMARK_EVENT_ENTER)
      cmark_node_set_user_data(cmark_iter_get_node(iter), &kNoGlossary);
  }
  cmark_iter_free(iter);
}

/// Runs of adjacent TEXT and SOFTBREAK siblings outside skipped subtrees, in document order.
void CollectRuns(cmark_node* root, std::vector<std::vector<cmark_node*>>& runs) {
  std::vector<cmark_node*> run;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER && node != root && IsRunNode(node)) {
      run.push_back(node);  // TEXT and SOFTBREAK are leaves: their siblings come next
      continue;
    }
    if (!run.empty()) runs.push_back(std::move(run));
    run.clear();
    if (event == CMARK_EVENT_ENTER && node != root && SkipsGlossary(node)) {
      cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);  // past its subtree
    }
  }
  if (!run.empty()) runs.push_back(std::move(run));
  cmark_iter_free(iter);
}

/// Appends text as TEXT nodes with SOFTBREAKs where the text has line breaks.
void AppendText(cmark_node* parent, cmark_node* before, const std::string& text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string piece =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!piece.empty()) {
      cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(node, piece.c_str());
      before ? cmark_node_insert_before(before, node) : cmark_node_append_child(parent, node);
    }
    if (end == std::string::npos) break;
    cmark_node* soft = cmark_node_new(CMARK_NODE_SOFTBREAK);
    before ? cmark_node_insert_before(before, soft) : cmark_node_append_child(parent, soft);
    start = end + 1;
  }
}

}  // namespace

void UnwrapGlossaryOff(MarkdownDocument& document) {
  std::vector<cmark_node*> links;
  cmark_iter* iter = cmark_iter_new(document.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_LINK) {
      const char* url = cmark_node_get_url(node);
      if (url && std::strcmp(url, kGlossaryOff) == 0) links.push_back(node);
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* link : links) {
    // The link's text stays where it was, marked so that the glossary pass leaves it alone.
    while (cmark_node* child = cmark_node_first_child(link)) {
      cmark_node_unlink(child);
      MarkNoGlossary(child);
      cmark_node_insert_before(link, child);
    }
    cmark_node_unlink(link);
    cmark_node_free(link);
  }
}

std::vector<TermMarkup> LinkTerms(MarkdownDocument& document, const Page& page,
                                  const Glossary& glossary,
                                  const std::vector<std::string>& explicit_links,
                                  std::vector<std::string>* used) {
  std::vector<TermMarkup> markup;
  std::set<size_t> linked;  // definitions this page already links
  std::set<size_t> linked_by_hand;
  for (const auto& link : explicit_links) {
    auto it = glossary.by_source_path.find(link);
    if (it != glossary.by_source_path.end()) linked_by_hand.insert(it->second);
  }
  for (size_t i : linked_by_hand) {
    linked.insert(i);
    used->push_back(glossary.definitions[i].source_path);
  }
  auto own = glossary.by_source_path.find(page.source_path);
  if (own != glossary.by_source_path.end()) linked.insert(own->second);  // never on its own page
  if (!page.meta.glossary || !glossary.matcher) return markup;

  std::vector<std::vector<cmark_node*>> runs;
  CollectRuns(document.root(), runs);
  for (const auto& run : runs) {
    std::string text;
    for (cmark_node* node : run) {
      text += cmark_node_get_type(node) == CMARK_NODE_TEXT ? cmark_node_get_literal(node) : "\n";
    }
    std::vector<TermMatch> links;
    for (const auto& match : glossary.matcher->Find(text)) {
      if (linked.insert(match.definition).second) links.push_back(match);
    }
    if (links.empty()) continue;
    // Rebuild the run: text, term, text, ...
    cmark_node* parent = cmark_node_parent(run.front());
    cmark_node* after = cmark_node_next(run.back());
    for (cmark_node* node : run) {
      cmark_node_unlink(node);
      cmark_node_free(node);
    }
    size_t at = 0;
    for (const auto& match : links) {
      AppendText(parent, after, text.substr(at, match.begin - at));
      const GlossaryEntry& definition = glossary.definitions[match.definition];
      std::string id = "term-tip-" + std::to_string(markup.size() + 1);
      markup.push_back({"<span class=\"term\"><a class=\"term__link\" href=\"" +
                            EscapeMarkup(RelativeUrl(page.url, definition.url)) +
                            "\" aria-describedby=\"" + id + "\">",
                        "</a><span class=\"term__tip\" role=\"tooltip\" id=\"" + id + "\">" +
                            EscapeMarkup(definition.summary) + "</span></span>"});
      cmark_node* term = cmark_node_new(CMARK_NODE_LINK);
      cmark_node_set_url(term, (kTermScheme + std::to_string(markup.size() - 1)).c_str());
      after ? cmark_node_insert_before(after, term) : cmark_node_append_child(parent, term);
      AppendText(term, nullptr, text.substr(match.begin, match.end - match.begin));
      used->push_back(definition.source_path);
      at = match.end;
    }
    AppendText(parent, after, text.substr(at));
  }
  return markup;
}

void ReplaceTermPlaceholders(std::string& html, const std::vector<TermMarkup>& terms) {
  if (terms.empty()) return;
  std::string out;
  out.reserve(html.size() + terms.size() * 200);
  size_t at = 0;
  const std::string prefix = std::string("<a href=\"") + kTermScheme;
  while (true) {
    size_t open = html.find(prefix, at);
    if (open == std::string::npos) break;
    // Only a placeholder this pass wrote is replaced: a number of a term, then the link's
    // text. Anything else that starts the same (raw HTML an author wrote, already reported as
    // an error) is copied as it is; nothing here may throw on what content holds.
    size_t digits = open + prefix.size();
    size_t number_end = html.find('"', digits);
    size_t index = 0;
    bool ours = false;
    if (number_end != std::string::npos && number_end > digits) {
      auto [end, error] = std::from_chars(html.data() + digits, html.data() + number_end, index);
      ours = error == std::errc() && end == html.data() + number_end && index < terms.size();
    }
    size_t tag_end = ours ? html.find('>', number_end) : std::string::npos;
    size_t close = tag_end == std::string::npos ? std::string::npos : html.find("</a>", tag_end);
    if (close == std::string::npos) {
      out.append(html, at, digits - at);
      at = digits;
      continue;
    }
    out.append(html, at, open - at);
    out += terms[index].open;
    out.append(html, tag_end + 1, close - tag_end - 1);
    out += terms[index].close;
    at = close + 4;
  }
  out.append(html, at, std::string::npos);
  html = std::move(out);
}

}  // namespace kunskap
