// Accessibility that axe does not judge, and search under a sub-path, in Debian's chromium:
// what a keyboard user, a screen-magnifier user and a reader of a site served under
// /kunskap/ meet.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {launch, isolatedContext, siteUrl, screenshotDir} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('search works under a sub-path, from every kind of page and three levels deep in every language', async () => {
  // site_server.sh serves the site under /kunskap/ too, the path of the repo's base_url.
  const base = siteUrl + 'kunskap/';
  for (const [path, query] of [['sv/begrepp/eftervald/index.html', 'våld'],
                               ['en/definitions/post-separation-violence/index.html', 'violence'],
                               ['ar/contacts/polisen-114-14/index.html', 'الشرطة'],
                               ['sv/index.html', 'eftervåld'], ['sv/medarbetare/index.html', 'hot'],
                               ['sv/medarbetare/att-fraga-om-vald/index.html', 'skyddat boende'],
                               ['sv/nyheter/2018-handlingsplan-antagen/index.html', 'handlingsplan'],
                               ['sv/kontaktvagar/index.html', 'polisen'], ['sv/sok/index.html', 'stöd']]) {
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

test('contact filters are buttons: "all" pressed at load, Space and Enter press them, counts in each language\'s plural', async () => {
  for (const [path, one, many] of [['sv/kontaktvagar/index.html', '1 kontaktväg visas', /^\d+ kontaktvägar visas$/],
                                   ['en/contacts/index.html', '1 contact route shown', /^\d+ contact routes shown$/],
                                   ['ar/contacts/index.html', 'تُعرض جهة اتصال واحدة', /^تُعرض (\d+ )?جه/]]) {
    const context = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl + path);
    const filters = page.locator('.contact-filters button[aria-pressed]');
    assert.ok(await filters.count() >= 4, `${path}: filter buttons`);
    assert.equal(await page.locator('.contact-filters button[data-filter="all"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.contact-filters a').count(), 0, 'no link left pretending to be a button');
    const emergency = page.locator('.contact-filters button[data-filter="urgency:emergency"]');
    await emergency.focus();
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(' ');
    assert.equal(await emergency.getAttribute('aria-pressed'), 'true', `${path}: Space presses`);
    assert.equal(await page.evaluate(() => window.scrollY), before, `${path}: Space did not scroll the page`);
    const shown = await page.locator('.situations .contact-card:visible').count();
    const status = await page.locator('.contact-filter-status').textContent();
    if (shown === 1) assert.equal(status, one, path);
    else assert.match(status, many, path);
    const urgent = page.locator('.contact-filters button[data-filter="urgency:urgent"]');
    await urgent.focus();
    await page.keyboard.press('Enter');
    assert.equal(await urgent.getAttribute('aria-pressed'), 'true', `${path}: Enter presses`);
    assert.equal(await emergency.getAttribute('aria-pressed'), 'false');
    assert.match(await page.locator('.contact-filter-status').textContent(), many, path);
    await context.close();
  }
});

test('forced colours: a pressed filter looks pressed, the exit stays a bordered button', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  await page.emulateMedia({forcedColors: 'active'});
  await page.goto(siteUrl + 'sv/kontaktvagar/index.html');
  const look = (selector) => page.locator(selector).first().evaluate((e) => {
    const s = getComputedStyle(e);
    return `${s.backgroundColor} ${s.borderTopWidth} ${s.borderTopStyle} ${s.color}`;
  });
  const pressed = await look('.contact-filters button[aria-pressed="true"]');
  const unpressed = await look('.contact-filters button[aria-pressed="false"]');
  assert.notEqual(pressed, unpressed, 'pressed and unpressed differ in forced colours');
  const legible = await page.locator('.contact-filters button[aria-pressed="true"]').evaluate((e) => {
    const s = getComputedStyle(e);
    return s.color !== s.backgroundColor;
  });
  assert.ok(legible, 'the pressed filter\'s text differs from its background');
  const exit = await page.locator('[data-quick-exit]').evaluate((e) => getComputedStyle(e).borderTopStyle);
  assert.notEqual(exit, 'none', 'the exit keeps a border');
  await page.screenshot({path: path.join(screenshotDir, 'forced-colors-sv-contacts.png')});
  await context.close();
});

