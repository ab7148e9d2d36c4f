// What the site tells a reader must be true, checked in Debian's chromium against the data it
// came from: "open now" at fixed clocks and time zones (a fixture of every kind of opening
// hours), every phone and email link of the repo's site, the example routes, the quick exit
// with real key sequences, and phone numbers in Arabic text laid out as they are dialled.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {launch, isolatedContext, siteUrl, siteDir, screenshotDir, htmlPages, buildFixture,
        serveFolder} from './harness.mjs';

let browser, hours, hoursDir;
before(async () => {
  browser = await launch();
  fs.mkdirSync(screenshotDir, {recursive: true});
  hoursDir = buildFixture('hours');
  hours = await serveFolder(hoursDir);
});
after(async () => {
  await browser.close();
  await hours.close();
  fs.rmSync(path.dirname(hoursDir), {recursive: true, force: true});
});

/// A page at a fixed instant, in a browser set to `timezoneId`.
async function pageAt(instant, {timezoneId = 'Europe/Stockholm', viewport, install = false} = {}) {
  const context = await isolatedContext(browser, {timezoneId, viewport});
  const page = await context.newPage();
  if (install) await page.clock.install({time: new Date(instant)});
  else await page.clock.setFixedTime(new Date(instant));
  return {context, page};
}

/// Each card's title -> its "open now" label (null when the card has none).
async function labels(page) {
  return page.$$eval('.contact-card', (cards) => Object.fromEntries(cards.map((card) => {
    const label = card.querySelector('.contact-card__open');
    return [card.querySelector('.contact-card__title').textContent.trim(),
            label && !label.hidden ? label.textContent : null];
  })));
}

test('open now and when it changes, at realistic clocks, in the site\'s time zone', async () => {
  // Instants in UTC; Stockholm is UTC+1 in December. 2026-12-03 is a Thursday.
  const expected = [
    ['2026-12-03T19:00:00Z', {  // Thursday 20:00
      Jouren: 'Öppet nu, stänger i morgon 08:00', Nattlinjen: 'Öppet nu, stänger i morgon 08:00',
      Kontoret: 'Stängt nu, öppnar i morgon 08:00', Linjen: 'Öppet nu', Exempeltjänsten: null}],
    ['2026-12-03T11:30:00Z', {  // Thursday 12:30, the office's lunch break
      Jouren: 'Stängt nu, öppnar i dag 16:30', Nattlinjen: 'Stängt nu, öppnar i dag 16:30',
      Kontoret: 'Stängt nu, öppnar i dag 13:00', Linjen: 'Öppet nu', Exempeltjänsten: null}],
    ['2026-12-05T06:00:00Z', {  // Saturday 07:00: Friday night's range still runs
      Jouren: 'Öppet nu, stänger måndag 08:00', Nattlinjen: 'Öppet nu, stänger 08:00',
      Kontoret: 'Stängt nu, öppnar måndag 08:00', Linjen: 'Öppet nu', Exempeltjänsten: null}],
    ['2026-12-24T09:00:00Z', {  // Christmas Eve 10:00: the office is closed on this date
      Kontoret: 'Stängt nu, öppnar måndag 08:00. I dag gäller avvikande öppettider.'}],
    ['2026-12-31T12:00:00Z', {  // New Year's Eve 13:00: short hours
      Kontoret: 'Öppet nu, stänger 14:00. I dag gäller avvikande öppettider.'}],
  ];
  for (const [instant, want] of expected) {
    const {context, page} = await pageAt(instant);
    await page.goto(hours.url + 'sv/kontakt/index.html');
    await page.waitForSelector('.contact-card__open:not([hidden])');
    const got = await labels(page);
    for (const [title, label] of Object.entries(want)) assert.equal(got[title], label, `${title} at ${instant}`);
    await context.close();
  }
});

