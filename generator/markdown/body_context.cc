#include "markdown/body_context.h"

#include "core/parallel.h"
#include "markdown/body_renderer.h"

namespace kunskap {

std::string ContactRouteId(const Page& page) {
  std::string name = page.rel_path.substr(page.rel_path.rfind('/') + 1);
  return name.substr(0, name.size() - 3);
}

namespace {

void BuildGlossaries(const ContentSet& content, const std::map<std::string, WordStemmer>& stemmers,
                     BodyContext& context, Diagnostics& diagnostics) {
  std::map<std::string, std::shared_ptr<TermMatcher>> matchers;
  for (const auto& page : content.pages) {
    if (page.kind != SectionKind::kDefinitions || page.type != PageType::kRegular) continue;
    Glossary& glossary = context.glossaries[page.language];
    auto& matcher = matchers[page.language];
    if (!matcher) {
      auto stemmer = stemmers.find(page.language);
      matcher = std::make_shared<TermMatcher>(stemmer == stemmers.end() ? WordStemmer{}
                                                                        : stemmer->second);
      glossary.matcher = matcher;
    }
    size_t index = glossary.definitions.size();
    glossary.by_source_path.emplace(page.source_path, index);
    glossary.definitions.push_back(
        {page.source_path, page.url, page.meta.title, page.meta.summary});
    std::vector<std::string> terms = {page.meta.title};
    terms.insert(terms.end(), page.meta.aliases.begin(), page.meta.aliases.end());
    for (const auto& term : terms) {
      if (auto other = matcher->Add(term, index)) {
        diagnostics.Warning(page.meta.Has("aliases") && term != page.meta.title
                                ? page.meta.Where("aliases")
                                : page.meta.Where("title"),
                            "the term '" + term + "' is also defined by " +
                                glossary.definitions[*other].source_path,
                            "a term links to one definition; remove it from one of them");
      }
    }
  }
}

}  // namespace

BodyContext BuildBodyContext(const ContentSet& content, bool allow_raw_html,
                             const std::map<std::string, WordStemmer>& stemmers,
                             Diagnostics& diagnostics) {
  std::vector<std::vector<Heading>> headings(content.pages.size());
  ParallelFor(content.pages.size(),
              [&](size_t i) { headings[i] = PageHeadings(content.pages[i], allow_raw_html); });
  return BuildBodyContext(content, headings, allow_raw_html, stemmers, diagnostics);
}

BodyContext BuildBodyContext(const ContentSet& content,
                             const std::vector<std::vector<Heading>>& headings,
                             bool allow_raw_html,
                             const std::map<std::string, WordStemmer>& stemmers,
                             Diagnostics& diagnostics) {
  BodyContext context;
  context.allow_raw_html = allow_raw_html;
  for (size_t i = 0; i < content.pages.size(); ++i) {
    const Page& page = content.pages[i];
    LinkTarget target;
    target.url = page.url;
    for (const auto& heading : headings[i]) target.anchors.insert(heading.id);
    context.targets[page.source_path] = std::move(target);
    if (page.kind == SectionKind::kContacts && page.type == PageType::kRegular) {
      context.contact_ids.insert({page.language, ContactRouteId(page)});
    }
  }
  BuildGlossaries(content, stemmers, context, diagnostics);
  for (const auto& asset : content.assets) {
    context.targets[asset.source_path] = {"/" + asset.output_path, {}, true};
  }
  return context;
}

}  // namespace kunskap
