#include "render/bidi_isolation.h"

#include <cstring>

namespace kunskap {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

/// The length of a separator inside a digit group at `at`: a space, a hyphen, or a no-break
/// space (as a character or the entity); 0 when there is none.
size_t SeparatorAt(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == ' ' || text[at] == '-') return 1;
  if (text.substr(at, 2) == "\xC2\xA0") return 2;
  if (text.substr(at, 6) == "&nbsp;") return 6;
  if (text.substr(at, 6) == "&#160;") return 6;
  return 0;
}

/// Wraps the digit groups of one run of text (between tags). A group is digits, then at least
/// one separator followed by more digits; a time (08:00), a decimal or a part of a longer
/// token (a path, a version) is not one.
std::string IsolateText(std::string_view text, const char* open, const char* close) {
  std::string out;
  size_t i = 0, copied = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    if (start > 0 && text[start - 1] == '+') --start;
    char before = start > 0 ? text[start - 1] : ' ';
    size_t end = i;
    while (end < text.size() && IsDigit(text[end])) ++end;
    size_t groups = 1;
    while (true) {
      size_t separator = SeparatorAt(text, end);
      if (!separator || end + separator >= text.size() || !IsDigit(text[end + separator])) break;
      end += separator;
      while (end < text.size() && IsDigit(text[end])) ++end;
      ++groups;
    }
    char after = end < text.size() ? text[end] : ' ';
    char after_next = end + 1 < text.size() ? text[end + 1] : ' ';
    bool inside_token = std::strchr(".,:/_", before) != nullptr ||
                        (std::strchr(".,:/", after) != nullptr && IsDigit(after_next)) ||
                        after == ':';
    if (groups > 1 && !inside_token) {
      out.append(text.substr(copied, start - copied));
      out += open;
      out.append(text.substr(start, end - start));
      out += close;
      copied = end;
    }
    i = end;
  }
  out.append(text.substr(copied));
  return out;
}

/// "<script ..." at `at` (case-insensitive), followed by a space or '>'.
bool OpensElement(std::string_view html, size_t at, std::string_view name) {
  if (html.size() < at + 1 + name.size() + 1 || html[at] != '<') return false;
  for (size_t k = 0; k < name.size(); ++k) {
    char c = html[at + 1 + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != name[k]) return false;
  }
  char next = html[at + 1 + name.size()];
  return next == '>' || next == ' ' || next == '\n' || next == '\t' || next == '/';
}

}  // namespace

std::string IsolateDigitGroups(std::string_view html) {
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  size_t i = 0;
  // Text straight inside an element that sets its own direction (a phone link with
  // dir="ltr") is isolated already.
  bool directed = false;
  while (i < html.size()) {
    if (html[i] == '<') {
      // Raw-text elements: copied whole; <title> gets isolation marks instead of markup.
      for (const char* raw : {"script", "style", "textarea", "title"}) {
        if (!OpensElement(html, i, raw)) continue;
        size_t content = html.find('>', i);
        if (content == std::string_view::npos) break;
        ++content;
        std::string closing = std::string("</") + raw;
        size_t end = html.find(closing, content);
        if (end == std::string_view::npos) end = html.size();
        out.append(html.substr(i, content - i));
        if (std::strcmp(raw, "title") == 0) {
          out += IsolateText(html.substr(content, end - content), "\xE2\x81\xA6", "\xE2\x81\xA9");
        } else {
          out.append(html.substr(content, end - content));
        }
        i = end;
        break;
      }
      if (i < html.size() && html[i] == '<') {
        // A tag (or comment): copied up to its '>' (attribute values hold no raw '>').
        size_t end = html.substr(i, 4) == "<!--" ? html.find("-->", i) : html.find('>', i);
        end = end == std::string_view::npos ? html.size() : end + (html[end] == '-' ? 3 : 1);
        std::string_view tag = html.substr(i, end - i);
        directed = tag.size() > 1 && tag[1] != '/' && tag[1] != '!' &&
                   tag.find(" dir=\"") != std::string_view::npos;
        out.append(tag);
        i = end;
      }
      continue;
    }
    size_t end = html.find('<', i);
    if (end == std::string_view::npos) end = html.size();
    if (directed) {
      out.append(html.substr(i, end - i));
    } else {
      out += IsolateText(html.substr(i, end - i), "<bdi dir=\"ltr\">", "</bdi>");
    }
    i = end;
  }
  return out;
}

}  // namespace kunskap
