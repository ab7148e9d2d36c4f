#include "render/vcard.h"

#include "markdown/body_context.h"

namespace kunskap {
namespace {

std::string Escape(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == ',' || c == ';') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

/// Folds a content line: after 75 octets, CRLF and a space, never inside a UTF-8 character.
std::string Fold(const std::string& line) {
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    bool starts_character = (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    if (count >= 75 && starts_character) {
      out += "\r\n ";
      count = 1;
    }
    out += line[i];
    ++count;
  }
  return out + "\r\n";
}

}  // namespace

std::string VCardPath(const Page& route) {
  return route.url.substr(1) + ContactRouteId(route) + ".vcf";
}

std::string ContactVCard(const Page& route) {
  const FrontMatter& meta = route.meta;
  std::string card = "BEGIN:VCARD\r\nVERSION:3.0\r\n";
  card += Fold("FN:" + Escape(meta.title));
  card += Fold("ORG:" + Escape(meta.title));
  if (!meta.phone.empty()) card += Fold("TEL;TYPE=VOICE:" + Escape(meta.phone));
  if (!meta.email.empty()) card += Fold("EMAIL;TYPE=INTERNET:" + Escape(meta.email));
  if (!meta.url.empty()) card += Fold("URL:" + Escape(meta.url));
  if (!meta.address.empty()) card += Fold("ADR;TYPE=WORK:;;" + Escape(meta.address) + ";;;;");
  std::string note = meta.situation;
  for (const auto& hours : meta.hours) note += (note.empty() ? "" : "\n") + hours;
  if (!meta.hours_note.empty()) note += (note.empty() ? "" : "\n") + meta.hours_note;
  if (!note.empty()) card += Fold("NOTE:" + Escape(note));
  return card + "END:VCARD\r\n";
}

}  // namespace kunskap
