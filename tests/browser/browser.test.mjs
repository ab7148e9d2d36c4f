// What a reader sees and does, in Debian's chromium: quick exit, keyboard use, right-to-left
// Arabic, narrow phones, search, glossary terms, contact filters; and screenshots of the
// main page types in every language for a person to look at.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {launch, isolatedContext, siteUrl, screenshotDir} from './harness.mjs';

const quickExitHost = 'www.smhi.se';  // site-config.toml's quick_exit_url
let browser;
before(async () => { browser = await launch(); fs.mkdirSync(screenshotDir, {recursive: true}); });
after(async () => { await browser.close(); });

async function newPage(options = {}) {
  const context = await isolatedContext(browser, options);
  const page = await context.newPage();
  return {context, page};
}

function offsiteExceptQuickExit(context) {
  return context.offsite.filter((url) => new URL(url).hostname !== quickExitHost);
}

test('quick exit by button replaces the page, and Back leads to what was open before the site', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'sv/index.html');
  await page.click('a[href="medarbetare/index.html"] >> nth=0');
  await page.waitForURL(/medarbetare/);
  await page.click('[data-quick-exit]');
  await page.waitForURL((url) => url.hostname === quickExitHost);
  await page.goBack();
  // replace_history is on by default: the visit was one entry, and the exit replaced it.
  assert.equal(page.url(), 'about:blank', 'Back leads to the page before the site');
  assert.deepEqual(offsiteExceptQuickExit(context), []);
  await context.close();
});

test('pressing Shift three times triggers quick exit', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'sv/index.html');
  await page.goto(siteUrl + 'sv/kontaktvagar/index.html');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL((url) => url.hostname === quickExitHost);
  await page.goBack();
  assert.match(page.url(), /\/sv\/index\.html$/);
  await context.close();
});

test('the quick exit button stays in view while scrolling, on a phone too', async () => {
  const {context, page} = await newPage({viewport: {width: 360, height: 640}});
  await page.goto(siteUrl + 'sv/medarbetare/handlingsplanens-fokusomraden/index.html');
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(200);
  const box = await page.locator('[data-quick-exit]').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 640, `button at ${JSON.stringify(box)}`);
  await context.close();
});

test('keyboard only: from the home page to a contact card', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'sv/index.html');
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.closest('.main-nav') !== null &&
                                        document.activeElement.textContent.trim() === 'Kontaktvägar');
  }
  assert.ok(reached, 'Tab reaches the contacts link in the menu');
  await page.keyboard.press('Enter');
  await page.waitForURL(/kontaktvagar/);
  let inCard = false;
  for (let i = 0; i < 40 && !inCard; i++) {
    await page.keyboard.press('Tab');
    inCard = await page.evaluate(() => document.activeElement.closest('.contact-card') !== null);
  }
  assert.ok(inCard, 'Tab reaches a contact card');
  const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(focusVisible, 'none', 'focus is visible');
  await context.close();
});

test('Arabic pages are laid out right-to-left', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'ar/contacts/index.html');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  const title = await page.locator('h1').boundingBox();
  const width = page.viewportSize().width;
  assert.ok(title.x + title.width > width / 2, 'the heading starts on the right');
  const exit = await page.locator('[data-quick-exit]').boundingBox();
  assert.ok(exit.x < width / 2, 'quick exit sits at the start of the line, on the left');
  await context.close();
});

test('at 320 px wide no page scrolls sideways', async () => {
  const {context, page} = await newPage({viewport: {width: 320, height: 640}});
  const wide = [];
  for (const path of ['sv/index.html', 'sv/medarbetare/handlingsplanens-fokusomraden/index.html',
                      'sv/kontaktvagar/index.html', 'sv/begrepp/index.html', 'sv/sok/index.html',
                      'ar/index.html', 'ar/contacts/index.html', 'en/managers/safety-plan-at-work/index.html']) {
    await page.goto(siteUrl + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  assert.deepEqual(wide, []);
  await context.close();
});

test('search: an inflected Swedish word finds its page first, opened with the keyboard', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'sv/index.html');
  await page.fill('#site-search-input', 'våldsutövaren');
  await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
  const first = await page.locator('.search-panel .search-hit__title').first().textContent();
  assert.equal(first, 'Våldsutövare');
  assert.ok(await page.locator('.search-panel .search-hit mark').count() > 0, 'the words are marked in the list');
  assert.match(await page.locator('.site-search [role=status]').textContent(), /träffar/);
  await page.focus('#site-search-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(/begrepp\/valdsutovare\/index\.html$/);
  assert.equal(new URL(page.url()).hash, '', 'no search words in the address');
  assert.deepEqual(context.offsite, []);
  await context.close();
});

test('search: a word still being typed, a compound part and a typo all find pages', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'sv/sok/index.html');
  async function titles(query) {
    await page.fill('#search-page-input', query);
    await page.waitForFunction((q) => document.querySelector('#search-page-input').value === q &&
      document.querySelector('.search-count').textContent !== '', query);
    await page.waitForTimeout(300);
    return page.locator('.search-page .search-hit__title').allTextContents();
  }
  assert.ok((await titles('eftervål')).includes('Eftervåld'), 'prefix while typing');
  assert.equal((await titles('eftervåd'))[0], 'Eftervåld', 'one letter missing');
  const compound = await titles('missbruk');
  assert.ok(compound.length > 0, 'missbruk finds pages that say alkoholmissbruk or missbruk');
  assert.ok((await titles('hot- och riskbedömning')).includes('Hot- och riskbedömning'));
  await page.fill('#search-page-input', 'xqzxqz');
  await page.waitForSelector('.search-empty:not([hidden])');
  assert.ok(await page.locator('.search-empty a').count() === 1, 'suggests the A–Ö list');
  await context.close();
});

