// Reader privacy, as a reader meets it in Debian's chromium: no search word in any address or
// in the browser profile on disk, one click opens a result, Back after the quick exit shows
// nothing of the site, and the exit works when everything else on the page is broken.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {launch, isolatedContext, siteUrl} from './harness.mjs';

const config = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../site-config.toml'), 'utf8');
const exitHost = new URL(/^quick_exit_url = "([^"]+)"/m.exec(config)[1]).hostname;
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/// Leaves by the button or by Shift pressed three times, and waits for the exit page.
async function leave(page, how) {
  if (how === 'button') {
    await page.click('[data-quick-exit]');
  } else {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  }
  await page.waitForURL((url) => url.hostname === exitHost);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/// Every file under `dir` whose bytes contain one of the needles, as "file: needle".
function filesHolding(dir, needles) {
  const found = [];
  const walk = (at) => {
    for (const entry of fs.readdirSync(at, {withFileTypes: true})) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) { walk(full); continue; }
      if (!entry.isFile()) continue;
      const bytes = fs.readFileSync(full);
      for (const needle of needles) if (bytes.includes(needle)) found.push(`${path.relative(dir, full)}: ${needle}`);
    }
  };
  walk(dir);
  return found;
}

/// A word as a browser may write it down: as text, percent-encoded, and in UTF-16.
function forms(word) {
  const out = new Set();
  for (const w of [word, word.toLowerCase()]) {
    out.add(Buffer.from(w, 'utf8'));
    out.add(Buffer.from(encodeURIComponent(w), 'utf8'));
    out.add(Buffer.from(w, 'utf16le'));
  }
  return [...out];
}

test('searching and opening results leaves no search word in the profile on disk or in any address', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kunskap-profile-'));
  const context = await chromium.launchPersistentContext(profile, {executablePath: '/usr/bin/chromium', args: flags});
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    return route.fulfill({status: 200, contentType: 'text/html', body: '<title>neutral</title>'});
  });
  const page = context.pages()[0] || await context.newPage();
  const visited = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) visited.push(frame.url()); });
  // Words no page title holds, so that finding one would mean the search leaked.
  const words = ['eftervåldet', 'våldsutövarens', 'hedersnormerna'];

  // The header's search box: type, press Enter (all results, in place), one click on a result.
  await page.goto(siteUrl + 'sv/index.html');
  await page.click('#site-search-input');
  await page.keyboard.type(words[0]);
  await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(siteUrl + 'sv/index.html'), 'Enter keeps the reader on the page');
  const before = page.url();
  await page.click('.search-panel .search-hit__title >> nth=0');
  await page.waitForURL((url) => url.href !== before);
  // The search page: type, one click on a result.
  await page.goto(siteUrl + 'sv/sok/index.html');
  await page.fill('#search-page-input', words[1]);
  await page.waitForSelector('.search-page .search-hit');
  await page.click('.search-page .search-hit__title >> nth=0');
  await page.waitForURL((url) => !url.pathname.includes('/sok/'));
  // And a third, left typed in the box when the reader goes on by a link.
  await page.click('#site-search-input');
  await page.keyboard.type(words[2]);
  await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
  await page.keyboard.press('Escape');
  await page.click('.main-nav a >> nth=0');
  await page.waitForLoadState();
  await context.close();

  for (const url of visited) {
    for (const word of words) assert.ok(!decodeURIComponent(url).toLowerCase().includes(word), `${word} in ${url}`);
    assert.ok(!/#(q|highlight)=/.test(url), url);
  }
  const stores = ['History', 'Sessions', 'Visited Links', 'Top Sites', 'Current Session', 'Last Session',
                  'Current Tabs', 'Last Tabs'].map((name) => path.join(profile, 'Default', name))
    .filter((file) => fs.existsSync(file));
  assert.ok(stores.some((file) => file.endsWith('History')), 'the profile has a History database');
  const leaks = stores.flatMap((store) => fs.statSync(store).isDirectory()
    ? filesHolding(store, words.flatMap(forms)).map((hit) => `${path.basename(store)}/${hit}`)
    : (words.flatMap(forms).some((needle) => fs.readFileSync(store).includes(needle)) ? [path.basename(store)] : []));
  assert.deepEqual(leaks, []);
  // The profile did record the visit (the check would find a word if one were written down).
  const history = fs.readFileSync(path.join(profile, 'Default', 'History'));
  assert.ok(history.includes(Buffer.from('127.0.0.1')), 'History holds the pages visited');
  fs.rmSync(profile, {recursive: true, force: true});
});

