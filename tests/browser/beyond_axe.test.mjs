// Accessibility that axe does not judge, and search under a sub-path, in Debian's chromium:
// what a keyboard user, a screen-magnifier user and a reader of a site served under
// /kunskap/ meet.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {launch, isolatedContext, siteUrl} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('search works under a sub-path, from a page three levels deep, in every language', async () => {
  // site_server.sh serves the site under /kunskap/ too, the path of the repo's base_url.
  const base = siteUrl + 'kunskap/';
  for (const [path, query] of [['sv/begrepp/eftervald/index.html', 'våld'],
                               ['en/definitions/post-separation-violence/index.html', 'violence'],
                               ['ar/contacts/polisen-114-14/index.html', 'الشرطة']]) {
    const context = await isolatedContext(browser);
    // Only /kunskap/ is the site, as on a server that has other things at its root.
    await context.route(/^http:\/\/127\.0\.0\.1:\d+\/(?!kunskap\/)/, (route) => route.fulfill({status: 404, body: ''}));
    const page = await context.newPage();
    const missing = [];
    page.on('response', (response) => { if (response.status() >= 400) missing.push(response.url()); });
    await page.goto(base + path);
    await page.fill('#site-search-input', query);
    await page.waitForSelector('.search-panel:not([hidden]) .search-hit', {timeout: 10000});
    const href = await page.locator('.search-panel .search-hit__title').first().evaluate((a) => a.href);
    assert.ok(href.startsWith(base), `${path}: the first result ${href} is under ${base}`);
    assert.deepEqual(missing, [], `${path}: nothing asked for is missing`);
    await page.goto(href);
    assert.equal(await page.locator('h1').count(), 1);
    await context.close();
  }
});
