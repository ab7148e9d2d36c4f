// Content cannot run script in a reader's browser: builds tests/fixtures/xss (content that
// tries raw HTML, javascript: and data: addresses, event handlers, template-looking text and
// script in contact fields), serves it on localhost and opens every built page in Debian's
// chromium. The site's own scripts run; nothing from the content may.
//
// Each page is opened twice: as published (its Content-Security-Policy on), asserting that no
// element carries an event handler or a script address and nothing tries to break the
// policy; and with the policy bypassed, so that anything the escaping let through would
// actually run and set window.__xss or open a dialog.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';

const binary = process.env.KUNSKAP_BINARY;
const repo = process.env.KUNSKAP_REPO;
if (!binary || !repo) throw new Error('set KUNSKAP_BINARY and KUNSKAP_REPO');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.vcf': 'text/vcard', '.xml': 'application/xml',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

let work, siteDir, server, siteUrl, browser;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kunskap-xss-'));
  siteDir = path.join(work, 'public');
  // A copy: a build writes its cache into the site folder, which must not be the repo's.
  const source = path.join(work, 'site');
  fs.cpSync(path.join(repo, 'tests/fixtures/xss'), source, {recursive: true});
  // Warnings are expected (raw HTML and unsafe addresses are left out); errors are not.
  execFileSync(binary, ['build', '--source', source, '--out', siteDir],
    {stdio: ['ignore', 'ignore', 'pipe']});
  server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let file = path.join(siteDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(siteDir)) { response.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { response.writeHead(404).end(); return; }
    response.writeHead(200, {'Content-Type': types[path.extname(file)] || 'application/octet-stream'});
    response.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server ? server.close(resolve) : resolve());
  fs.rmSync(work, {recursive: true, force: true});
});

function htmlPages() {
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(path.relative(siteDir, full));
    }
  };
  walk(siteDir);
  return pages.sort();
}

/// A page in a context that answers every request to another host itself (recording it),
/// and that records dialogs, policy violations and errors.
async function openPage(options) {
  const context = await browser.newContext(options);
  const offsite = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    offsite.push(url.href);
    return route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>'});
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
      (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  return {context, page, offsite, dialogs};
}

/// What in the DOM could run script: event handler attributes, script addresses, script
/// elements other than the site's own, and elements that load or frame other documents.
function scriptRisks() {
  const risks = [];
  const scriptAddress = /^\s*(javascript|vbscript|data):/i;
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) risks.push(`${tag} ${name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(name) &&
          scriptAddress.test(attribute.value)) {
        risks.push(`${tag} ${name}=${attribute.value}`);
      }
    }
    if (['iframe', 'object', 'embed', 'base', 'frame', 'applet'].includes(tag)) risks.push(tag);
    if (tag === 'meta' && (element.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') {
      risks.push('meta refresh');
    }
    if (tag === 'script') {
      const own = element.src && new URL(element.src).pathname.includes('/assets/');
      let data = false;
      if (element.type === 'application/ld+json') {
        try { JSON.parse(element.textContent); data = true; } catch { data = false; }
      }
      if (!own && !data) risks.push(`script ${element.src || element.textContent.slice(0, 60)}`);
    }
  }
  return risks;
}

/// Focuses and hovers what a reader would (links, terms, buttons), so that any handler
/// that slipped through gets its event; the site's own tooltips and menus open as well.
async function touchEverything(page) {
  const count = await page.locator('a, button, [tabindex]').count();
  for (let i = 0; i < Math.min(count, 60); i++) {
    const element = page.locator('a, button, [tabindex]').nth(i);
    await element.focus().catch(() => {});
    await element.hover({timeout: 500}).catch(() => {});
  }
}

test('the fixture holds every kind of attempt and builds', () => {
  const pages = htmlPages();
  for (const page of ['sv/ra-html/index.html', 'sv/lankar/index.html', 'sv/mallar/index.html',
    'sv/begrepp/skadlig/index.html', 'sv/kontakt/skript/index.html', 'sv/sok/index.html']) {
    assert.ok(pages.includes(page), `${page} is built`);
  }
});

test('no page runs script from the content, with or without the security policy', async () => {
  const pages = htmlPages();
  assert.ok(pages.length >= 10);
  for (const bypassCSP of [false, true]) {
    for (const file of pages) {
      const {context, page, offsite, dialogs} = await openPage({bypassCSP});
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(siteUrl + file);
      await page.waitForLoadState('load');
      await touchEverything(page);
      await page.waitForTimeout(100);
      const where = `${file}${bypassCSP ? ' (policy bypassed)' : ''}`;
      assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: content script ran`);
      assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
      assert.deepEqual(await page.evaluate(scriptRisks), [], `${where}: elements that could run script`);
      assert.deepEqual(errors, [], `${where}: script errors`);
      if (!bypassCSP) {
        assert.deepEqual(await page.evaluate(() => window.__violations), [], `${where}: policy violations`);
        assert.deepEqual(offsite, [], `${where}: requests to other hosts`);
      }
      await context.close();
    }
  }
});

test('search results and the search page show content as text, not markup', async () => {
  for (const bypassCSP of [false, true]) {
    const {context, page, dialogs} = await openPage({bypassCSP});
    await page.goto(siteUrl + 'sv/index.html');
    await page.fill('#site-search-input', 'skadlig');
    await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
    await touchEverything(page);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(await page.evaluate(scriptRisks), []);
    // A query typed on the search page is the reader's, but it is shown on the page as well.
    await page.goto(siteUrl + 'sv/sok/index.html');
    await page.fill('#search-page-input', '<img src=x onerror="window.__xss=\'query\'">skadlig');
    await page.waitForSelector('.search-page .search-hit');
    await touchEverything(page);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(await page.evaluate(scriptRisks), []);
    assert.deepEqual(dialogs, []);
    await context.close();
  }
});
