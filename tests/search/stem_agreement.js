#!/usr/bin/env node
// Stemmer agreement: every word of the word lists goes through lunr.js's pipelines here and
// through kunskap's (the stem_words test program); the two must agree on every word. For each
// word both write: the word lower-cased, its stem, its term after the index pipeline (null
// when a stop word drops it), its term after the search pipeline.
//
//   node tests/search/stem_agreement.js --stem-words build/tests/stem_words --lang sv \
//       [--dict FILE[:latin1]] [--hunspell FILE] [--content DIR] [--stop-words] [--fuzz N]
//
// --dict reads a word list (one a line), --hunspell a .dic file (words before '/'),
// --content the tokens of every Markdown file under DIR as lunr's tokenizer splits them,
// --stop-words every stop word lunr and lunr-languages register, --fuzz N random tokens
// built to reach the corners of the stemmers (surrogate pairs, line breaks in list items,
// affixes of every language).
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const path = require('path');
const {lunr, pipelinesFor} = require('./lunr_reference');
const {markdownFiles} = require('./content_docs');

function parseArgs(argv) {
  const options = {dicts: [], hunspell: [], content: [], fuzz: 0, stopWords: false};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--stem-words') options.stemWords = argv[++i];
    else if (arg === '--lang') options.lang = argv[++i];
    else if (arg === '--dict') options.dicts.push(argv[++i]);
    else if (arg === '--hunspell') options.hunspell.push(argv[++i]);
    else if (arg === '--content') options.content.push(argv[++i]);
    else if (arg === '--stop-words') options.stopWords = true;
    else if (arg === '--fuzz') options.fuzz = Number(argv[++i]);
    else throw new Error('unknown argument ' + arg);
  }
  return options;
}

/// A small deterministic generator (mulberry32).
function random(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/// Tokens made of the pieces the stemmers look at: English suffixes and y's, Swedish endings
/// and å ä ö, Arabic affixes, diacritics and alef forms, digits, punctuation, emoji, İ, Σ,
/// and line terminators (a list item is not split, so they reach the English stemmer).
function fuzzWords(count) {
  const pieces = [
    'a', 'e', 'i', 'o', 'u', 'y', 'Y', 's', 'ss', 'sses', 'ies', 'ed', 'eed', 'ing', 'at', 'bl',
    'iz', 'l', 'll', 'z', 't', 'c', 'b', 'n', 'g', 'w', 'x', 'tion', 'sion', 'ational', 'ization',
    'logi', 'bli', 'alli', 'ness', 'ful', 'ement', 'ic', 'ate', 'iti', 'ous', 'ive', 'ize', 'er',
    'e', 'å', 'ä', 'ö', 'Å', 'Ö', 'het', 'erna', 'arna', 'ande', 'ast', 'dd', 'gd', 'kt', 'fullt',
    'löst', 'lig', 'els', 'heter', 'ة', 'ا', 'ال', 'و', 'وو', 'ب', 'بال', 'فبال', 'ت', 'ي', 'ن',
    'ها', 'ات', 'ون', 'كموه', 'تين', 'ى', 'أ', 'إ', 'آ', 'ٱ', 'ؤ', 'ئ', 'ء', 'ـ', '\u064b',
    '\u0651', 'م', 'س', 'ر', 'ع', 'ف', 'ل', '0', '7', '2024', '-', '.', ',', '!', '(', ')', "'",
    '’', '–', '_', '😀', '𝔸', 'İ', 'Σ', 'ς', 'ß', 'ﬁ', 'Ⅻ', '\u00ad', '\u200b', '\n', '\u2028'];
  const next = random(count);
  const words = [];
  for (let i = 0; i < count; i++) {
    let word = '';
    const length = 1 + Math.floor(next() * 6);
    for (let j = 0; j < length; j++) word += pieces[Math.floor(next() * pieces.length)];
    words.push(word);
  }
  return words;
}

/// Every stop word: lunr-languages' lists are caught as they are registered, lunr's own
/// English list is read from lunr.js.
function stopWords() {
  const words = [];
  const source = fs.readFileSync(require.resolve('lunr', {paths: [path.join(__dirname, '..', '..')]}), 'utf8');
  const english = source.match(/lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[([\s\S]*?)\]\)/);
  words.push(...english[1].match(/'[^']*'/g).map((w) => w.slice(1, -1)));
  for (const language of ['sv', 'ar']) {
    const file = require.resolve('lunr-languages/lunr.' + language, {paths: [path.join(__dirname, '..', '..')]});
    const list = fs.readFileSync(file, 'utf8').match(/generateStopWordFilter\('([^']*)'/);
    words.push(...list[1].split(' '));
  }
  return words;
}

function readWords(options) {
  let words = [];
  for (const spec of options.dicts) {
    const [file, encoding] = spec.split(':');
    words = words.concat(fs.readFileSync(file, encoding || 'utf8').split('\n'));
  }
  for (const file of options.hunspell) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').slice(1);
    words = words.concat(lines.map((line) => line.split('/')[0]));
  }
  for (const dir of options.content) {
    for (const file of markdownFiles(dir)) {
      words = words.concat(lunr.tokenizer(fs.readFileSync(file, 'utf8')).map(String));
    }
  }
  if (options.stopWords) words = words.concat(stopWords());
  words = words.concat(fuzzWords(options.fuzz));
  // One a line: a word cannot hold a line break or be empty; the rest keep their order.
  const seen = new Set();
  return words.map((w) => w.replace(/\r$/, '')).filter((w) => {
    if (w === '' || w.includes('\n') || w.includes('\r') || seen.has(w)) return false;
    seen.add(w);
    return true;
  });
}

function jsLine(word, pipelines) {
  const lowered = word.toLowerCase();
  const stem = pipelines.stem(new lunr.Token(lowered)).toString();
  const indexed = pipelines.index.run([new lunr.Token(lowered)]);
  const searched = pipelines.search.run([new lunr.Token(lowered)]);
  return JSON.stringify([lowered, stem, indexed.length ? indexed[0].toString() : null,
    searched.length ? searched[0].toString() : '']);
}

const options = parseArgs(process.argv.slice(2));
const words = readWords(options);
const pipelines = pipelinesFor(options.lang);
let start = process.hrtime.bigint();
const expected = words.map((w) => jsLine(w, pipelines));
const jsMs = Number(process.hrtime.bigint() - start) / 1e6;

start = process.hrtime.bigint();
const run = childProcess.spawnSync(options.stemWords, ['--lang', options.lang],
    {input: words.join('\n') + '\n', maxBuffer: 1 << 30});
const cxxMs = Number(process.hrtime.bigint() - start) / 1e6;
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  console.error(`stem_words exited with ${run.status}`);
  process.exit(1);
}
const actual = run.stdout.toString('utf8').split('\n');
let differences = 0;
for (let i = 0; i < words.length; i++) {
  if (actual[i] === expected[i]) continue;
  if (++differences <= 20) {
    console.error(`${JSON.stringify(words[i])}: lunr.js ${expected[i]}, kunskap ${actual[i]}`);
  }
}
const summary = `${options.lang}: ${words.length} words, ${differences} differences ` +
    `(lunr.js ${jsMs.toFixed(0)} ms, kunskap ${cxxMs.toFixed(0)} ms)`;
if (differences) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