test('a reader whose device is in another zone is told Stockholm\'s state, and that the times are in its zone', async () => {
  const {context, page} = await pageAt('2026-12-03T19:00:00Z', {timezoneId: 'America/New_York'});
  await page.goto(hours.url + 'sv/kontakt/index.html');
  await page.waitForSelector('.contact-card__open:not([hidden])');
  const got = await labels(page);
  assert.equal(got.Jouren, 'Öppet nu, stänger i morgon 08:00. Tiderna gäller centraleuropeisk normaltid.');
  assert.equal(got.Kontoret, 'Stängt nu, öppnar i morgon 08:00. Tiderna gäller centraleuropeisk normaltid.');
  await context.close();
});

test('a page left open changes its label when the route closes', async () => {
  const {context, page} = await pageAt('2026-12-05T06:59:00Z', {install: true});  // Saturday 07:59
  await page.goto(hours.url + 'sv/kontakt/index.html');
  await page.waitForSelector('.contact-card__open:not([hidden])');
  assert.equal((await labels(page)).Nattlinjen, 'Öppet nu, stänger 08:00');
  await page.clock.runFor(61000);
  assert.equal((await labels(page)).Nattlinjen, 'Stängt nu, öppnar måndag 16:30');
  await context.close();
});

test('the written hours and exception dates match the front matter, and passed dates are hidden', async () => {
  const {context, page} = await pageAt('2026-12-31T12:00:00Z');
  await page.goto(hours.url + 'sv/kontakt/index.html');
  await page.waitForSelector('.contact-card__open:not([hidden])');
  const cards = await page.$$eval('.contact-card', (all) => Object.fromEntries(all.map((card) => [
    card.querySelector('.contact-card__title').textContent.trim(),
    {hours: [...card.querySelectorAll('.hours')].map((h) => h.textContent),
     exceptions: [...card.querySelectorAll('.hours-exceptions li')].filter((li) => !li.hidden).map((li) => li.textContent)}])));
  assert.deepEqual(cards.Jouren.hours, ['måndag–fredag 00:00–08:00', 'måndag–fredag 16:30–24:00', 'lördag–söndag dygnet runt']);
  assert.deepEqual(cards.Nattlinjen.hours, ['måndag–fredag 16:30 till 08:00 dagen efter']);
  assert.deepEqual(cards.Kontoret.hours, ['måndag–fredag 08:00–12:00, 13:00–16:30']);
  assert.deepEqual(cards.Linjen.hours, ['Dygnet runt']);
  // 24 and 25 December have passed on the 31st; the 31st itself is shown.
  assert.deepEqual(cards.Kontoret.exceptions, ['torsdag 31 december 2026: 10:00–14:00']);
  await context.close();
  const later = await pageAt('2027-01-05T12:00:00Z');
  await later.page.goto(hours.url + 'sv/kontakt/index.html');
  await later.page.waitForSelector('.contact-card__open:not([hidden])');
  assert.equal(await later.page.locator('.hours-exceptions').isVisible(), false, 'no passed exception is listed');
  await later.context.close();
});

test('Arabic cards say the same in Arabic, with the number laid out as dialled', async () => {
  const {context, page} = await pageAt('2026-12-03T19:00:00Z');
  await page.goto(hours.url + 'ar/contacts/index.html');
  await page.waitForSelector('.contact-card__open:not([hidden])');
  assert.equal((await labels(page))['خط الليل'], 'مفتوح الآن، يغلق غدًا الساعة 08:00');
  assert.equal(await page.locator('.hours').first().textContent(), 'الاثنين–الجمعة من 16:30 حتى 08:00 من اليوم التالي');
  await context.close();
});

