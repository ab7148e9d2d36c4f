// kunskap default theme: quick exit by button and by pressing Shift three times. The page
// is readable without this file; it only makes leaving faster and leaves fewer traces.
(function () {
  'use strict';
  highlightFromSearch();
  var strings = document.getElementById('kunskap-strings');
  if (strings) {
    openingHours(strings.dataset);
    contactFilters(strings.dataset);
  }
  var button = document.querySelector('[data-quick-exit]');
  if (!button) return;
  var target = button.getAttribute('href');

  function leave(event) {
    if (event) event.preventDefault();
    // Blank the page at once, then replace this history entry so Back does not return here.
    document.documentElement.classList.add('quick-exit-leaving');
    document.title = '';
    window.location.replace(target);
  }
  button.addEventListener('click', leave);

  var presses = [];
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 3000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });

  // Optional (site config replace_history): links within the site replace the current
  // history entry, so a whole visit is one entry in the tab's Back list.
  if (document.documentElement.getAttribute('data-replace-history') === 'true') {
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href]');
      if (!link || link.hasAttribute('data-quick-exit') || link.target) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      var url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.href.split('#')[0] === window.location.href.split('#')[0]) return;
      event.preventDefault();
      window.location.replace(url.href);
    });
  }

  // A search result opened with #highlight=words: mark the words in the page, scroll to the
  // first, and take the words out of the address so they do not stay in the history.
  function highlightFromSearch() {
    var match = /^#highlight=(.*)$/.exec(window.location.hash);
    if (!match) return;
    history.replaceState(null, '', window.location.pathname + window.location.search);
    var words = decodeURIComponent(match[1]).toLowerCase().split(/\s+/).filter(function (w) {
      return w.length >= 2;
    });
    var main = document.getElementById('main');
    if (!words.length || !main) return;
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode.closest('script, style, mark, .heading-anchor') ?
          NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var first = null;
    var wordPattern = /[\p{L}\p{N}]+/gu;
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var pieces = [];
      var last = 0, m;
      wordPattern.lastIndex = 0;
      while ((m = wordPattern.exec(text)) !== null) {
        var lower = m[0].toLowerCase();
        var hit = words.some(function (w) { return lower.indexOf(w) === 0 || (w.length >= 4 && lower.indexOf(w) > 0); });
        if (!hit) continue;
        pieces.push(document.createTextNode(text.slice(last, m.index)));
        var mark = document.createElement('mark');
        mark.className = 'search-highlight';
        mark.textContent = m[0];
        pieces.push(mark);
        if (!first) first = mark;
        last = m.index + m[0].length;
      }
      if (!pieces.length) return;
      pieces.push(document.createTextNode(text.slice(last)));
      var parent = node.parentNode;
      pieces.forEach(function (piece) { parent.insertBefore(piece, node); });
      parent.removeChild(node);
    });
    if (first) first.scrollIntoView({block: 'center'});
  }

  // "Open now" / "closed, opens ..." on contact cards, from the reader's clock.
  function openingHours(t) {
    var days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    var cards = document.querySelectorAll('.contact-card[data-hours]');
    Array.prototype.forEach.call(cards, function (card) {
      var spec = card.getAttribute('data-hours');
      var label = card.querySelector('.contact-card__open');
      if (!spec || !label) return;
      var ranges = spec.split(';').map(function (entry) {
        var m = /^(\w{3})(?:-(\w{3}))? (\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(entry);
        if (!m) return null;
        var from = days.indexOf(m[1]), to = m[2] ? days.indexOf(m[2]) : from;
        return {from: from, to: to, open: +m[3] * 60 + +m[4], close: +m[5] * 60 + +m[6]};
      }).filter(Boolean);
      function opensOn(day) {  // the opening minute on a day of the week, or -1
        for (var i = 0; i < ranges.length; i++) {
          var r = ranges[i];
          var inRange = r.from <= r.to ? day >= r.from && day <= r.to : day >= r.from || day <= r.to;
          if (inRange) return r;
        }
        return null;
      }
      var now = new Date();
      var day = now.getDay(), minute = now.getHours() * 60 + now.getMinutes();
      var today = opensOn(day);
      if (today && minute >= today.open && minute < today.close) {
        label.textContent = t.openNow;
        label.classList.add('contact-card__open--open');
      } else {
        var text = t.closed;
        for (var ahead = 0; ahead < 8; ahead++) {
          var d = (day + ahead) % 7, r = opensOn(d);
          if (r && (ahead > 0 || minute < r.open)) {
            var time = String(Math.floor(r.open / 60)).padStart(2, '0') + ':' + String(r.open % 60).padStart(2, '0');
            text = t.closedOpens.replace('{day}', t['day' + days[d].charAt(0).toUpperCase() + days[d].slice(1)]).replace('{time}', time);
            break;
          }
        }
        label.textContent = text;
      }
      label.hidden = false;
    });
  }

  // Contact filters: the links work without JavaScript (:target in the stylesheet); here
  // they become toggle buttons that also hide situations left without a card.
  function contactFilters(t) {
    var nav = document.querySelector('.contact-filters');
    if (!nav) return;
    var links = nav.querySelectorAll('a[data-filter]');
    var status = document.querySelector('.contact-filter-status');
    function apply(filter) {
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
      Array.prototype.forEach.call(links, function (link) {
        link.setAttribute('aria-pressed', String(link.getAttribute('data-filter') === filter));
      });
      if (status) status.textContent = t.filterCount.replace('{n}', String(shown));
    }
    Array.prototype.forEach.call(links, function (link) {
      link.setAttribute('role', 'button');
      link.setAttribute('aria-pressed', 'false');
      link.addEventListener('click', function (event) {
        event.preventDefault();
        apply(link.getAttribute('data-filter'));
      });
    });
  }
})();
