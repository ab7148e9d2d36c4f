#!/usr/bin/env node
// The reference the search index tests compare kunskap against: builds a Lunr index with
// lunr.js and lunr-languages (the versions package-lock.json pins) and prints
// JSON.stringify(index), with the same options as `kunskap index`.
//
//   node tests/search/lunr_reference.js --lang sv [--fields title^10,body] [--positions] < docs.json
'use strict';

const fs = require('fs');
const path = require('path');

const modules = path.join(__dirname, '..', '..', 'node_modules');
let lunr;
try {
  lunr = require(path.join(modules, 'lunr'));
} catch (error) {
  console.error('lunr.js is missing: run `npm ci` in the repository (scripts/install-deps does)');
  process.exit(1);
}

/// The plugin `--lang` names: lunr.sv, lunr.ar, lunr's own English pipeline, or lunr's
/// trimmer alone for a language without a stemmer.
function languagePlugin(language) {
  if (language === 'en') return null;  // lunr() already set trimmer, stopWordFilter, stemmer
  if (language === 'none') {
    return function () {
      this.pipeline.reset();
      this.pipeline.add(lunr.trimmer);
      this.searchPipeline.reset();
      this.searchPipeline.add(lunr.trimmer);
    };
  }
  if (language !== 'sv' && language !== 'ar') throw new Error('unknown language ' + language);
  if (!lunr[language]) {
    if (!lunr.stemmerSupport) {
      require(path.join(modules, 'lunr-languages', 'lunr.stemmer.support'))(lunr);
    }
    require(path.join(modules, 'lunr-languages', 'lunr.' + language))(lunr);
  }
  return lunr[language];
}

/// "title^10,body" -> [{name: 'title', boost: 10}, {name: 'body'}]
function parseFields(spec) {
  return spec.split(',').map((item) => {
    const [name, boost] = item.split('^');
    return boost === undefined ? {name} : {name, boost: Number(boost)};
  });
}

/// The index and search pipelines lunr() sets up for a language, and its stemmer alone.
function pipelinesFor(language) {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  const plugin = languagePlugin(language);
  if (plugin) builder.use(plugin);
  const stemmers = {en: lunr.stemmer, sv: lunr.sv && lunr.sv.stemmer, ar: lunr.ar && lunr.ar.stemmer};
  return {
    index: builder.pipeline,
    search: builder.searchPipeline,
    stem: stemmers[language] || ((token) => token),
  };
}

function buildIndex(documents, options) {
  const plugin = languagePlugin(options.lang);
  let fields = options.fields ? parseFields(options.fields) : null;
  if (!fields) {
    fields = documents.length ? Object.keys(documents[0]).filter((k) => k !== 'ref')
        .map((name) => ({name})) : [];
  }
  return lunr(function () {
    if (plugin) this.use(plugin);
    if (options.positions) this.metadataWhitelist = ['position'];
    this.ref('ref');
    for (const field of fields) {
      if (field.boost === undefined) this.field(field.name);
      else this.field(field.name, {boost: field.boost});
    }
    for (const document of documents) this.add(document);
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') options.lang = argv[++i];
    else if (argv[i] === '--fields') options.fields = argv[++i];
    else if (argv[i] === '--positions') options.positions = true;
    else throw new Error('unknown argument ' + argv[i]);
  }
  return options;
}

module.exports = {lunr, buildIndex, pipelinesFor};

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  const documents = JSON.parse(fs.readFileSync(0, 'utf8'));
  process.stdout.write(JSON.stringify(buildIndex(documents, options)));
}