test('screenshots: a card open, closed, overnight and on an exception date', async () => {
  const shots = [['2026-12-03T19:00:00Z', 'Jouren', 'open'], ['2026-12-03T11:30:00Z', 'Kontoret', 'closed'],
                 ['2026-12-05T06:00:00Z', 'Nattlinjen', 'overnight'], ['2026-12-24T09:00:00Z', 'Kontoret', 'exception-date']];
  for (const [instant, title, name] of shots) {
    const {context, page} = await pageAt(instant, {viewport: {width: 480, height: 900}});
    await page.goto(hours.url + 'sv/kontakt/index.html');
    await page.waitForSelector('.contact-card__open:not([hidden])');
    const card = page.locator('.contact-card', {has: page.locator('.contact-card__title', {hasText: title})}).first();
    await card.screenshot({path: path.join(screenshotDir, `contact-card-${name}.png`)});
    await context.close();
  }
  const {context, page} = await pageAt('2026-12-03T19:00:00Z', {viewport: {width: 480, height: 900}});
  await page.goto(hours.url + 'ar/contacts/index.html');
  await page.waitForSelector('.contact-card__open:not([hidden])');
  await page.locator('.contact-card').first().screenshot({path: path.join(screenshotDir, 'contact-card-ar-overnight.png')});
  await context.close();
});

// ---- The repo's own site -------------------------------------------------------------------

function frontMatterPhones() {
  const phones = new Map();  // digits -> {example}
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) { walk(full); continue; }
      if (!entry.name.endsWith('.md')) continue;
      const text = fs.readFileSync(full, 'utf8');
      const phone = /^phone: "?([^"\n]+)"?$/m.exec(text);
      if (phone) phones.set(phone[1].replace(/[^\d+]/g, ''), {example: /^example: true$/m.test(text), file: full});
    }
  };
  walk(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../content'));
  return phones;
}

test('every tel: and mailto: link on every page dials or mails a real address, the one it shows', () => {
  const phones = frontMatterPhones();
  const config = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../site-config.toml'), 'utf8');
  const emergency = /^emergency_number = "([^"]+)"/m.exec(config)[1];
  const bad = [];
  let tel = 0, mailto = 0;
  const pages = htmlPages();
  for (const file of pages) {
    const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
    if (/href="#"/.test(html)) bad.push(`${file}: a link to "#"`);
    // Every page a reader can land on leaves for the configured address, by button and script.
    const exitUrl = /^quick_exit_url = "([^"]+)"/m.exec(config)[1];
    if (!html.includes(`class="quick-exit__button" href="${exitUrl}"`)) bad.push(`${file}: no exit button to ${exitUrl}`);
    if (!new RegExp(`<script src="[^"]*assets/quick-exit\\.js" data-exit-url="${exitUrl.replace(/[.?]/g, '\\$&')}"></script>`).test(html)) {
      bad.push(`${file}: no quick-exit.js leaving for ${exitUrl}`);
    }
    for (const [, href, inner] of html.matchAll(/<a[^>]*href="(tel:[^"]*)"[^>]*>(.*?)<\/a>/g)) {
      tel++;
      const text = inner.replace(/<[^>]*>/g, '');
      const digits = href.slice(4);
      if (!/^\+?\d{3,}$/.test(digits)) bad.push(`${file}: ${href}`);
      if (text.replace(/[^\d+]/g, '') !== digits) bad.push(`${file}: ${href} shown as "${text}"`);
      const known = phones.get(digits);
      if (digits !== emergency && !known) bad.push(`${file}: ${href} is no route's number`);
      if (known && known.example) bad.push(`${file}: ${href} is an example route's placeholder`);
    }
    for (const [, href] of html.matchAll(/href="(mailto:[^"]*)"/g)) {
      mailto++;
      if (!/^mailto:[^@\s"]+@[^@\s"]+\.[a-z]{2,}$/i.test(href)) bad.push(`${file}: ${href}`);
    }
    if (!file.startsWith('404') && file !== 'index.html' &&
        !html.includes(`<a dir="ltr" href="tel:${emergency}">${emergency}</a>`)) {
      bad.push(`${file}: no footer link dialling ${emergency}`);
    }
  }
  assert.deepEqual(bad, []);
  for (const language of ['sv', 'en', 'ar']) {
    assert.ok(pages.some((p) => p.startsWith(language + '/')), `pages in ${language}`);
  }
  assert.ok(tel > pages.length, `${tel} tel: links`);
});

