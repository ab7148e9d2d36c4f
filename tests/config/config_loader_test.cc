#include <catch2/catch.hpp>

#include "config/config_loader.h"
#include "memory_site.h"

using namespace kunskap;

TEST_CASE("a valid config is read into plain data") {
  Diagnostics diagnostics;
  auto config = ParseSiteConfig(testing::kTestConfig, "site-config.toml", diagnostics);
  REQUIRE(config);
  CHECK_FALSE(diagnostics.HasErrors());
  CHECK(config->default_language == "sv");
  REQUIRE(config->languages.size() == 3);
  CHECK(config->languages[2].direction == "rtl");
  CHECK(config->FindAudience("managers")->Label("sv") == "Chefer");
  CHECK(config->output_dir == "public");
  CHECK(config->required_languages == std::vector<std::string>{"sv"});
}

TEST_CASE("unknown keys are errors at their line and with a suggestion") {
  Diagnostics diagnostics;
  std::string text = "them = \"default\"\n" + std::string(testing::kTestConfig);
  ParseSiteConfig(text, "site-config.toml", diagnostics);
  auto all = diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].Format().find("site-config.toml:") == 0);
  CHECK(all[0].message == "unknown key 'them'");
  CHECK(all[0].hint == "did you mean 'theme'?");
  CHECK(all[0].location.line == 1);
}

TEST_CASE("wrong types and bad values are reported and all of them") {
  Diagnostics diagnostics;
  std::string text = R"(default_language = "se"
quick_exit_url = 5
allow_raw_html = "yes"
[[languages]]
code = "sv"
name = "Svenska"
direction = "left"
title = "T"
[[audiences]]
id = "staff"
label = { sv = "Medarbetare" }
)";
  ParseSiteConfig(text, "site-config.toml", diagnostics);
  std::string all;
  for (const auto& d : diagnostics.Sorted()) all += d.Format() + "\n";
  CHECK_THAT(all,
             Catch::Contains("site-config.toml:1:20: error: default_language 'se' is not one of "
                             "the languages; did you mean 'sv'?"));
  CHECK_THAT(all,
             Catch::Contains("site-config.toml:2:18: error: 'quick_exit_url' must be a string"));
  CHECK_THAT(
      all, Catch::Contains("site-config.toml:3:18: error: 'allow_raw_html' must be true or false"));
  CHECK_THAT(all, Catch::Contains("direction must be \"ltr\" or \"rtl\""));
}

TEST_CASE("a TOML syntax error gives its line") {
  Diagnostics diagnostics;
  CHECK_FALSE(ParseSiteConfig("title = \n", "site-config.toml", diagnostics));
  REQUIRE(diagnostics.ErrorCount() == 1);
  CHECK(diagnostics.All()[0].location.line == 1);
}
