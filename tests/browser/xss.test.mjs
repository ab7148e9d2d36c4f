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
import fs from 'node:fs';
import path from 'node:path';
import {launch, buildFixture, serveFolder, htmlPages} from './harness.mjs';

let siteDir, server, siteUrl, browser;

before(async () => {
  // Warnings are expected (raw HTML and unsafe addresses are left out); errors are not.
  siteDir = buildFixture('xss');
  server = await serveFolder(siteDir);
  siteUrl = server.url;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(path.dirname(siteDir), {recursive: true, force: true});
});

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
  const pages = htmlPages(siteDir);
  for (const page of ['sv/ra-html/index.html', 'sv/lankar/index.html', 'sv/mallar/index.html',
    'sv/begrepp/skadlig/index.html', 'sv/kontakt/skript/index.html', 'sv/sok/index.html']) {
    assert.ok(pages.includes(page), `${page} is built`);
  }
});

test('no page runs script from the content, with or without the security policy', async () => {
  const pages = htmlPages(siteDir);
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
