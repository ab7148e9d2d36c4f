// Accessibility: axe-core finds no WCAG 2.1 A or AA violation on any page of the built site,
// in all three languages, in Debian's chromium.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import {launch, isolatedContext, htmlPages, siteUrl} from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page) {
  // Evaluated over the DevTools protocol, so the site's Content-Security-Policy stays on.
  await page.evaluate(axeSource);
  return page.evaluate(async (runOnly) => {
    const result = await window.axe.run(document, {runOnly: {type: 'tag', values: runOnly}});
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, tags);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('axe-core finds no WCAG 2.1 A/AA violations on any page', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  const problems = [];
  // The root index.html only redirects (meta refresh) to the default language: it is gone
  // before axe can look at it. Its markup is checked by the Nu Html Checker.
  const pages = htmlPages().filter((path) => path !== 'index.html');
  assert.ok(pages.length > 150);
  for (const path of pages) {
    await page.goto(siteUrl + path, {waitUntil: 'load'});
    for (const v of await violations(page)) problems.push(`${path}: ${v}`);
  }
  await context.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(context.offsite, []);
});

test('axe-core finds no violations with search results and a term tooltip showing', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  for (const [path, query] of [['sv/index.html', 'eftervåld'], ['ar/index.html', 'الشرطة']]) {
    await page.goto(siteUrl + path);
    await page.fill('#site-search-input', query);
    await page.waitForSelector('.search-panel:not([hidden]) .search-hit', {timeout: 15000});
    assert.deepEqual(await violations(page), [], path);
  }
  await page.goto(siteUrl + 'sv/medarbetare/att-fraga-om-vald/index.html');
  await page.focus('.term__link');
  assert.deepEqual(await violations(page), []);
  await context.close();
});
