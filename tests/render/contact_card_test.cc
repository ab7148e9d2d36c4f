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
  sv.strings = {{"day_mon", "måndag"}, {"day_fri", "fredag"}, {"open_all_hours", "Dygnet runt"}};
  CHECK(FormatOpeningHours("mon-fri 08:00-16:30", sv) == "måndag–fredag 08:00–16:30");
  CHECK(FormatOpeningHours("mon-sun 00:00-24:00", sv) == "Dygnet runt");
  CHECK(FormatOpeningHours("weekdays", sv).empty());
}

TEST_CASE(
    "a contact block renders cards with tel: and mailto: links and emergency first on the contacts "
    "page") {
  testing::MemorySite site;
  site.Write("content/sv/kontakt/_index.md", PageText("title: Kontaktvägar\nkind: contacts"));
  site.Write(
      "content/sv/kontakt/socialtjansten.md",
      PageText("title: Socialtjänsten\nsituation: Du oroar dig för ett barn\nphone: 010-000 00 00\n"
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
  CHECK_THAT(article, Catch::Contains("href=\"tel:0100000000\""));
  CHECK_THAT(article, Catch::Contains("href=\"mailto:social@kommun.example\""));
  CHECK_THAT(article, Catch::Contains("måndag–fredag 08:00–16:30"));
  CHECK_THAT(article, Catch::Contains("svenska, arabiska"));
  CHECK_THAT(article, Catch::Contains("href=\"../kontakt/socialtjansten/index.html\""));
  const std::string& contacts = result.output->files.at("sv/kontakt/index.html");
  CHECK(contacts.find("contact-card--emergency") < contacts.find("contact-card--urgent"));
}