test('the footer\'s emergency link dials 112 in the browser, in every language', async () => {
  const {context, page} = await pageAt('2026-12-03T19:00:00Z');
  for (const start of ['sv/index.html', 'en/index.html', 'ar/index.html', 'sv/kontaktvagar/index.html']) {
    await page.goto(siteUrl + start);
    const link = page.locator('.site-footer__emergency a');
    assert.equal(await link.evaluate((a) => a.href), 'tel:112', start);
    assert.equal(await link.textContent(), '112');
  }
  await context.close();
});

test('example routes show as examples: a notice, no number to call, no open now, no urgency', async () => {
  const phones = frontMatterPhones();
  const exampleCount = [...phones.values()].filter((p) => p.example).length;
  assert.ok(exampleCount > 0);
  const {context, page} = await pageAt('2026-12-03T19:00:00Z');
  for (const [start, notice] of [['sv/kontaktvagar/index.html', 'Exempel – byt ut före publicering'],
                                 ['en/contacts/index.html', 'Example – replace before publishing'],
                                 ['ar/contacts/index.html', 'مثال']]) {
    await page.goto(siteUrl + start);
    await page.waitForSelector('.contact-card__open:not([hidden])');
    const examples = await page.$$eval('.contact-card--example', (cards) => cards.map((card) => ({
      notice: card.querySelector('.contact-card__example')?.textContent || '',
      tel: card.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]').length,
      open: card.querySelector('.contact-card__open') !== null,
      urgency: card.dataset.urgency,
      vcard: card.querySelectorAll('a[download]').length,
      number: card.querySelector('.contact-card__phone')?.textContent || ''})));
    assert.ok(examples.length >= 6, `${start}: ${examples.length} example cards`);
    for (const example of examples) {
      assert.ok(example.notice.startsWith(notice), `${start}: ${JSON.stringify(example)}`);
      assert.deepEqual([example.tel, example.open, example.urgency, example.vcard], [0, false, 'normal', 0]);
      assert.equal(example.number, '010-000 00 00');
    }
    // The real routes with hours still say whether they are open.
    assert.ok(await page.locator('.contact-card:not(.contact-card--example) .contact-card__open:not([hidden])').count() >= 2);
  }
  await context.close();
});

// ---- Quick exit ---------------------------------------------------------------------------

const exitHost = new URL(/^quick_exit_url = "([^"]+)"/m.exec(fs.readFileSync(
  path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../site-config.toml'), 'utf8'))[1]).hostname;

// Keys of a Swedish keyboard that a US layout lacks, as chromium receives them.
const swedishKeys = {'å': 'BracketLeft', 'ä': 'Quote', 'ö': 'Semicolon'};

/// Types as a person does: Shift held for each capital letter, released after it.
async function typeLikeAPerson(page, text) {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {
    const capital = ch !== ch.toLowerCase();
    if (capital) await page.keyboard.down('Shift');
    const code = swedishKeys[ch.toLowerCase()];
    if (code) {
      const event = {key: ch, code, text: ch, unmodifiedText: ch.toLowerCase(), modifiers: capital ? 8 : 0};
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyDown', ...event});
      await cdp.send('Input.dispatchKeyEvent', {type: 'keyUp', key: ch, code, modifiers: capital ? 8 : 0});
    } else {
      await page.keyboard.press(ch);
    }
    if (capital) await page.keyboard.up('Shift');
  }
  await cdp.detach();
}

async function stillOnSite(page, what) {
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(siteUrl), `${what}: still on the site, not ${page.url()}`);
}

async function exitPage(path = 'sv/medarbetare/index.html') {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(siteUrl + path);
  return {context, page};
}

test('typing names with capitals never leaves the page, in the search field or outside it', async () => {
  for (const text of ['BRIS', 'RFSL', 'Åsa Öberg', 'Kvinnofridslinjen 020-50 50 50']) {
    const {context, page} = await exitPage();
    await page.click('#site-search-input');
    await typeLikeAPerson(page, text);
    assert.equal(await page.inputValue('#site-search-input'), text);
    await stillOnSite(page, `typing "${text}" in the search field`);
    await page.click('main h1');
    await typeLikeAPerson(page, text);
    await stillOnSite(page, `typing "${text}" on the page`);
    await context.close();
  }
});

