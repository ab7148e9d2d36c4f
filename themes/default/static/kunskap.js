// kunskap default theme: opening hours on contact cards, contact filters and Back-friendly
// links. The page is readable without this file. Quick exit is not
// here: quick-exit.js runs before this file and without it. Each feature runs on its own, so
// that one failing leaves the others working.
(function () {
  'use strict';
  var strings = document.getElementById('kunskap-strings');
  function run(feature) {
    try { feature(); } catch (error) { if (window.console) console.error(error); }
  }
  run(scrollPadding);
  run(tooltips);
  if (strings) {
    run(function () { openingHours(strings.dataset); });
    run(function () { contactFilters(strings.dataset); });
  }

  // In-page links (the skip link, the table of contents, heading anchors) move within the page
  // without adding an entry to the tab's history: after the quick exit, Back must not lead
  // through this page's parts back to the site.
  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (!link) return;
    var id = decodeURIComponent(link.getAttribute('href').slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
      target.setAttribute('tabindex', '-1');
    }
    target.scrollIntoView();
    target.focus({preventScroll: true});
  });

  // Site config replace_history (on by default): links within the site replace the current
  // history entry, so a whole visit is one entry in the tab's Back list, and the quick exit
  // (which replaces that entry too) leaves Back pointing at what was open before the site.
  if (document.documentElement.getAttribute('data-replace-history') === 'true') {
    document.addEventListener('click', function (event) {
      if (event.defaultPrevented || event.button !== 0) return;
      var link = event.target.closest && event.target.closest('a[href]');
      if (!link || link.hasAttribute('data-quick-exit') || link.target || link.hasAttribute('download')) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      var url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      window.location.replace(url.href);
    });
  }

  // Focus and in-page jumps stop below the sticky quick-exit bar, whatever its height.
  function scrollPadding() {
    var bar = document.querySelector('.quick-exit');
    if (!bar) return;
    function update() {
      document.documentElement.style.scrollPaddingBlockStart = (bar.offsetHeight + 8) + 'px';
    }
    update();
    window.addEventListener('resize', update);
  }

  // Glossary tooltips (WCAG 1.4.13): Escape hides them without moving focus, and an open one
  // is moved back inside the window when it would run off its edge.
  function tooltips() {
    var terms = document.querySelectorAll('.term');
    if (!terms.length) return;
    function place(term) {
      var tip = term.querySelector('.term__tip');
      if (!tip) return;
      tip.style.transform = '';
      var rect = tip.getBoundingClientRect();
      var width = document.documentElement.clientWidth, shift = 0;
      if (rect.right > width - 8) shift = width - 8 - rect.right;
      if (rect.left + shift < 8) shift = 8 - rect.left;
      if (shift) tip.style.transform = 'translateX(' + shift + 'px)';
    }
    Array.prototype.forEach.call(terms, function (term) {
      function open() { term.classList.remove('term--dismissed'); place(term); }
      term.addEventListener('mouseenter', open);
      term.addEventListener('focusin', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      Array.prototype.forEach.call(terms, function (term) {
        if (term.matches(':hover') || term.contains(document.activeElement)) term.classList.add('term--dismissed');
      });
    });
  }

  // "Open now" / "closed, opens ..." on contact cards, in the site's time zone (the generator
  // writes each card's hours; opening-hours.js judges them), refreshed every minute.
  function openingHours(t) {
    var model = window.KunskapHours;
    var cards = document.querySelectorAll('.contact-card[data-hours]');
    if (!model || !cards.length) return;
    var zone = t.timeZone || 'Europe/Stockholm';
    var lang = document.documentElement.lang;
    var days = [t.dayMon, t.dayTue, t.dayWed, t.dayThu, t.dayFri, t.daySat, t.daySun];
    function update() {
      var date = new Date();
      var now = model.localNow(date, zone);
      var today = model.civilDate(model.daysFromCivil(now.year, now.month, now.day));
      // Said when the reader's clock shows another time than the site's zone.
      var device = {year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(),
                    minute: date.getHours() * 60 + date.getMinutes()};
      var zoneNote = '';
      if (device.year !== now.year || device.month !== now.month || device.day !== now.day ||
          device.minute !== now.minute) {
        var parts = new Intl.DateTimeFormat(lang, {timeZone: zone, timeZoneName: 'long'}).formatToParts(date);
        var name = zone;
        parts.forEach(function (part) { if (part.type === 'timeZoneName') name = part.value; });
        zoneNote = t.hoursTimeZone.replace('{zone}', name);
      }
      Array.prototype.forEach.call(cards, function (card) {
        var label = card.querySelector('.contact-card__open');
        if (!label) return;
        var hours = JSON.parse(card.getAttribute('data-hours'));
        var state = model.stateAt(hours, now);
        var text = model.describe(state, now, t, days);
        if (state.exceptionToday) text += '. ' + t.hoursExceptionToday;
        if (zoneNote) text += (state.exceptionToday ? ' ' : '. ') + zoneNote;
        label.textContent = text;
        label.classList.toggle('contact-card__open--open', state.open);
        label.hidden = false;
        // Exception dates that have passed since the build.
        Array.prototype.forEach.call(card.querySelectorAll('.hours-exceptions li[data-date]'), function (item) {
          item.hidden = item.getAttribute('data-date') < today;
        });
        var list = card.querySelector('.hours-exceptions');
        if (list) {
          var none = !list.querySelector('li:not([hidden])');
          list.parentNode.hidden = none;
          if (list.parentNode.previousElementSibling) list.parentNode.previousElementSibling.hidden = none;
        }
      });
    }
    update();
    window.setInterval(update, 60000);
  }

  // Contact filters: links that work without JavaScript (:target in the stylesheet); here they
  // become real toggle buttons (Space and Enter press them), "all" pressed to begin with, that
  // also hide situations left without a card and say how many routes are shown.
  function contactFilters(t) {
    var nav = document.querySelector('.contact-filters');
    if (!nav) return;
    var plural = new Intl.PluralRules(document.documentElement.lang);
    var buttons = [];
    Array.prototype.forEach.call(nav.querySelectorAll('a[data-filter]'), function (link) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'contact-filter';
      button.setAttribute('data-filter', link.getAttribute('data-filter'));
      button.textContent = link.textContent;
      link.parentNode.replaceChild(button, link);
      buttons.push(button);
    });
    var status = document.querySelector('.contact-filter-status');
    function count(n) {
      var form = plural.select(n);
      var key = 'filterCount' + form.charAt(0).toUpperCase() + form.slice(1);
      return (t[key] || t.filterCountOther).replace('{n}', String(n));
    }
    function apply(filter, announce) {
      var shown = 0;
      Array.prototype.forEach.call(document.querySelectorAll('.situations .contact-card'), function (card) {
        var urgency = card.getAttribute('data-urgency');
        var audience = (card.getAttribute('data-audience') || '').split(' ');
        var show = filter === 'all' ||
          (filter === 'urgency:emergency' && urgency === 'emergency') ||
          (filter === 'urgency:urgent' && (urgency === 'emergency' || urgency === 'urgent')) ||
          (filter.indexOf('audience:') === 0 && audience.indexOf(filter.slice(9)) >= 0);
        card.hidden = !show;
        if (show) shown++;
      });
      Array.prototype.forEach.call(document.querySelectorAll('.situations .situation'), function (group) {
        group.hidden = !group.querySelector('.contact-card:not([hidden])');
      });
      buttons.forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-filter') === filter));
      });
      if (status && announce) status.textContent = count(shown);
    }
    buttons.forEach(function (button) {
      button.addEventListener('click', function () { apply(button.getAttribute('data-filter'), true); });
    });
    apply('all', false);
  }
})();
