// UTF-8 facts the stages need: validity (with the place of the first bad byte), and the
// column a person sees, so diagnostics point at characters rather than bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kunskap {

/// Byte offset of the first invalid UTF-8 sequence, or std::string_view::npos when valid.
size_t FindInvalidUtf8(std::string_view text);

/// 1-based line and character column of a byte offset in text.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn LineColumnAt(std::string_view text, size_t byte_offset);

/// Removes a leading UTF-8 byte order mark and turns CRLF and lone CR into LF.
std::string NormalizeNewlines(std::string_view text);

/// Appends the UTF-8 encoding of a code point.
void AppendUtf8(std::string& out, char32_t code_point);

}  // namespace kunskap
