// `kunskap index`: builds a Lunr index from a JSON array of documents on stdin and writes
// it to stdout, byte for byte what lunr.js 2.3.9 (with lunr-languages 1.22.0) writes for
//
//   lunr(function () {
//     this.use(lunr.sv); this.ref('ref'); this.field('title', {boost: 10}); this.field('body')
//     documents.forEach(function (d) { this.add(d) }, this)
//   })
//
// Field values are read as JavaScript reads them: a string is tokenised, an array gives one
// token per element, a number or boolean is its JavaScript text, null is empty.
#pragma once

#include <iosfwd>

#include "cli/command_line.h"

namespace kunskap {

/// Returns the exit code: 0 written, 1 the input has errors (printed as
/// `<stdin>:line:col: error: ...`), 2 wrong usage.
int RunIndexCommand(const CommandLine& line, std::istream& in, std::ostream& out,
                    std::ostream& err);

}  // namespace kunskap
