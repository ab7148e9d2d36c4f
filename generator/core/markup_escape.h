// Escaping text for HTML and XML (content and attribute values alike).
#pragma once

#include <string>

namespace kunskap {

/// Replaces & < > " ' with character references.
std::string EscapeMarkup(const std::string& text);

}  // namespace kunskap
