#!/usr/bin/env node
// Parity test: `kunskap index` must write exactly what lunr.js writes, byte for byte.
// Builds the same documents both ways and compares; on a difference prints where, with the
// text around it, and exits 1.
//
//   node tests/search/index_parity.js --kunskap build/kunskap --lang sv \
//       [--fields title^10,body] [--positions] (--docs FILE | --content DIR | --corpus N DIR)
//
// --content DIR indexes a content folder (see content_docs.js); --corpus N DIR makes N
// documents from the sentences of DIR's Markdown, to compare large indexes and timings.
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const {buildIndex} = require('./lunr_reference');
const {contentDocuments, markdownFiles} = require('./content_docs');

/// A small deterministic generator (mulberry32), so a corpus is the same on every run.
function random(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(count, dir) {
  const text = markdownFiles(dir).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0);
  const next = random(count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const documents = [];
  for (let i = 0; i < count; i++) {
    const words = pick(sentences).split(/\s+/);
    const body = [];
    const length = 5 + Math.floor(next() * 60);
    for (let j = 0; j < length; j++) body.push(pick(sentences));
    documents.push({
      ref: String(i),
      title: words.slice(0, 2 + Math.floor(next() * 6)).join(' '),
      tags: [pick(words), pick(words)],
      body: body.join(' '),
    });
  }
  return documents;
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--kunskap') options.kunskap = argv[++i];
    else if (arg === '--lang') options.lang = argv[++i];
    else if (arg === '--fields') options.fields = argv[++i];
    else if (arg === '--positions') options.positions = true;
    else if (arg === '--docs') options.docs = argv[++i];
    else if (arg === '--content') options.content = argv[++i];
    else if (arg === '--corpus') options.corpus = [Number(argv[++i]), argv[++i]];
    else throw new Error('unknown argument ' + arg);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
let documents;
let input;
if (options.docs) {
  input = fs.readFileSync(options.docs, 'utf8');
  documents = JSON.parse(input);
} else {
  documents = options.content ? contentDocuments(options.content) : corpus(...options.corpus);
  input = JSON.stringify(documents);
}

let start = process.hrtime.bigint();
const expected = JSON.stringify(buildIndex(documents, options));
const lunrMs = Number(process.hrtime.bigint() - start) / 1e6;

const args = ['index', '--lang', options.lang];
if (options.fields) args.push('--fields', options.fields);
if (options.positions) args.push('--positions');
start = process.hrtime.bigint();
const run = childProcess.spawnSync(options.kunskap, args, {input, maxBuffer: 1 << 30});
const kunskapMs = Number(process.hrtime.bigint() - start) / 1e6;
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  console.error(`kunskap index exited with ${run.status}`);
  process.exit(1);
}
const actual = run.stdout.toString('utf8');

const summary = `${documents.length} documents, ${expected.length} characters; ` +
    `lunr.js ${lunrMs.toFixed(0)} ms, kunskap index ${kunskapMs.toFixed(0)} ms`;
if (actual === expected) {
  console.log(`identical: ${summary}`);
  process.exit(0);
}
let at = 0;
while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
console.error(`DIFFERENT at character ${at}: ${summary}`);
console.error(`lunr.js: ...${expected.slice(Math.max(0, at - 150), at + 150)}...`);
console.error(`kunskap: ...${actual.slice(Math.max(0, at - 150), at + 150)}...`);
process.exit(1);
