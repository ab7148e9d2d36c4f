#!/usr/bin/env node
// The index the build wrote for a language equals, byte for byte, what lunr.js builds from
// the same documents with the same fields and boosts.
//   node build_index_parity.js DOCUMENTS.json LANG BUILT_INDEX.json
'use strict';
const fs = require('fs');
const {buildIndex} = require('./lunr_reference');

const [documentsFile, lang, indexFile] = process.argv.slice(2);
const documents = JSON.parse(fs.readFileSync(documentsFile, 'utf8'));
// The same fields and boosts as kSearchFields in generator/search/search_documents.h.
const fields = 'title^10,aliases^8,tags^5,summary^3,body,parts^0.5';
const expected = JSON.stringify(buildIndex(documents, {lang, fields}));
const actual = fs.readFileSync(indexFile, 'utf8');
if (expected === actual) {
  console.log(`${lang}: the built index (${actual.length} bytes, ${documents.length} documents) equals lunr.js's`);
  console.log('1 passed, 0 failed');
  process.exit(0);
}
let at = 0;
while (at < expected.length && expected[at] === actual[at]) at++;
console.log(`${lang}: differs at byte ${at}`);
console.log('lunr.js: ' + expected.slice(Math.max(0, at - 80), at + 80));
console.log('kunskap: ' + actual.slice(Math.max(0, at - 80), at + 80));
console.log('0 passed, 1 failed');
process.exit(1);
