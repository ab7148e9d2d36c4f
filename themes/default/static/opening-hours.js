// Opening hours on contact cards: is a route open now, and when does that change, judged in
// the site's time zone whatever the reader's device says. The same model as the generator's
// content/opening_hours.cc, which writes each card's data-hours
// ({"week": [[[open, close], ...] x 7, Monday first], "dates": {"YYYY-MM-DD": [...]}}, minutes
// from the day's midnight, an overnight range closing past 1440). Both are tested against one
// table of cases (tests/content/opening_hours_cases.json); this file also runs in node.
(function (root) {
  'use strict';
  var DAY = 1440;
  var has = Object.prototype.hasOwnProperty;

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function daysFromCivil(year, month, day) { return Math.floor(Date.UTC(year, month - 1, day) / 86400000); }
  function civilDate(days) {
    var d = new Date(days * 86400000);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  }
  function weekday(days) { return (((days % 7) + 7 + 3) % 7); }  // 0 = Monday; 1970-01-01 was a Thursday
  function formatMinute(minute) { return pad(Math.floor(minute / 60)) + ':' + pad(minute % 60); }

  function rangesOn(hours, days) {
    var date = civilDate(days);
    return has.call(hours.dates, date) ? hours.dates[date] : hours.week[weekday(days)];
  }

  /// now: {year, month, day, minute} in the site's zone. Returns {open, exceptionToday,
  /// change: [days from today, minute of that day] | null}; a closing at midnight is given as
  /// 1440 of the day before.
  function stateAt(hours, now) {
    var today = daysFromCivil(now.year, now.month, now.day);
    var state = {open: false, exceptionToday: has.call(hours.dates, civilDate(today)), change: null};
    // Every range from yesterday (an overnight one reaches into today) to a week ahead, in
    // minutes from today's midnight; touching ranges join into one opening.
    var spans = [];
    for (var offset = -1; offset <= 8; offset++) {
      rangesOn(hours, today + offset).forEach(function (range) {
        var start = offset * DAY + range[0], end = offset * DAY + range[1];
        var last = spans[spans.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else spans.push([start, end]);
      });
    }
    var minute = now.minute, horizon = 7 * DAY + minute;
    function at(m, closing) {
      var day = Math.floor(m / DAY), ofDay = m % DAY;
      return closing && ofDay === 0 ? [day - 1, DAY] : [day, ofDay];
    }
    for (var i = 0; i < spans.length; i++) {
      var span = spans[i];
      if (span[0] <= minute && minute < span[1]) {
        state.open = true;
        if (span[1] <= horizon) state.change = at(span[1], true);
        return state;
      }
      if (span[0] > minute) {
        if (span[0] <= horizon) state.change = at(span[0], false);
        return state;
      }
    }
    return state;
  }

  /// The wall clock in `timeZone` at `date`: {year, month, day, minute}.
  function localNow(date, timeZone) {
    var parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric',
    }).formatToParts(date).forEach(function (part) { parts[part.type] = part.value; });
    return {year: +parts.year, month: +parts.month, day: +parts.day,
            minute: (+parts.hour % 24) * 60 + +parts.minute};
  }

  /// The card's label in the page's language. t: the theme strings (openNow, openClosesToday,
  /// openClosesTomorrow, openClosesDay, closed, closedOpensToday, closedOpensTomorrow,
  /// closedOpens) and days: weekday names, Monday first.
  function describe(state, now, t, days) {
    var today = daysFromCivil(now.year, now.month, now.day);
    if (!state.change) return state.open ? t.openNow : t.closed;
    var ahead = state.change[0], time = formatMinute(state.change[1]);
    var name = days[weekday(today + ahead)];
    var text = state.open ?
      (ahead === 0 ? t.openClosesToday : ahead === 1 ? t.openClosesTomorrow : t.openClosesDay) :
      (ahead === 0 ? t.closedOpensToday : ahead === 1 ? t.closedOpensTomorrow : t.closedOpens);
    return text.replace('{day}', name).replace('{time}', time);
  }

  var api = {stateAt: stateAt, localNow: localNow, describe: describe, civilDate: civilDate,
             daysFromCivil: daysFromCivil, formatMinute: formatMinute};
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.KunskapHours = api;
})(this);
