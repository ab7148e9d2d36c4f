// kunskap default theme: quick exit by button and by pressing Shift three times. The page
// is readable without this file; it only makes leaving faster and leaves fewer traces.
(function () {
  'use strict';
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
})();
