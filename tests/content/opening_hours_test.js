// The theme's opening-hours.js against the shared table (opening_hours_cases.json), given each
// schedule exactly as the generator writes it on a card (dump_opening_hours): the state, when
// it changes, and the label a reader sees in Swedish and English. Also the site-zone clock,
// across the change to summer time.
//   node --test opening_hours_test.js  (with KUNSKAP_HOURS_CASES=the dump's file)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const hours = require(path.join(here, '../../themes/default/static/opening-hours.js'));
const cases = JSON.parse(fs.readFileSync(process.env.KUNSKAP_HOURS_CASES, 'utf8'));

// The strings as the page hands them to the script (data-* attributes on #kunskap-strings).
function pageStrings(language) {
  const s = cases.strings[language];
  return {
    t: {openNow: s.open_now, openClosesToday: s.open_closes_today,
        openClosesTomorrow: s.open_closes_tomorrow, openClosesDay: s.open_closes_day,
        closed: s.closed, closedOpensToday: s.closed_opens_today,
        closedOpensTomorrow: s.closed_opens_tomorrow, closedOpens: s.closed_opens},
    days: [s.day_mon, s.day_tue, s.day_wed, s.day_thu, s.day_fri, s.day_sat, s.day_sun],
  };
}

function civil(text) {
  return {year: +text.slice(0, 4), month: +text.slice(5, 7), day: +text.slice(8, 10),
          minute: +text.slice(11, 13) * 60 + +text.slice(14, 16)};
}

test('every check of the shared table, as the generator hands it to the script', () => {
  let checked = 0, labels = 0;
  for (const schedule of cases.schedules) {
    for (const check of schedule.checks) {
      const now = civil(check.at);
      const state = hours.stateAt(schedule.data, now);
      const where = `${schedule.name} at ${check.at}`;
      assert.equal(state.open, check.open, where);
      assert.equal(state.exceptionToday, check.exception_today || false, where);
      const change = state.change && [state.change[0], hours.formatMinute(state.change[1])];
      assert.deepEqual(change, check.change, where);
      for (const language of ['sv', 'en', 'ar']) {
        const {t, days} = pageStrings(language);
        const label = hours.describe(state, now, t, days);
        assert.ok(label && !label.includes('{'), `${where}: a whole label in ${language}`);
        if (change) assert.ok(label.includes(change[1]), `${where}: ${language} label gives the time`);
        if (check[language] !== undefined) {
          assert.equal(label, check[language], where);
          labels++;
        }
      }
      checked++;
    }
  }
  assert.ok(checked >= 50 && labels >= 20, `${checked} checks, ${labels} labels`);
});

test('the clock is the site zone\'s, in winter, in summer and across the change', () => {
  const zone = 'Europe/Stockholm';
  assert.deepEqual(hours.localNow(new Date('2026-12-03T19:00:00Z'), zone), civil('2026-12-03 20:00'));
  assert.deepEqual(hours.localNow(new Date('2026-06-15T06:30:00Z'), zone), civil('2026-06-15 08:30'));
  // Summer time starts 2026-03-29 at 02:00, which becomes 03:00.
  assert.deepEqual(hours.localNow(new Date('2026-03-29T00:59:00Z'), zone), civil('2026-03-29 01:59'));
  assert.deepEqual(hours.localNow(new Date('2026-03-29T01:00:00Z'), zone), civil('2026-03-29 03:00'));
  // Midnight is hour 0, never 24.
  assert.deepEqual(hours.localNow(new Date('2026-12-03T23:00:00Z'), zone), civil('2026-12-04 00:00'));
  // A reader in New York at 14:00 sees Stockholm's 20:00.
  assert.deepEqual(hours.localNow(new Date('2026-12-03T19:00:00Z'), 'America/New_York'), civil('2026-12-03 14:00'));
});
