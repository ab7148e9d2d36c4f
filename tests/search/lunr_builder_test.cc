#include <catch2/catch.hpp>

#include <cmath>

#include "search/lunr_builder.h"

using namespace kunskap;

namespace {

LunrValue Text(std::string text) {
  return {std::move(text), {}, false};
}
LunrValue List(std::vector<std::string> items) {
  return {"", std::move(items), true};
}

/// lunr's BM25 for one term, as lunr.Builder computes it, rounded to three decimals.
double Bm25(double documents, double with_term, double tf, double length, double average) {
  double idf = std::log(1 + std::fabs((documents - with_term + 0.5) / (with_term + 0.5)));
  double score = idf * ((1.2 + 1) * tf) / (1.2 * (1 - 0.75 + 0.75 * (length / average)) + tf);
  return std::round(score * 1000) / 1000;
}

}  // namespace

TEST_CASE("a tiny corpus scores and serialises as lunr.js writes it") {
  LunrBuilder builder("en", {{"title"}, {"body"}});
  builder.Add({"a", {{"title", Text("Cat dog")}, {"body", Text("cat cat fish")}}});
  builder.Add({"b", {{"title", Text("Dog")}, {"body", Text("bird")}}});
  // JSON.stringify(lunr(...)) of the same documents, written by lunr.js 2.3.9.
  CHECK(
      builder.Serialize() ==
      R"({"version":"2.3.9","fields":["title","body"],"fieldVectors":[["title/a",[0,0.16,1,0.16]],)"
      R"(["body/a",[0,0.22,2,0.575]],["title/b",[1,0.211]],["body/b",[3,0.871]]],"invertedIndex":[)"
      R"(["bird",{"_index":3,"title":{},"body":{"b":{}}}],["cat",{"_index":0,"title":{"a":{}},)"
      R"("body":{"a":{}}}],["dog",{"_index":1,"title":{"a":{},"b":{}},"body":{}}],["fish",)"
      R"({"_index":2,"title":{},"body":{"a":{}}}]],"pipeline":["stemmer"]})");
  // The same scores from the formula: "cat" is in a's title and body (n = 2 of N = 2),
  // a's title has 2 terms and the average title 1.5; "cat" occurs twice in a's body of 3.
  CHECK(Bm25(2, 2, 1, 2, 1.5) == Approx(0.16));
  CHECK(Bm25(2, 2, 2, 3, 2) == Approx(0.22));
  CHECK(Bm25(2, 1, 1, 1, 2) == Approx(0.871));
}

TEST_CASE("field and document boosts multiply the scores") {
  auto score_of = [](double field_boost, double document_boost) {
    LunrBuilder builder("en", {{"body", field_boost}});
    builder.Add({"a", {{"body", Text("violence")}}, document_boost});
    builder.Add({"b", {{"body", Text("support")}}});
    std::string json = builder.Serialize();
    const std::string vector = "[\"body/a\",[0,";
    size_t at = json.find(vector) + vector.size();
    return std::stod(json.substr(at, json.find(']', at) - at));
  };
  double plain = score_of(1, 1);
  CHECK(plain > 0);
  CHECK(score_of(10, 1) == Approx(plain * 10).margin(0.01));
  CHECK(score_of(1, 2) == Approx(plain * 2).margin(0.01));
  CHECK(score_of(0, 0) == plain);  // `boost || 1`
  CHECK(score_of(-2, 1) == Approx(-plain * 2).margin(0.01));
}

TEST_CASE("array-index refs and field names come first, in numeric order") {
  LunrBuilder builder("", {{"body"}, {"10"}, {"2"}});
  for (const char* ref : {"b", "10", "9", "a", "01"}) {
    builder.Add({ref, {{"body", Text("word")}, {"10", Text("x")}, {"2", Text("y")}}});
  }
  std::string json = builder.Serialize();
  CHECK(json.find(R"("fields":["2","10","body"])") != std::string::npos);
  CHECK(json.find(R"({"2":{},"10":{},"_index":)") != std::string::npos);
  CHECK(json.find(R"("body":{"9":{},"10":{},"b":{},"a":{},"01":{}})") != std::string::npos);
  // fieldVectors keep the order documents were added in ("field/ref" is never an index).
  CHECK(json.find(R"("fieldVectors":[["2/b")") != std::string::npos);
}

TEST_CASE("a list value gives one token per element, lower-cased, not split") {
  LunrBuilder builder("", {{"tags"}});
  builder.Add({"a", {{"tags", List({"Nära Relation", "Åsa"})}}});
  std::string json = builder.Serialize();
  CHECK(json.find(R"(["nära relation",)") != std::string::npos);
  CHECK(json.find(R"(["sa",)") != std::string::npos);  // lunr's trimmer knows only ASCII
}

TEST_CASE("positions are stored only when asked for") {
  LunrBuilder plain("sv", {{"body"}});
  plain.Add({"a", {{"body", Text("Våld och våld")}}});
  CHECK(plain.Serialize().find("position") == std::string::npos);

  LunrBuilder with_positions("sv", {{"body"}, {"tags"}});
  with_positions.StorePositions();
  with_positions.Add({"a", {{"body", Text("Våld och våld")}, {"tags", List({"våld"})}}});
  std::string json = with_positions.Serialize();
  CHECK(json.find(R"("body":{"a":{"position":[[0,4],[9,4]]}},"tags":{"a":{"position":[null]}})") !=
        std::string::npos);
}

TEST_CASE("adding a ref again replaces its scores and keeps its postings") {
  LunrBuilder builder("en", {{"body"}});
  builder.Add({"a", {{"body", Text("first")}}});
  builder.Add({"b", {{"body", Text("support")}}});
  builder.Add({"a", {{"body", Text("second")}}});
  std::string json = builder.Serialize();
  CHECK(json.find(R"(["first",{"_index":0,"body":{"a":{}}}])") != std::string::npos);
  CHECK(json.find(R"(["body/a",[2,)") != std::string::npos);  // only "second" is scored
  CHECK(json.find(R"(["body/b")") > json.find(R"(["body/a")"));
}

TEST_CASE("an empty index") {
  CHECK(LunrBuilder("ar", {{"title"}}).Serialize() ==
        R"({"version":"2.3.9","fields":["title"],"fieldVectors":[],"invertedIndex":[],)"
        R"("pipeline":["stemmer-ar"]})");
}

TEST_CASE("StemForSearch runs the browser's search pipeline on a query word") {
  CHECK(StemForSearch("sv", "Flickorna") == "flick");
  CHECK(StemForSearch("sv", "«våldet»") == "våldet");
  CHECK(StemForSearch("en", "Relational") == "relat");
  CHECK(StemForSearch("en", "(över)") == "(över)");  // no trimmer in English search
  CHECK(StemForSearch("ar", "والعنف") == "عنف");
  CHECK(StemForSearch("fi", "Kissa!") == "kissa");
}
