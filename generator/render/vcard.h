// A contact route as a vCard 3.0 (.vcf) file, so a reader can save it to a phone's contacts.
#pragma once

#include <string>

#include "content/page.h"

namespace kunskap {

/// The vCard text: CRLF line endings, values escaped, lines folded at 75 octets (RFC 2426).
std::string ContactVCard(const Page& route);

/// Where the vCard of a route is written: beside its page ("sv/kontaktvagar/x/x.vcf").
std::string VCardPath(const Page& route);

}  // namespace kunskap