/// Walks every focus stop with Tab (or Shift+Tab), returning those not topmost at their centre.
async function hiddenStops(page, backwards) {
  const hidden = [];
  let stops = 0;
  await page.evaluate((back) => { document.activeElement?.blur(); window.scrollTo(0, back ? document.body.scrollHeight : 0); }, backwards);
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      // Visible when the centre of one of its boxes (a link may wrap over lines) hits it.
      const hits = (x, y) => {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const top = document.elementFromPoint(x, y);
        return !!top && (top === element || element.contains(top) ||
                         (element.labels && [...element.labels].some((label) => label.contains(top))));
      };
      const visible = [...element.getClientRects()].some((r) => hits(r.left + r.width / 2, r.top + r.height / 2));
      const name = (element.textContent || element.getAttribute('aria-label') || element.id || element.tagName).trim().slice(0, 40);
      return {key: element.outerHTML.slice(0, 120), name, visible};
    });
    if (!stop) break;
    if (hidden.length && hidden[hidden.length - 1].key === stop.key) break;
    stops++;
    if (!stop.visible) hidden.push(stop);
    if (stops > 1 && !backwards && stop.key.includes('skip-link')) break;
  }
  return {hidden: hidden.map((s) => s.name), stops};
}

test('no focus stop is covered, forward and backward, at 1280×800 and 320×256, in sv and ar', async () => {
  const pages = ['sv/index.html', 'sv/medarbetare/att-fraga-om-vald/index.html', 'sv/kontaktvagar/index.html',
                 'sv/sok/index.html', 'ar/index.html', 'ar/contacts/index.html'];
  const covered = [];
  for (const viewport of [{width: 1280, height: 800}, {width: 320, height: 256}]) {
    const context = await isolatedContext(browser, {viewport});
    const page = await context.newPage();
    for (const address of pages) {
      for (const backwards of [false, true]) {
        await page.goto(siteUrl + address);  // afresh: no focus and no starting point
        const {hidden, stops} = await hiddenStops(page, backwards);
        assert.ok(stops >= 10, `${viewport.width} ${address} ${backwards ? 'backward' : 'forward'}: ${stops} stops`);
        for (const name of hidden) covered.push(`${viewport.width}x${viewport.height} ${address} ${backwards ? 'backward' : 'forward'}: "${name}"`);
      }
    }
    await context.close();
  }
  assert.deepEqual(covered, []);
});

test('glossary tooltips: Escape hides them without moving focus; inside the window at 320 px, touching but not covering their term', async () => {
  for (const address of ['sv/medarbetare/vad-ar-vald-i-nara-relation/index.html',
                         'en/staff/what-is-violence-in-close-relationships/index.html']) {
    const context = await isolatedContext(browser, {viewport: {width: 320, height: 640}});
    const page = await context.newPage();
    await page.goto(siteUrl + address);
    const terms = page.locator('.term__link');
    const count = await terms.count();
    assert.ok(count >= 10, `${address}: ${count} terms`);
    const outside = [];
    for (let i = 0; i < count; i++) {
      await terms.nth(i).focus();
      const tip = page.locator(`#${await terms.nth(i).getAttribute('aria-describedby')}`);
      const box = await tip.boundingBox();
      if (!box || box.x < 0 || box.x + box.width > 320) outside.push(`${i}: ${JSON.stringify(box)}`);
      const own = await terms.nth(i).boundingBox();
      if (box && own && box.y < own.y + own.height - 1) outside.push(`${i}: the tooltip covers its term`);
      if (box && own && box.y > own.y + own.height + 1) outside.push(`${i}: a gap between term and tooltip`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) outside.push(`${i}: the page is ${width}px wide`);
    }
    assert.deepEqual(outside, [], address);
    const term = terms.first();
    await term.focus();
    const tipId = await term.getAttribute('aria-describedby');
    assert.ok(await page.locator(`#${tipId}`).isVisible());
    await page.keyboard.press('Escape');
    assert.equal(await page.locator(`#${tipId}`).isVisible(), false, 'Escape hides the tooltip');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'term__link', 'focus stays');
    await context.close();
  }
});

