// kunskap default theme: quick exit by button and by pressing Shift three times. The page
// is readable without this file; it only makes leaving faster and leaves fewer traces.
(function () {
  'use strict';
  highlightFromSearch();
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
})();
