// A crawler over the served site: every internal link, anchor and asset resolves, and no
// page loads anything from another host.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteUrl} from './harness.mjs';

const attribute = /\s(href|src)="([^"]*)"/g;
const idAttribute = /\sid="([^"]*)"/g;

function decode(value) {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

test('every link and asset of the site resolves on the server, and nothing is off-site', async () => {
  const origin = new URL(siteUrl).origin;
  const queue = [siteUrl];
  const seen = new Set(queue);
  const pages = new Map();  // url -> {ids}
  const anchors = [];       // [from, url with fragment]
  const broken = [];
  const offsite = [];
  while (queue.length) {
    const url = queue.shift();
    const response = await fetch(url, {redirect: 'manual'});
    if (response.status !== 200) {
      broken.push(`${url}: ${response.status}`);
      continue;
    }
    const type = response.headers.get('content-type') || '';
    const body = await response.text();
    if (!type.includes('text/html')) {
      if (url.endsWith('search-config.json')) {
        for (const language of JSON.parse(body).languages) {
          for (const file of [...language.scripts, language.index, language.docs]) {
            const next = new URL(file, url).href;
            if (!seen.has(next)) { seen.add(next); queue.push(next); }
          }
        }
      }
      continue;
    }
    pages.set(url, new Set([...body.matchAll(idAttribute)].map((m) => m[1])));
    const refreshed = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(body);
    const found = [...body.matchAll(attribute)].map((m) => decode(m[2]));
    if (refreshed) found.push(decode(refreshed[1]));
    if (body.includes('data-site-search')) found.push(new URL('search-config.json', origin + '/').href);
    for (const raw of found) {
      if (/^(tel|mailto):/.test(raw)) continue;
      const isAsset = /\ssrc="/.test(raw);
      const target = new URL(raw, url);
      if (target.origin !== origin) {
        // Links to other sites are fine for a reader to follow; resources are not.
        if (body.includes(`src="${raw}"`) || body.includes(`<link rel="stylesheet" href="${raw}"`)) {
          offsite.push(`${url}: ${raw}`);
        }
        continue;
      }
      if (target.hash) anchors.push([url, target.href]);
      target.hash = '';
      if (!seen.has(target.href)) { seen.add(target.href); queue.push(target.href); }
    }
  }
  for (const [from, href] of anchors) {
    const target = new URL(href);
    const id = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    const ids = pages.get(target.href);
    if (ids && !ids.has(id) && !id.startsWith('highlight=') && !id.startsWith('q=')) {
      broken.push(`${from}: no #${id} in ${target.href}`);
    }
  }
  assert.ok(pages.size > 150, `crawled only ${pages.size} pages`);
  assert.deepEqual(broken, []);
  assert.deepEqual(offsite, []);
});

test('a content page with its CSS and JavaScript weighs under 60 KB compressed before search is used', async () => {
  const {gzipSync} = await import('node:zlib');
  const {htmlPages, siteDir} = await import('./harness.mjs');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const heavy = [];
  let heaviest = 0;
  // 404.html names its assets from the server's root (it is served at any depth).
  for (const page of htmlPages().filter((p) => p !== '404.html')) {
    const file = path.join(siteDir, page);
    const html = fs.readFileSync(file, 'utf8');
    let total = gzipSync(html, {level: 9}).length;
    for (const m of html.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)) {
      total += gzipSync(fs.readFileSync(path.resolve(path.dirname(file), m[1])), {level: 9}).length;
    }
    heaviest = Math.max(heaviest, total);
    if (total > 60 * 1024) heavy.push(`${page}: ${total} bytes`);
  }
  assert.deepEqual(heavy, []);
  assert.ok(heaviest > 1000, `measured ${heaviest} bytes`);
});
