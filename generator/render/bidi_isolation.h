// Direction isolation for right-to-left pages. In Arabic running text a phone number written
// with spaces ("114 14", "020-50 50 50") is two or more runs of digits with neutral characters
// between them, and the Unicode bidirectional algorithm lays them out right to left: "114 14"
// reads "14 114". Every such digit group in a rendered RTL page is wrapped in
// <bdi dir="ltr">, in body text and in titles, navigation and cards alike, so authors need not
// remember; in <title>, which holds no markup, it is put between U+2066 and U+2069 (LRI, PDI).
#pragma once

#include <string>
#include <string_view>

namespace kunskap {

/// A whole HTML page as the theme renders it (well-formed, text escaped). Text inside
/// <script>, <style> and attribute values is left as it is.
std::string IsolateDigitGroups(std::string_view html);

}  // namespace kunskap
