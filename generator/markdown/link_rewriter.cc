#include "markdown/link_rewriter.h"

#include <cmark-gfm.h>
#include <algorithm>
#include <cctype>

#include "content/relative_url.h"
#include "core/suggestion.h"
#include "markdown/glossary_linker.h"
#include "markdown/language_spans.h"

namespace kunskap {
namespace {

bool HasScheme(const std::string& url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
  for (char c : url) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return false;
}

std::string ParentDir(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

/// The addresses cmark-gfm's safe mode leaves out of a link or image (its _scan_dangerous_url):
/// they could run script or open local files.
bool IsUnsafeAddress(const std::string& url) {
  std::string lower = url.substr(0, 16);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* image :
       {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"}) {
    if (lower.starts_with(image)) return false;
  }
  for (const char* scheme : {"javascript:", "vbscript:", "file:", "data:"}) {
    if (lower.starts_with(scheme)) return true;
  }
  return false;
}

/// Percent-decodes what editors typically encode in file links (spaces, å ä ö).
std::string PercentDecode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

class LinkChecker {
 public:
  LinkChecker(const Page& page, const BodyContext& context, const std::vector<Heading>& headings,
              Diagnostics& diagnostics, std::vector<std::string>* links_to)
      : page_(page),
        context_(context),
        headings_(headings),
        diagnostics_(diagnostics),
        links_to_(links_to) {}

  void Rewrite(cmark_node* node) {
    std::string url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
    if (url.starts_with(kTermScheme)) {
      diagnostics_.Error(NodeLocation(page_, node), "links may not use the reserved scheme '" +
                                                        std::string(kTermScheme) + "'");
      cmark_node_set_url(node, "");
      return;
    }
    if (url.empty()) {
      diagnostics_.Error(NodeLocation(page_, node), "link with an empty address",
                         "write the address between the parentheses: [text](address)");
      return;
    }
    if (url.starts_with("http://") || url.starts_with("https://")) {
      CheckWebAddress(node, url);
      return;
    }
    if (IsUnsafeAddress(url)) {
      std::string shown = url;
      if (shown.size() > 40) {  // cut at a character boundary
        size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
        shown = shown.substr(0, cut) + "…";
      }
      // Safe mode drops such an address; with raw HTML allowed cmark-gfm would keep it, so
      // there it is an error like any unsafe address in raw HTML.
      if (context_.allow_raw_html) {
        diagnostics_.Error(NodeLocation(page_, node),
                           "link to '" + shown + "' is not a safe address",
                           "use a web (https://), mailto: or tel: address");
      } else {
        diagnostics_.Warning(NodeLocation(page_, node),
                             "link to '" + shown + "' is left out of the page",
                             "use a web (https://), mailto: or tel: address");
      }
      cmark_node_set_url(node, "");
      return;
    }
    if (HasScheme(url) || url.starts_with("//")) return;  // mailto:, tel:, other schemes
    SourceLocation where = NodeLocation(page_, node);
    std::string fragment;
    auto hash = url.find('#');
    std::string path = url.substr(0, hash);
    if (hash != std::string::npos) fragment = url.substr(hash + 1);
    if (path.empty()) {  // "#anchor" on this page
      if (!HasHeading(headings_, fragment)) {
        diagnostics_.Error(where, "no heading with id '#" + fragment + "' on this page",
                           DidYouMean(fragment, Ids(headings_)));
      }
      return;
    }
    if (path.starts_with("/")) {
      diagnostics_.Error(where, "link '" + url + "' is absolute",
                         "link to the Markdown file relative to this one, e.g. "
                         "'../begrepp/eftervald.md'");
      return;
    }
    std::string decoded = PercentDecode(path);
    if (decoded.find('\0') != std::string::npos) {
      diagnostics_.Error(where, "link '" + url + "' holds an encoded NUL character (%00)",
                         "remove it");
      return;
    }
    std::string target_path = NormalizePath(ParentDir(page_.source_path) + "/" + decoded);
    if (target_path.empty() || !target_path.starts_with("content/")) {
      diagnostics_.Error(where, "link '" + url + "' points outside the content folder");
      return;
    }
    if (target_path.ends_with("/") || target_path.find('.') == std::string::npos) {
      // A folder: its section page.
      target_path += target_path.ends_with("/") ? "_index.md" : "/_index.md";
    }
    auto it = context_.targets.find(target_path);
    if (it == context_.targets.end()) {
      diagnostics_.Error(where, "link to '" + url + "': no such page or file",
                         Suggest(target_path));
      return;
    }
    const LinkTarget& target = it->second;
    if (!fragment.empty() && !target.is_asset && !target.anchors.count(fragment)) {
      std::vector<std::string> ids(target.anchors.begin(), target.anchors.end());
      diagnostics_.Error(where, "link to '" + url + "': no heading with id '#" + fragment + "'",
                         DidYouMean(fragment, ids));
      return;
    }
    std::string rewritten = RelativeUrl(page_.url, target.url);
    if (!fragment.empty()) rewritten += "#" + fragment;
    cmark_node_set_url(node, rewritten.c_str());
    if (!target.is_asset && links_to_) links_to_->push_back(target_path);
    // A page in another language: its title, the link's text, is in that language.
    std::string language = target_path.substr(8, target_path.find('/', 8) - 8);
    if (!target.is_asset && language != page_.language && IsLanguageCode(language)) {
      other_language_.emplace_back(node, language);
    }
  }

  /// Links to pages in another language, with that language; wrapped once the walk is done.
  std::vector<std::pair<cmark_node*, std::string>> other_language_;

 private:
  /// A web address that cannot work: no host, or spaces or other characters that are never
  /// part of one (cmark-gfm has already percent-encoded what a link may carry).
  void CheckWebAddress(cmark_node* node, const std::string& url) {
    std::string rest = url.substr(url.find("//") + 2);
    std::string host = rest.substr(0, rest.find_first_of("/?#"));
    bool bad_host = host.empty() || host.find_first_of(" \t<>\"{}|\\^`") != std::string::npos ||
                    host.find("%20") != std::string::npos || host.starts_with(".") ||
                    host.find("..") != std::string::npos;
    if (bad_host) {
      diagnostics_.Error(NodeLocation(page_, node), "web address '" + url + "' has no valid host",
                         "check the address after http:// or https://");
    }
  }

  static bool HasHeading(const std::vector<Heading>& headings, const std::string& id) {
    for (const auto& heading : headings)
      if (heading.id == id) return true;
    return false;
  }
  static std::vector<std::string> Ids(const std::vector<Heading>& headings) {
    std::vector<std::string> ids;
    for (const auto& heading : headings) ids.push_back(heading.id);
    return ids;
  }
  /// The closest existing file in the same folder, said as a relative link would say it.
  std::string Suggest(const std::string& missing) const {
    std::string dir = ParentDir(missing);
    std::vector<std::string> names;
    for (const auto& [path, _] : context_.targets) {
      if (ParentDir(path) == dir) names.push_back(path.substr(dir.size() + 1));
    }
    std::sort(names.begin(), names.end());
    return DidYouMean(missing.substr(dir.size() + 1), names);
  }

  const Page& page_;
  const BodyContext& context_;
  const std::vector<Heading>& headings_;
  Diagnostics& diagnostics_;
  std::vector<std::string>* links_to_;
};

}  // namespace

void RewriteLinks(MarkdownDocument& document, const Page& page, const BodyContext& context,
                  const std::vector<Heading>& own_headings, Diagnostics& diagnostics,
                  std::vector<std::string>* links_to) {
  LinkChecker checker(page, context, own_headings, diagnostics, links_to);
  cmark_iter* iter = cmark_iter_new(document.root());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) checker.Rewrite(node);
  }
  cmark_iter_free(iter);
  for (const auto& [node, language] : checker.other_language_) {
    if (cmark_node_get_type(node) == CMARK_NODE_LINK) WrapInLanguage(node, language);
  }
}

}  // namespace kunskap
