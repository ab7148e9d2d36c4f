#!/usr/bin/env node
// Turns a language's content folder (content/<lang>/**/*.md) into search documents for the
// parity tests: {ref, title, aliases, tags, summary, body}, where body is the Markdown text
// after the front matter. Both lunr.js and `kunskap index` read the same JSON, so the front
// matter needs no exact YAML reading, only the same answer every time.
//
//   node tests/search/content_docs.js content/sv > docs.json
'use strict';

const fs = require('fs');
const path = require('path');

function markdownFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...markdownFiles(full));
    else if (entry.name.endsWith('.md')) files.push(full);
  }
  return files.sort();
}

function unquote(text) {
  text = text.trim();
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])) {
    return text.slice(1, -1);
  }
  return text;
}

/// `[a, "b, c", d]` -> ['a', 'b, c', 'd']
function flowList(text) {
  text = text.trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return text ? [unquote(text)] : [];
  const items = [];
  let current = '';
  let quote = null;
  for (const c of text.slice(1, -1)) {
    if (quote) {
      if (c === quote) quote = null;
      current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === ',') {
      items.push(unquote(current));
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim()) items.push(unquote(current));
  return items;
}

function contentDocuments(dir) {
  return markdownFiles(dir).map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const match = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
    const front = match ? match[1] : '';
    const body = match ? match[2] : text;
    const value = (key) => {
      const line = front.split('\n').find((l) => l.startsWith(key + ':'));
      return line === undefined ? '' : line.slice(key.length + 1);
    };
    return {
      ref: path.relative(dir, file).split(path.sep).join('/'),
      title: unquote(value('title')),
      aliases: flowList(value('aliases')),
      tags: flowList(value('tags')),
      summary: unquote(value('summary')),
      body,
    };
  });
}

module.exports = {contentDocuments, markdownFiles};

if (require.main === module) {
  process.stdout.write(JSON.stringify(contentDocuments(process.argv[2]), null, 1) + '\n');
}
