#include "markdown/html_sanitizer.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <set>

namespace kunskap {
namespace {

const std::set<std::string, std::less<>>& AllowedElements() {
  static const std::set<std::string, std::less<>> names = {
      "a",       "abbr",    "article", "aside",   "b",    "bdi",      "bdo",        "blockquote",
      "br",      "caption", "cite",    "code",    "col",  "colgroup", "dd",         "del",
      "details", "dfn",     "div",     "dl",      "dt",   "em",       "figcaption", "figure",
      "h1",      "h2",      "h3",      "h4",      "h5",   "h6",       "hr",         "i",
      "img",     "ins",     "kbd",     "li",      "mark", "ol",       "p",          "pre",
      "q",       "rp",      "rt",      "ruby",    "s",    "samp",     "section",    "small",
      "span",    "strong",  "sub",     "summary", "sup",  "table",    "tbody",      "td",
      "tfoot",   "th",      "thead",   "time",    "tr",   "u",        "ul",         "var",
      "wbr"};
  return names;
}

/// Attributes any allowed element may have, and those of particular elements.
bool AllowedAttribute(std::string_view element, std::string_view name) {
  static const std::set<std::string, std::less<>> global = {"title", "lang", "dir"};
  if (global.count(name)) return true;
  struct Own {
    const char* element;
    const char* names[6];
  };
  static const Own own[] = {
      {"a", {"href", "hreflang"}},
      {"img", {"src", "alt", "width", "height"}},
      {"td", {"colspan", "rowspan", "headers"}},
      {"th", {"colspan", "rowspan", "headers", "scope", "abbr"}},
      {"ol", {"start", "reversed", "type"}},
      {"li", {"value"}},
      {"time", {"datetime"}},
      {"del", {"cite", "datetime"}},
      {"ins", {"cite", "datetime"}},
      {"blockquote", {"cite"}},
      {"q", {"cite"}},
      {"details", {"open"}},
      {"col", {"span"}},
      {"colgroup", {"span"}},
  };
  for (const auto& entry : own) {
    if (element != entry.element) continue;
    for (const char* allowed : entry.names)
      if (allowed && name == allowed) return true;
  }
  return false;
}

bool IsAddressAttribute(std::string_view name) {
  return name == "href" || name == "src" || name == "cite";
}

std::string ElementName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);  // the name without '<' and attributes
  std::string name(original.data, original.length);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

std::string Shown(std::string_view text) {
  std::string out(text.substr(0, 40));
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (text.size() > 40) out += "…";
  return out;
}

constexpr const char* kElementHint =
    "raw HTML may hold text, lists, tables, images, links and details/summary; write the rest "
    "in Markdown (docs/authoring.md lists the elements)";

void Check(const GumboNode* node, const std::string& parent_namespace,
           std::vector<HtmlProblem>& problems) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE &&
      node->type != GUMBO_NODE_DOCUMENT) {
    return;
  }
  if (node->type != GUMBO_NODE_DOCUMENT) {
    const GumboElement& element = node->v.element;
    bool written = element.original_tag.length > 0;  // not one the parser implied
    std::string name = ElementName(element);
    bool foreign = element.tag_namespace != GUMBO_NAMESPACE_HTML;
    if (written) {
      if (foreign || !AllowedElements().count(name)) {
        problems.push_back({static_cast<int>(element.start_pos.line),
                            static_cast<int>(element.start_pos.column),
                            "raw HTML: <" + name + "> is not allowed on this site", kElementHint});
      } else {
        for (unsigned i = 0; i < element.attributes.length; ++i) {
          const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
          std::string attribute_name = attribute->name;
          int line = static_cast<int>(attribute->name_start.line);
          int column = static_cast<int>(attribute->name_start.column);
          if (!AllowedAttribute(name, attribute_name)) {
            std::string hint =
                attribute_name.starts_with("on")
                    ? "event handlers never run on this site; remove it"
                : attribute_name == "style"
                    ? "the site's security policy ignores inline styles; remove it"
                    : "allowed on every element: title, lang, dir; links: href; images: src, "
                      "alt, width, height";
            problems.push_back({line, column,
                                "raw HTML: the attribute '" + Shown(attribute_name) + "' on <" +
                                    name + "> is not allowed",
                                hint});
          } else if (IsAddressAttribute(attribute_name) &&
                     !IsSafeAddress(attribute->value, name == "img")) {
            problems.push_back({line, column,
                                "raw HTML: <" + name + " " + attribute_name + "=\"" +
                                    Shown(attribute->value) + "\"> is not a safe address",
                                "use a web (https://), mailto: or tel: address, or a page's "
                                "Markdown file"});
          }
        }
      }
      if (foreign || !AllowedElements().count(name)) return;  // reported once, with its contents
    }
  }
  const GumboVector& children =
      node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    Check(static_cast<const GumboNode*>(children.data[i]), parent_namespace, problems);
  }
}

/// Decodes the character references a browser decodes in an attribute value: gumbo already
/// has, so this only drops what a browser ignores in an address.
std::string AsBrowserReads(std::string_view address) {
  std::string out;
  for (unsigned char c : address) {
    if (c <= 0x20 || c == 0x7F) continue;  // tabs, newlines, spaces, controls
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

}  // namespace

bool IsSafeAddress(std::string_view address, bool image) {
  std::string url = AsBrowserReads(address);
  size_t colon = url.find(':');
  size_t stop = url.find_first_of("/?#");
  if (colon == std::string::npos || (stop != std::string::npos && stop < colon)) {
    return true;  // relative: a page, a file or a fragment of this site
  }
  std::string scheme = url.substr(0, colon);
  if (scheme == "https" || scheme == "http" || scheme == "mailto" || scheme == "tel") return true;
  if (image) {
    for (const char* type :
         {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"}) {
      if (url.starts_with(type)) return true;
    }
  }
  return false;
}

std::vector<HtmlProblem> CheckRawHtml(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_BODY;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  options.tab_stop = 1;  // columns count characters, as editors show them
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  std::vector<HtmlProblem> problems;
  Check(output->document, "html", problems);
  gumbo_destroy_output(&options, output);
  return problems;
}

}  // namespace kunskap
