#include <catch2/catch.hpp>

#include "memory_site.h"
#include "render/contact_card.h"

using namespace kunskap;
using testing::PageText;

TEST_CASE("email addresses become percent-encoded mailto: links") {
  CHECK(MailtoHref("social@kommun.example") == "mailto:social@kommun.example");
  CHECK(MailtoHref("a\"b<c>@x.se") == "mailto:a%22b%3Cc%3E@x.se");
}

TEST_CASE("phone numbers become tel: links of digits") {
  CHECK(TelHref("020-50 50 50") == "tel:020505050");
  CHECK(TelHref("+46 8 123") == "tel:+468123");
  CHECK(TelHref("112") == "tel:112");
}

TEST_CASE("opening hours are shown in the reader's language") {
  I18nStrings sv;
  sv.strings = {{"day_mon", "måndag"},
                {"day_fri", "fredag"},
                {"day_sat", "lördag"},
                {"day_sun", "söndag"},
                {"hours_every_day", "alla dagar"},
                {"hours_all_day", "dygnet runt"},
                {"hours_overnight", "{from} till {to} dagen efter"},
                {"list_separator", ", "}};
  CHECK(FormatHoursRule({0, 4, {{480, 990}}}, sv) == "måndag–fredag 08:00–16:30");
  CHECK(FormatHoursRule({0, 4, {{480, 720}, {780, 990}}}, sv) ==
        "måndag–fredag 08:00–12:00, 13:00–16:30");
  CHECK(FormatHoursRule({5, 6, {{0, 1440}}}, sv) == "lördag–söndag dygnet runt");
  CHECK(FormatHoursRule({0, 6, {{600, 840}}}, sv) == "alla dagar 10:00–14:00");
  CHECK(FormatHoursRule({4, 4, {{990, 1920}}}, sv) == "fredag 16:30 till 08:00 dagen efter");
  CHECK(FormatHoursRule({6, 0, {{1320, 1560}}}, sv) ==
        "söndag–måndag 22:00 till 02:00 dagen efter");
}

TEST_CASE("exception dates are written as a reader of the language writes a date") {
  CHECK(FormatCivilDate("2026-12-24", "sv") == "torsdag 24 december 2026");
  CHECK_THAT(FormatCivilDate("2026-12-24", "en"), Catch::Contains("December 24, 2026"));
  // Latin digits in Arabic too, as times and phone numbers are written on the site.
  std::string ar = FormatCivilDate("2026-12-31", "ar");
  CHECK_THAT(ar, Catch::Contains("31"));
  CHECK_THAT(ar, Catch::Contains("2026"));
  CHECK_THAT(ar, Catch::Contains("ديسمبر"));
}

TEST_CASE(
    "a contact block renders cards with tel: and mailto: links and emergency first on the contacts "
    "page") {
  testing::MemorySite site;
  site.Write("content/sv/kontakt/_index.md", PageText("title: Kontaktvägar\nkind: contacts"));
  site.Write(
      "content/sv/kontakt/socialtjansten.md",
      PageText("title: Socialtjänsten\nsituation: Du oroar dig för ett barn\nphone: 013-20 60 00\n"
               "email: social@kommun.example\nhours: [\"mon-fri 08:00-16:30\"]\nurgency: "
               "urgent\nlanguages: [sv, ar]"));
  site.Write(
      "content/sv/kontakt/nodnummer-112.md",
      PageText("title: 112\nsituation: Du är i fara nu\nphone: \"112\"\nurgency: emergency"));
  site.Write(
      "content/sv/artikel.md",
      PageText("title: Artikel", "## Vart vänder jag mig?\n\n```contact\nsocialtjansten\n```\n"));
  auto result = site.Build();
  REQUIRE(result.output);
  const std::string& article = result.output->files.at("sv/artikel/index.html");
  CHECK_THAT(article, Catch::Contains("href=\"tel:013206000\""));
  CHECK_THAT(article, Catch::Contains("href=\"mailto:social@kommun.example\""));
  CHECK_THAT(article, Catch::Contains("måndag–fredag 08:00–16:30"));
  CHECK_THAT(article, Catch::Contains("svenska, arabiska"));
  CHECK_THAT(article, Catch::Contains("href=\"../kontakt/socialtjansten/index.html\""));
  const std::string& contacts = result.output->files.at("sv/kontakt/index.html");
  CHECK(contacts.find("contact-card--emergency") < contacts.find("contact-card--urgent"));
}
