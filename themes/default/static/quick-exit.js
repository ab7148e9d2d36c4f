// Quick exit ("Lämna sidan snabbt"): by the button, and by pressing Shift three times.
// Loaded first, in <head>, before anything else on the page, and depending on nothing else:
// whatever fails in the theme's other scripts, this one still leaves. The address to leave
// for is on this script's own tag (data-exit-url), so it works before the page has loaded.
//
// The Shift rule is GOV.UK's "Exit this page": a Shift key-up counts only when the key-up
// before it was not made with Shift held. Typing a capital ("BRIS"), Shift+Tab and
// Shift+Arrow give a key-up with shiftKey set before Shift's own, so they never count; any
// other key resets the count; at most 5 seconds may pass between two presses.
(function () {
  'use strict';
  var script = document.currentScript;
  var target = script && script.getAttribute('data-exit-url');
  if (!target) return;
  var presses = 0;
  var lastKeyWasModified = false;
  var timer = null;
  var leaving = false;
  var title = '';

  function status() {
    return document.querySelector('[data-quick-exit-status]');
  }
  function say(name) {
    var region = status();
    if (region) region.textContent = name ? region.getAttribute('data-' + name) || '' : '';
  }
  function indicate() {
    var button = document.querySelector('[data-quick-exit]');
    if (button) button.setAttribute('data-presses', String(presses));
  }
  function reset(announce) {
    if (timer) window.clearTimeout(timer);
    timer = null;
    presses = 0;
    indicate();
    say(announce ? 'timed-out' : '');
  }

  function leave() {
    if (leaving) return;
    leaving = true;
    try {
      // Blank the page at once: on a slow network the next site can take a while to appear.
      document.documentElement.classList.add('quick-exit-leaving');
      title = document.title;
      document.title = '';
      if (document.body) {
        var overlay = document.createElement('div');
        overlay.className = 'quick-exit-overlay';
        overlay.setAttribute('role', 'alert');
        // Set through the DOM, which the Content-Security-Policy allows: the page may have no
        // stylesheet yet.
        overlay.style.cssText = 'visibility:visible;position:fixed;inset:0;z-index:2147483647;background:#fff;' +
          'color:#000;display:flex;align-items:center;justify-content:center;font:1.25rem sans-serif';
        document.body.appendChild(overlay);
        var region = status();
        overlay.textContent = (region && region.getAttribute('data-leaving')) || '';
      }
    } catch (ignored) {
      // Leaving matters more than blanking.
    }
    // Replace this history entry, so that Back does not return to the page left.
    window.location.replace(target);
  }

  // Capture phase on window: runs before any other handler can stop the event.
  window.addEventListener('click', function (event) {
    var element = event.target;
    var link = element && element.closest ? element.closest('[data-quick-exit]') : null;
    if (!link || event.button !== 0) return;
    event.preventDefault();
    leave();
  }, true);

  window.addEventListener('keydown', function (event) {
    // Space activates the button as it would a <button> (Enter already clicks the link).
    var element = event.target;
    if ((event.key === ' ' || event.key === 'Spacebar') && element && element.closest &&
        element.closest('[data-quick-exit]')) {
      event.preventDefault();
      leave();
    }
  }, true);

  window.addEventListener('keyup', function (event) {
    if (event.key === 'Shift' && !lastKeyWasModified) {
      presses += 1;
      indicate();
      if (presses >= 3) {
        reset(false);
        leave();
      } else {
        say(presses === 1 ? 'press-two-more' : 'press-one-more');
        if (timer) window.clearTimeout(timer);
        timer = window.setTimeout(function () { reset(true); }, 5000);
      }
    } else if (presses > 0) {
      reset(false);
    }
    lastKeyWasModified = event.shiftKey;
  }, true);

  // Back can show this page again from the back-forward cache, still blanked: restore it.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    leaving = false;
    document.documentElement.classList.remove('quick-exit-leaving');
    if (title) document.title = title;
    var overlays = document.querySelectorAll('.quick-exit-overlay');
    for (var i = 0; i < overlays.length; i++) overlays[i].parentNode.removeChild(overlays[i]);
    reset(false);
  });
})();