test('after a journey and the quick exit, Back shows nothing of the site', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(siteUrl + 'sv/index.html');                       // a page
  await page.click('.main-nav a[href*="medarbetare"]');              // a link
  await page.waitForURL(/medarbetare\/index\.html/);
  await page.click('a[href*="handlingsplanens-fokusomraden"] >> nth=0');
  await page.waitForURL(/handlingsplanens-fokusomraden/);
  await page.click('.toc a >> nth=1');                               // the table of contents
  await page.click('.heading-anchor >> nth=0');                      // a heading anchor
  await page.keyboard.press('Tab');                                  // the skip link
  await page.focus('.skip-link');
  await page.keyboard.press('Enter');
  await page.click('#site-search-input');                            // a search
  await page.keyboard.type('eftervåld');
  await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
  await page.click('.search-panel .search-hit__title >> nth=0');      // a result
  await page.waitForURL((url) => !url.pathname.includes('fokusomraden'));
  assert.equal(await page.evaluate(() => history.length), 2, 'the visit is one entry after the blank start');
  await page.click('[data-quick-exit]');                             // the exit
  await page.waitForURL((url) => url.hostname === exitHost);
  await page.goBack();
  assert.equal(page.url(), 'about:blank', 'Back leads to what was open before the site');
  await context.close();
});

test('the exit works by button and by Shift ×3 when every other script throws', async () => {
  for (const how of ['button', 'shift']) {
    const context = await isolatedContext(browser);
    const broken = [];
    await context.route(/assets\/(kunskap|search|search-worker|opening-hours)\.js$/, (route) => {
      broken.push(route.request().url());
      return route.fulfill({status: 200, contentType: 'text/javascript', body: 'throw new Error("broken on purpose");'});
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A malformed #highlight= as an old result link might carry.
    await page.goto(siteUrl + 'sv/kontaktvagar/index.html#highlight=%E0%A4%A');
    await page.waitForLoadState('load');
    assert.ok(broken.length >= 3 && errors.filter((e) => e.includes('broken on purpose')).length >= 3,
              `the other scripts were broken: ${broken.length} ${errors}`);
    await leave(page, how);
    await context.close();
  }
});

test('one click on a result opens it, on the search page and in the header, by mouse and by touch', async () => {
  for (const touch of [false, true]) {
    const context = await isolatedContext(browser, touch ? {hasTouch: true, isMobile: true, viewport: {width: 390, height: 844}} : {});
    const page = await context.newPage();
    await page.goto(siteUrl + 'sv/sok/index.html');
    await page.fill('#search-page-input', 'skyddat boende');
    await page.waitForSelector('.search-page .search-hit');
    const target = page.locator('.search-page .search-hit__title').first();
    const href = await target.evaluate((a) => a.href);
    if (touch) await target.tap(); else await target.click();
    await page.waitForURL((url) => url.href === href, {timeout: 5000});
    await page.goto(siteUrl + 'en/index.html');
    await page.fill('#site-search-input', 'safety plan');
    await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
    const first = page.locator('.search-panel .search-hit__title').first();
    if (touch) await first.tap(); else await first.click();
    await page.waitForURL((url) => !url.pathname.endsWith('/en/index.html'), {timeout: 5000});
    await context.close();
  }
});

test('the 404 page and the root page have the exit, by button and by Shift ×3', async () => {
  for (const [address, how] of [['sv/finns-inte/', 'button'], ['sv/finns-inte/', 'shift'], ['index.html', 'button']]) {
    const context = await isolatedContext(browser);
    const page = await context.newPage();
    // The root page sends readers on to their language at once: a 204 answer keeps it there.
    if (address === 'index.html') await context.route('**/sv/index.html', (route) => route.fulfill({status: 204}));
    await page.goto(siteUrl + address);
    await page.waitForSelector('[data-quick-exit]');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').count();
    assert.equal(csp, 1, `${address} has a Content-Security-Policy`);
    await leave(page, how);
    await context.close();
  }
});

test('the exit is the first stop after the skip link, described by its Shift hint', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(siteUrl + 'ar/index.html');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Tab');
  const exit = await page.evaluate(() => {
    const button = document.activeElement;
    const hint = document.getElementById(button.getAttribute('aria-describedby') || '');
    return {exit: button.hasAttribute('data-quick-exit'), hint: hint && hint.textContent,
            outline: getComputedStyle(button).outlineStyle};
  });
  assert.deepEqual([exit.exit, exit.hint], [true, 'أو اضغط على مفتاح Shift ثلاث مرات']);
  assert.notEqual(exit.outline, 'none', 'focus is visible');
  await context.close();
});