test('names and languages: headings without "#", no card is a landmark, a contact page says its name once, no autofocus, parts in another language marked', async () => {
  const context = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(siteUrl + 'sv/medarbetare/att-fraga-om-vald/index.html');
  const snapshot = await page.locator('main').ariaSnapshot();
  const headings = [...snapshot.matchAll(/- heading "([^"]*)"/g)].map((m) => m[1]);
  assert.ok(headings.length >= 3);
  assert.deepEqual(headings.filter((h) => h.includes('#')), [], 'no heading name holds "#"');
  await page.goto(siteUrl + 'sv/kontaktvagar/index.html');
  assert.equal(await page.locator('section[aria-labelledby].contact-card, [role=region].contact-card').count(), 0);
  const regions = await page.locator('main').ariaSnapshot();
  assert.ok(!/- region /.test(regions), 'no region landmarks among the cards');
  await page.goto(siteUrl + 'sv/kontaktvagar/polisen-114-14/index.html');
  const names = [...(await page.locator('main').ariaSnapshot()).matchAll(/- heading "([^"]*)"/g)].map((m) => m[1]);
  assert.equal(names.filter((n) => n === 'Polisen 114 14').length, 1, `headings: ${names}`);
  await page.goto(siteUrl + 'sv/sok/index.html');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'search-page-input', 'no autofocus');
  // Words in another language carry it (3.1.2); links into another language are marked too
  // (tests/markdown/body_renderer_test.cc: the repo's content has none in its bodies).
  await page.goto(siteUrl + 'en/definitions/coordinated-individual-plan/index.html');
  assert.equal(await page.locator('main span[lang="sv"]', {hasText: 'samordnad individuell plan'}).count(), 1);
  await page.goto(siteUrl + 'en/managers/central-support-for-managers/index.html');
  assert.equal(await page.locator('main span[lang="sv"]', {hasText: 'företagshälsovården'}).count(), 1);
  await context.close();
});

test('screenshots at 320×256, in normal and forced colours: home, a tooltip, a pressed filter, the header search', async () => {
  let count = 0;
  for (const forced of [false, true]) {
    const context = await isolatedContext(browser, {viewport: {width: 320, height: 256}});
    const page = await context.newPage();
    if (forced) await page.emulateMedia({forcedColors: 'active'});
    const mode = forced ? 'forced' : 'normal';
    const shot = async (name) => { await page.screenshot({path: path.join(screenshotDir, `320x256-${mode}-${name}.png`)}); count++; };
    await page.goto(siteUrl + 'sv/index.html');
    await shot('home');
    await page.goto(siteUrl + 'sv/medarbetare/vad-ar-vald-i-nara-relation/index.html');
    await page.locator('.term__link').nth(2).focus();
    await shot('tooltip');
    await page.goto(siteUrl + 'sv/kontaktvagar/index.html');
    await page.locator('.contact-filters button[data-filter="urgency:urgent"]').click();
    await shot('filter-pressed');
    await page.goto(siteUrl + 'sv/index.html');
    await page.fill('#site-search-input', 'eftervåld');
    await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
    await shot('search-open');
    await context.close();
  }
  assert.equal(count, 8);
});

test('a table-of-contents jump puts its heading below the quick-exit bar, and adds no history entry', async () => {
  for (const viewport of [{width: 1280, height: 800}, {width: 320, height: 256}]) {
    for (const address of ['sv/medarbetare/handlingsplanens-fokusomraden/index.html', 'ar/help/index.html']) {
      const context = await isolatedContext(browser, {viewport});
      const page = await context.newPage();
      await page.goto(siteUrl + address);
      const links = page.locator('.toc a');
      const count = await links.count();
      assert.ok(count >= 3, `${address}: a table of contents`);
      const entries = await page.evaluate(() => history.length);
      for (const index of [count - 1, 1]) {
        await links.nth(index).click();
        const id = decodeURIComponent((await links.nth(index).getAttribute('href')).slice(1));
        const [bar, heading] = await page.evaluate((target) => [
          document.querySelector('.quick-exit').getBoundingClientRect().bottom,
          document.getElementById(target).getBoundingClientRect().top], id);
        assert.ok(heading >= bar - 1, `${viewport.width} ${address} #${id}: heading at ${heading}, bar ends at ${bar}`);
        assert.equal(await page.evaluate(() => history.length), entries, 'the jump added no history entry');
      }
      await context.close();
    }
  }
});
