// An Atom feed (RFC 4287) per language of its updates section: /<lang>/<updates>/feed.xml.
#pragma once

#include <optional>
#include <string>

#include "site/site_model.h"

namespace kunskap {

/// The feed's path in the output, or nullopt when the language has no updates section or
/// the site has no base_url (Atom needs absolute addresses).
std::optional<std::string> FeedPath(const Site& site, const LanguageSite& language);

std::string AtomFeed(const Site& site, const LanguageSite& language);

}  // namespace kunskap
