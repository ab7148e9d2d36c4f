#include "markdown/body_context.h"

#include "core/parallel.h"
#include "markdown/body_renderer.h"

namespace kunskap {

std::string ContactRouteId(const Page& page) {
  std::string name = page.rel_path.substr(page.rel_path.rfind('/') + 1);
  return name.substr(0, name.size() - 3);
}

BodyContext BuildBodyContext(const ContentSet& content, bool allow_raw_html) {
  BodyContext context;
  context.allow_raw_html = allow_raw_html;
  std::vector<std::vector<Heading>> headings(content.pages.size());
  ParallelFor(content.pages.size(),
              [&](size_t i) { headings[i] = PageHeadings(content.pages[i], allow_raw_html); });
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
  for (const auto& asset : content.assets) {
    context.targets[asset.source_path] = {"/" + asset.output_path, {}, true};
  }
  return context;
}

}  // namespace kunskap
