// kunskap search worker: loads lunr.js, lunr-languages and the prebuilt indexes, and answers
// queries, so that loading and searching never freeze the page. Nothing leaves the browser:
// the only requests are for the site's own files.
/* global lunr, importScripts */
'use strict';

var config = null;     // search-config.json
var loaded = {};       // language code -> {index, docs, language}
var loadedScripts = {};

function fetchJson(url) {
  return fetch(url, {credentials: 'same-origin', referrerPolicy: 'no-referrer'}).then(function (r) {
    if (!r.ok) throw new Error(url + ': ' + r.status);
    return r.json();
  });
}

function loadScripts(urls) {
  urls.forEach(function (url) {
    if (!loadedScripts[url]) {
      importScripts(url);
      loadedScripts[url] = true;
    }
  });
}

function ensureLanguage(root, code) {
  if (loaded[code]) return loaded[code];
  var language = config.languages.filter(function (l) { return l.code === code; })[0];
  if (!language) return Promise.reject(new Error('unknown language ' + code));
  loadScripts(language.scripts.map(function (s) { return root + s; }));
  loaded[code] = Promise.all([fetchJson(root + language.index), fetchJson(root + language.docs)])
    .then(function (parts) {
      return {index: lunr.Index.load(parts[0]), docs: parts[1], language: language};
    });
  return loaded[code];
}

// The language's own functions, as lunr-languages registers them (English is lunr's own).
function languageFunctions(search) {
  var ns = search && search !== 'en' && lunr[search] ? lunr[search] : null;
  return {
    trimmer: ns ? ns.trimmer : lunr.trimmer,
    stopWordFilter: ns ? ns.stopWordFilter : lunr.stopWordFilter,
    stemmer: ns && ns.stemmer ? ns.stemmer : (search ? lunr.stemmer : function (t) { return t; })
  };
}

function run(fn, word) {
  var out = fn(new lunr.Token(word, {}));
  return out === undefined || out === null ? '' : out.toString();
}

// Query words: lunr's tokenizer (so hyphens split "barn- och ungdomsnämnden"), the language's
// trimmer, and no stop words (lunr does not filter them at query time, and they are never
// in the index, so a query with "och" would otherwise find nothing).
function queryWords(text, fns) {
  return lunr.tokenizer(text).map(function (t) { return run(fns.trimmer, t.toString()); })
    .filter(function (w) { return w.length > 0 && run(fns.stopWordFilter, w) !== ''; })
    .map(function (w) { return {word: w, stem: run(fns.stemmer, w)}; });
}

function editDistanceAtMostOne(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  var i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    // Two neighbouring letters swapped count as one edit, as in lunr's fuzzy matching.
    if (a.length === b.length && a[i] === b[j + 1] && a[i + 1] === b[j]) { i += 2; j += 2; continue; }
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

// Does an index term answer this query word? Exactly (same stem), as a prefix of what is
// still being typed, or one edit away for words of five letters or more.
function termMatches(term, q) {
  return term === q.stem || term.indexOf(q.word) === 0 ||
    (q.word.length >= 5 && editDistanceAtMostOne(term, q.stem));
}

function search(entry, words) {
  var idx = entry.index;
  var results = idx.query(function (query) {
    words.forEach(function (q) {
      query.term(q.word, {boost: 10, usePipeline: true});
      query.term(q.word, {boost: 3, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING});
      if (q.word.length >= 5) query.term(q.word, {boost: 1, usePipeline: true, editDistance: 1});
    });
  });
  // Every word of the query must be found in a page (lunr's clauses are all optional).
  return results.map(function (r) {
    var terms = Object.keys(r.matchData.metadata);
    var found = words.map(function (q) {
      return terms.filter(function (t) { return termMatches(t, q); });
    });
    return {result: r, found: found, all: found.every(function (f) { return f.length > 0; })};
  });
}

// Splits text into segments, marking words whose stem or beginning matches the query.
function highlight(text, words, fns) {
  var segments = [];
  var re = /[\p{L}\p{N}]+/gu;
  var last = 0, m;
  while ((m = re.exec(text)) !== null) {
    var lower = m[0].toLowerCase();
    var stem = run(fns.stemmer, lower);
    var hit = words.some(function (q) {
      return stem === q.stem || lower.indexOf(q.word) === 0 ||
        (q.word.length >= 5 && editDistanceAtMostOne(stem, q.stem)) ||
        (q.word.length >= 4 && lower.indexOf(q.word) > 0 && lower.length - q.word.length >= 3);
    });
    if (!hit) continue;
    if (m.index > last) segments.push({text: text.slice(last, m.index)});
    segments.push({text: m[0], mark: true});
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({text: text.slice(last)});
  return segments;
}

// A window of the excerpt around the first marked word.
function snippet(doc, words, fns) {
  var text = doc.excerpt || doc.summary || '';
  var segments = highlight(text, words, fns);
  var first = -1, offset = 0;
  for (var i = 0; i < segments.length; i++) {
    if (segments[i].mark) { first = offset; break; }
    offset += segments[i].text.length;
  }
  if (first < 0) return highlight(doc.summary || text.slice(0, 200), words, fns);
  var start = Math.max(0, first - 80);
  var cut = text.slice(start, start + 220);
  return highlight((start > 0 ? '… ' : '') + cut + (start + 220 < text.length ? ' …' : ''), words, fns);
}

self.onmessage = function (event) {
  var message = event.data;
  var root = message.root;
  var ready = config ? Promise.resolve() :
    fetchJson(root + 'search-config.json').then(function (c) { config = c; });
  ready.then(function () {
    if (message.type === 'load') {
      return ensureLanguage(root, message.language).then(function () {
        self.postMessage({type: 'ready', id: message.id});
      });
    }
    var codes = message.allLanguages ? config.languages.map(function (l) { return l.code; })
                                     : [message.language];
    return Promise.all(codes.map(function (code) { return ensureLanguage(root, code); }))
      .then(function (entries) {
        var hits = [];
        var anyComplete = false;
        entries.forEach(function (entry) {
          var fns = languageFunctions(entry.language.search);
          var words = queryWords(message.text, fns);
          if (!words.length) return;
          search(entry, words).forEach(function (hit) {
            var doc = entry.docs[Number(hit.result.ref)];
            if (!doc) return;
            if (hit.all) anyComplete = true;
            hits.push({
              all: hit.all, score: hit.result.score, language: entry.language.code,
              dir: entry.language.dir, url: doc.url, kind: doc.kind, audience: doc.audience,
              section: doc.section, title: highlight(doc.title, words, fns),
              snippet: snippet(doc, words, fns),
              // The page highlights words beginning with a query word or its stem.
              terms: words.map(function (q) { return q.stem.length >= 3 ? q.stem : q.word; })
            });
          });
        });
        if (anyComplete) hits = hits.filter(function (h) { return h.all; });
        hits.sort(function (a, b) { return b.score - a.score || (a.url < b.url ? -1 : 1); });
        self.postMessage({type: 'results', id: message.id, text: message.text, hits: hits,
                          partial: hits.length > 0 && !anyComplete});
      });
  }).catch(function (error) {
    self.postMessage({type: 'error', id: message.id, message: String(error && error.message)});
  });
};
