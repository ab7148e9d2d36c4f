// kunskap search in the browser: results as you type in every page's search box, and the
// full search page with filters. The index is fetched only when the reader starts to search,
// and is loaded and queried in a web worker. Queries never leave the page: no request carries
// them, and nothing is stored.
(function () {
  'use strict';
  var html = document.documentElement;
  // The site's root as an absolute address, resolved once against this page: the worker runs
  // at assets/search-worker.js, and a page-relative "../../" would climb from there instead,
  // out of a site served under a sub-path such as /kunskap/.
  var root = new URL(html.getAttribute('data-root') || './', document.baseURI).href;
  var language = html.getAttribute('lang');
  var worker = null;
  var pending = {};
  var nextId = 1;

  function startWorker() {
    if (worker) return worker;
    try {
      worker = new Worker(root + 'assets/search-worker.js');
    } catch (e) {
      return null;  // file:// or an old browser: the search page explains the alternatives
    }
    worker.onmessage = function (event) {
      var callback = pending[event.data.id];
      delete pending[event.data.id];
      if (callback) callback(event.data);
    };
    return worker;
  }

  function ask(message, callback) {
    var w = startWorker();
    if (!w) { callback({type: 'error', message: 'no worker'}); return; }
    message.id = nextId++;
    message.root = root;
    message.language = language;
    pending[message.id] = callback;
    w.postMessage(message);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A phone number written with spaces ("114 14") in right-to-left text would read "14 114":
  // digit groups are isolated left-to-right, as the generator does on the site's RTL pages.
  var digitGroup = /(?<![\d.,:\/_])\+?\d+(?:[ \u00A0-]\d+)+(?![.,:\/]\d|:|\d)/g;
  function appendText(parent, text, rtl) {
    if (!rtl) { parent.appendChild(document.createTextNode(text)); return; }
    var last = 0, match;
    digitGroup.lastIndex = 0;
    while ((match = digitGroup.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var bdi = el('bdi', '', match[0]);
      bdi.dir = 'ltr';
      parent.appendChild(bdi);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // Segments from the worker become text and <mark> nodes: never parsed as HTML.
  function segments(parent, parts, rtl) {
    parts.forEach(function (part) {
      var target = part.mark ? parent.appendChild(el('mark', '')) : parent;
      appendText(target, part.text, rtl);
    });
    return parent;
  }

  function format(template, n) { return template.replace('{n}', String(n)); }

  function hitElement(hit, strings) {
    var item = el('li', 'search-hit');
    if (hit.language !== language) { item.lang = hit.language; item.dir = hit.dir; }
    var link = el('a', 'search-hit__title');
    // The page itself, with no search words: an address goes into the browser's history.
    // The words are marked here in the result list instead.
    link.href = root + hit.url;
    var rtl = (hit.language !== language ? hit.dir : html.getAttribute('dir')) === 'rtl';
    segments(link, hit.title, rtl);
    item.appendChild(link);
    var meta = [strings['kind' + hit.kind.toLowerCase()] || hit.kind];
    if (hit.section && hit.section !== meta[0]) meta.push(hit.section);
    var audience = hit.audience.map(function (a) { return strings['audience:' + a] || a; });
    if (audience.length) meta.push(audience.join(', '));
    item.appendChild(el('p', 'search-hit__meta', meta.join(' · ')));
    item.appendChild(segments(el('p', 'search-hit__snippet'), hit.snippet, rtl));
    return item;
  }

  function datasetStrings(node) {
    var strings = {};
    // data-audience-labels="staff=Medarbetare;managers=Chefer" (each part percent-encoded)
    (node.dataset.audienceLabels || '').split(';').forEach(function (pair) {
      var eq = pair.indexOf('=');
      if (eq > 0) strings['audience:' + decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
    });
    Object.keys(node.dataset).forEach(function (key) {
      // data-t-kind-article -> dataset.tKindArticle -> "kindarticle"
      if (/^t[A-Z]/.test(key)) strings[key.slice(1).toLowerCase()] = node.dataset[key];
    });
    return strings;
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // Arrow keys move between the input and the result links; Escape closes the list.
  function keyboard(input, list, close) {
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var first = list.querySelector('a');
        if (first) { event.preventDefault(); first.focus(); }
      } else if (event.key === 'Escape' && close) {
        close();
      }
    });
    list.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === 'ArrowDown' && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === 'Escape') { input.focus(); if (close) close(); }
    });
  }

  // ---- The search box on every page ----------------------------------------------------
  function headerSearch(form) {
    var input = form.querySelector('input[type=search]');
    var panel = form.querySelector('.search-panel');
    var list = panel.querySelector('ol');
    var status = form.querySelector('[role=status]');
    var more = panel.querySelector('.search-panel__more');
    var strings = datasetStrings(form);
    var limit = 8;

    function close() { panel.hidden = true; }
    function update() {
      var text = input.value.trim();
      if (!text) { close(); status.textContent = ''; return; }
      ask({type: 'query', text: input.value}, function (answer) {
        if (input.value !== answer.text && answer.type === 'results') return;  // typed on
        list.textContent = '';
        if (answer.type !== 'results') { status.textContent = strings.unavailable; return; }
        answer.hits.slice(0, limit).forEach(function (hit) { list.appendChild(hitElement(hit, strings)); });
        var count = answer.hits.length;
        status.textContent = count ? format(strings.count, count) : strings.empty;
        more.hidden = count <= limit;
        panel.hidden = false;
        panel.querySelector('.search-panel__empty').hidden = count > 0;
      });
    }
    input.addEventListener('focus', function () { ask({type: 'load'}, function () {}); }, {once: true});
    input.addEventListener('input', debounce(function () { limit = 8; update(); }, 120));
    // Enter and "Show all results" show every hit here, in place: going to the search page
    // would have to carry the words in its address, and every address is kept in history.
    function showAll(event) {
      event.preventDefault();
      limit = Infinity;
      update();
    }
    form.addEventListener('submit', showAll);
    more.querySelector('a').addEventListener('click', showAll);
    document.addEventListener('click', function (event) { if (!form.contains(event.target)) close(); });
    // The list closes when focus leaves the search, so it never covers what comes next.
    form.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) close();
    });
    form.addEventListener('pointerleave', function () {
      if (!form.contains(document.activeElement)) close();
    });
    keyboard(input, list, close);
  }

  // ---- The search page --------------------------------------------------------------------
  function searchPage(page) {
    var form = page.querySelector('form');
    var input = form.querySelector('input[type=search]');
    var list = page.querySelector('.search-results');
    var status = page.querySelector('[role=status]');
    var empty = page.querySelector('.search-empty');
    var partial = page.querySelector('.search-partial');
    var scope = form.querySelector('select[name=scope]');
    var strings = datasetStrings(page);
    var last = null;

    function checked(name) {
      return Array.prototype.slice.call(form.querySelectorAll('input[name=' + name + ']:checked'))
        .map(function (box) { return box.value; });
    }
    function render() {
      if (!last) return;
      var audiences = checked('audience');
      var kinds = checked('kind');
      var hits = last.hits.filter(function (hit) {
        return kinds.indexOf(hit.kind) >= 0 &&
          hit.audience.some(function (a) { return audiences.indexOf(a) >= 0; });
      });
      list.textContent = '';
      hits.forEach(function (hit) { list.appendChild(hitElement(hit, strings)); });
      status.textContent = input.value.trim() ? (hits.length ? format(strings.count, hits.length) : strings.empty) : '';
      empty.hidden = hits.length > 0 || !input.value.trim();
      partial.hidden = !last.partial || !hits.length;
    }
    function update() {
      if (!input.value.trim()) { last = {hits: []}; render(); return; }
      ask({type: 'query', text: input.value, allLanguages: scope && scope.value === 'all'}, function (answer) {
        if (answer.type !== 'results') { status.textContent = strings.unavailable; return; }
        if (answer.text !== input.value) return;
        last = answer;
        render();
      });
    }
    page.hidden = false;
    form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
    input.addEventListener('input', debounce(update, 120));
    form.addEventListener('change', function (event) {
      // The text field's change fires when it loses focus, between the press and the click on
      // a result: re-rendering then would take the result away from under the pointer.
      if (event.target === input) return;
      if (event.target === scope) update(); else render();
    });
    keyboard(input, list, null);
  }

  // What was typed is not left in the page when the reader leaves it: the browser keeps a
  // page's form state for Back and for restoring closed tabs, on disk.
  window.addEventListener('pagehide', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[type=search]'), function (box) { box.value = ''; });
  });

  var headerForm = document.querySelector('form[data-site-search]');
  if (headerForm) headerSearch(headerForm);
  var page = document.querySelector('[data-search-page]');
  if (page) searchPage(page);
})();