test('a glossary term shows its summary on keyboard focus, without JavaScript too', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const {context, page} = await newPage({javaScriptEnabled});
    await page.goto(siteUrl + 'sv/medarbetare/att-fraga-om-vald/index.html');
    const term = page.locator('.term__link').first();
    await term.focus();
    const tipId = await term.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    assert.ok(await tip.isVisible(), 'the summary is visible on focus');
    assert.ok((await tip.textContent()).length > 20);
    await context.close();
  }
});

test('contact filters work with and without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const {context, page} = await newPage({javaScriptEnabled});
    await page.goto(siteUrl + 'sv/kontaktvagar/index.html');
    const all = await page.locator('.situations .contact-card:visible').count();
    await page.click('.contact-filters [data-filter="urgency:emergency"]');
    const emergency = await page.locator('.situations .contact-card:visible').count();
    assert.ok(emergency >= 1 && emergency < all, `${emergency} of ${all} (js ${javaScriptEnabled})`);
    const urgencies = await page.locator('.situations .contact-card:visible').evaluateAll(
      (cards) => cards.map((c) => c.dataset.urgency));
    assert.ok(urgencies.every((u) => u === 'emergency'));
    await context.close();
  }
});

test('reading and searching leaves no cookies and nothing in storage', async () => {
  const {context, page} = await newPage();
  await page.goto(siteUrl + 'sv/index.html');
  await page.fill('#site-search-input', 'skyddat boende');
  await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
  await page.goto(siteUrl + 'sv/sok/index.html');
  await page.fill('#search-page-input', 'eftervåld');
  await page.waitForSelector('.search-page .search-hit');
  assert.equal(page.url(), siteUrl + 'sv/sok/index.html', 'no query in the address');
  const stored = await page.evaluate(() => ({cookie: document.cookie, local: localStorage.length,
                                             session: sessionStorage.length}));
  assert.deepEqual(stored, {cookie: '', local: 0, session: 0});
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('screenshots of the main page types in every language, phone and desktop', async () => {
  const shots = {
    sv: ['index.html', 'medarbetare/att-fraga-om-vald/index.html', 'begrepp/eftervald/index.html', 'kontaktvagar/index.html', 'sok/index.html?våld'],
    en: ['index.html', 'staff/asking-about-violence/index.html', 'definitions/post-separation-violence/index.html', 'contacts/index.html', 'search/index.html?violence'],
    ar: ['index.html', 'help/index.html', 'contacts/index.html', 'search/index.html?الشرطة'],
  };
  let count = 0;
  for (const [width, height, name] of [[390, 844, 'phone'], [1280, 900, 'desktop']]) {
    const {context, page} = await newPage({viewport: {width, height}});
    for (const [language, paths] of Object.entries(shots)) {
      for (const path of paths) {
        const [file, query] = path.split('?');
        await page.goto(siteUrl + language + '/' + file);
        if (query) {  // typed, as a reader does: the search page takes no words from its address
          await page.fill('#search-page-input', query);
          await page.waitForSelector('.search-page .search-hit', {timeout: 15000});
        }
        const shot = `${screenshotDir}/${name}-${language}-${path.split('/')[0].replace('.html', '') || 'home'}.png`;
        await page.screenshot({path: shot, fullPage: name === 'desktop'});
        count++;
      }
    }
    assert.deepEqual(context.offsite, []);
    await context.close();
  }
  assert.equal(count, 28);
});
