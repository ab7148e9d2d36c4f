// The pieces of `JSON.stringify` a Lunr index is made of, written exactly as JavaScript writes
// them: strings (UTF-16 in, only `"`, `\` and control characters escaped), numbers (the
// shortest form that reads back, as `Number.prototype.toString`), and the order JavaScript
// gives an object's keys.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kunskap {

/// Appends a quoted JSON string. Valid surrogate pairs are written as UTF-8; a lone
/// surrogate as `\udxxx`, as JSON.stringify does.
void AppendJsonString(std::string& out, std::u16string_view text);

/// Appends a number as JSON.stringify writes it: `2`, `0.125`, `1e+21`, `1e-7`; `null`
/// when not finite.
void AppendJsonNumber(std::string& out, double value);

/// JavaScript's `String(number)`.
std::string JsNumberToString(double value);

/// The value of an array-index key ("0", "17"; not "01", "-1" or 2^32 - 1 and above).
/// JavaScript lists such keys of an object first, in numeric order, then the others in the
/// order they were added.
std::optional<uint32_t> ArrayIndexKey(std::string_view key);

}  // namespace kunskap