test('Shift+Tab and Shift+Arrow three times never leave the page', async () => {
  const {context, page} = await exitPage();
  for (const key of ['Tab', 'ArrowDown', 'ArrowRight']) {
    await page.click('main h1');
    for (let i = 0; i < 3; i++) await page.keyboard.press(`Shift+${key}`);
    await stillOnSite(page, `Shift+${key} three times`);
  }
  await context.close();
});

test('Shift alone three times leaves, from a plain page and from inside the search field', async () => {
  for (const inField of [false, true]) {
    const {context, page} = await exitPage();
    if (inField) {
      await page.click('#site-search-input');
      await typeLikeAPerson(page, 'Bris');
    }
    await page.keyboard.press('Shift');
    const status = page.locator('[data-quick-exit-status]');
    assert.equal(await status.textContent(), 'Skift, tryck två gånger till för att lämna sidan.');
    await page.keyboard.press('Shift');
    assert.equal(await status.textContent(), 'Skift, tryck en gång till för att lämna sidan.');
    await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.hostname === exitHost);
    await context.close();
  }
});

test('three Shifts 6 seconds apart, or with another key between, do not leave', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(siteUrl + 'sv/medarbetare/index.html');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift');
    await page.clock.runFor(6000);
  }
  await stillOnSite(page, 'three Shifts 6 s apart');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await stillOnSite(page, 'Shift, Shift, a, Shift');
  // A capital's Shift is not a press: "B" and then Shift twice is two presses, not three.
  await page.keyboard.press('Escape');
  await typeLikeAPerson(page, 'B');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await stillOnSite(page, 'B, Shift, Shift');
  await context.close();
});

test('the quick exit button leaves by mouse, by Enter and by Space', async () => {
  for (const how of ['click', 'Enter', 'Space']) {
    const {context, page} = await exitPage();
    if (how === 'click') {
      await page.click('[data-quick-exit]');
    } else {
      await page.focus('[data-quick-exit]');
      await page.keyboard.press(how === 'Space' ? ' ' : 'Enter');
    }
    await page.waitForURL((url) => url.hostname === exitHost);
    await context.close();
  }
});

// ---- Arabic: numbers laid out as dialled ------------------------------------------------

test('on every Arabic page each digit group reads left to right, in text, cards and titles', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  const arabic = htmlPages().filter((p) => p.startsWith('ar/'));
  assert.ok(arabic.length >= 5);
  const wrong = [];
  let groups = 0;
  for (const file of arabic) {
    await page.goto(siteUrl + file);
    const result = await page.evaluate(() => {
      const pattern = /(?<![\d.,:\/_])\+?\d+(?:[ \u00A0-]\d+)+(?![.,:\/]\d|:|\d)/g;
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.parentElement.closest('script, [hidden]') || !node.parentElement.getClientRects().length) continue;
        for (const match of node.nodeValue.matchAll(pattern)) {
          // Where the first and last digit are drawn: left to right as dialled.
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + 1);
          const first = range.getBoundingClientRect();
          range.setStart(node, match.index + match[0].length - 1);
          range.setEnd(node, match.index + match[0].length);
          const last = range.getBoundingClientRect();
          const sameLine = Math.abs(first.top - last.top) < 2;
          found.push({text: match[0], ltr: !sameLine || first.left < last.left,
                      isolated: getComputedStyle(node.parentElement).direction === 'ltr'});
        }
      }
      return {found, title: document.title};
    });
    for (const group of result.found) {
      groups++;
      if (!group.ltr || !group.isolated) wrong.push(`${file}: "${group.text}" ${JSON.stringify(group)}`);
    }
    for (const match of result.title.matchAll(/\d+(?:[ -]\d+)+/g)) {
      if (result.title[match.index - 1] !== '\u2066') wrong.push(`${file}: title "${result.title}"`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(groups >= 20, `${groups} digit groups checked`);
  await page.goto(siteUrl + 'ar/help/index.html');
  await page.screenshot({path: path.join(screenshotDir, 'ar-help-numbers.png'), fullPage: true});
  await context.close();
});
