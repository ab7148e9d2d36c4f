// The input of `kunskap index`: a JSON array of documents, {"ref": ..., "<field>": ...},
// read as JavaScript reads it. A field value becomes what lunr's tokenizer receives: a string
// as it is, a number or boolean as its JavaScript text, an array one string per element
// (`String(element)`, null as ""), an object "[object Object]", null nothing.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "search/lunr_builder.h"

namespace kunskap {

/// Reads the documents in `text` (diagnostics name it "<stdin>"), calling `on_document` for
/// each in order as soon as it is complete (no tree of the whole input is built). Without
/// `fields_given`, `fields` becomes the first document's keys but "ref", in its order,
/// before the first call. Returns false when the input has errors, all in `diagnostics`;
/// `on_document` is not called after the first error.
bool ReadIndexDocuments(std::string_view text, std::vector<LunrField>& fields, bool fields_given,
                        const std::function<void(const LunrDocument&)>& on_document,
                        Diagnostics& diagnostics);

}  // namespace kunskap
