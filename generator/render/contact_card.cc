#include "render/contact_card.h"

#include <ctemplate/template.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <cctype>
#include <regex>

#include "content/relative_url.h"
#include "render/vcard.h"

namespace kunskap {

std::string TelHref(const std::string& phone) {
  std::string digits;
  for (char c : phone) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
  }
  return "tel:" + digits;
}

std::string MailtoHref(const std::string& email) {
  return "mailto:" + PercentEncode(email, "@+");
}

std::string FormatOpeningHours(const std::string& hours, const I18nStrings& strings) {
  static const std::regex pattern(
      R"(^(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))? (\d\d:\d\d)-(\d\d:\d\d)$)");
  std::smatch match;
  if (!std::regex_match(hours, match, pattern)) return "";
  if (match[1] == "mon" && match[2] == "sun" && match[3] == "00:00" && match[4] == "24:00") {
    return strings.Get("open_all_hours");
  }
  std::string days = strings.Get("day_" + match[1].str());
  if (match[2].matched) days += "–" + strings.Get("day_" + match[2].str());
  return days + " " + match[3].str() + "–" + match[4].str();
}

namespace {

std::string LanguageName(const std::string& code, const std::string& in_language) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale(in_language.c_str()), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

}  // namespace

std::string RenderContactCard(const Site& site, const Theme& theme, const SitePage& route,
                              const std::string& from_url, int heading_level, int number) {
  const Page& page = route.page;
  const FrontMatter& meta = page.meta;
  const I18nStrings& strings = theme.strings.at(page.language);
  ctemplate::TemplateDictionary dict("card");
  AddThemeStrings(dict, strings);
  dict.SetValue("ROUTE_ID", ContactRouteId(page));
  dict.SetValue("CARD_ID", "route-" + ContactRouteId(page) + "-" + std::to_string(number));
  dict.ShowSection(heading_level <= 2 ? "H2" : heading_level == 3 ? "H3" : "H4");
  dict.SetValue("TITLE", meta.title);
  dict.SetValue("SITUATION", meta.situation);
  dict.SetValue("SUMMARY", meta.summary);
  dict.SetValue("URGENCY", meta.urgency.empty() ? "normal" : meta.urgency);
  dict.SetValue("URGENCY_LABEL",
                strings.Get("urgency_" + (meta.urgency.empty() ? "normal" : meta.urgency)));
  dict.SetValue("PAGE_URL", RelativeUrl(from_url, page.url));
  dict.SetValue("VCARD_URL", RelativeUrl(from_url, "/" + VCardPath(page)));
  dict.SetValue("VCARD_NAME", ContactRouteId(page) + ".vcf");
  // Audiences as ids (for the script's filters) and as numbered classes "for-1" (for the
  // stylesheet's filters, which work without JavaScript and cannot know the ids).
  std::string audiences, classes;
  for (const auto& id : page.audiences) {
    audiences += (audiences.empty() ? "" : " ") + id;
    for (size_t i = 0; i < site.config.audiences.size(); ++i) {
      if (site.config.audiences[i].id == id) classes += " for-" + std::to_string(i + 1);
    }
  }
  dict.SetValue("AUDIENCES", audiences);
  dict.SetValue("AUDIENCE_CLASSES", classes);
  std::string hours_spec;
  for (const auto& entry : meta.hours) hours_spec += (hours_spec.empty() ? "" : ";") + entry;
  dict.SetValue("HOURS_SPEC", hours_spec);
  if (!meta.phone.empty()) {
    auto* phone = dict.AddSectionDictionary("PHONE");
    phone->SetValue("PHONE", meta.phone);
    phone->SetValue("TEL_HREF", TelHref(meta.phone));
  }
  if (!meta.email.empty()) {
    auto* email = dict.AddSectionDictionary("EMAIL");
    email->SetValue("EMAIL", meta.email);
    email->SetValue("MAILTO", MailtoHref(meta.email));
  }
  if (!meta.url.empty()) dict.SetValueAndShowSection("WEBSITE", meta.url, "HAS_WEBSITE");
  if (!meta.address.empty()) dict.SetValueAndShowSection("ADDRESS", meta.address, "HAS_ADDRESS");
  if (!meta.hours.empty() || !meta.hours_note.empty()) {
    auto* hours = dict.AddSectionDictionary("HOURS");
    for (const auto& entry : meta.hours) {
      std::string text = FormatOpeningHours(entry, strings);
      hours->AddSectionDictionary("HOURS_ENTRY")->SetValue("TEXT", text.empty() ? entry : text);
    }
    if (!meta.hours_note.empty())
      hours->SetValueAndShowSection("NOTE", meta.hours_note, "HOURS_NOTE");
  }
  if (!meta.languages.empty()) {
    std::string names;
    for (const auto& code : meta.languages) {
      if (!names.empty()) names += ", ";
      names += LanguageName(code, page.language);
    }
    dict.SetValueAndShowSection("LANGUAGES", names, "HAS_LANGUAGES");
  }
  return theme.templates->Expand("contact_card.tpl", dict);
}

}  // namespace kunskap
