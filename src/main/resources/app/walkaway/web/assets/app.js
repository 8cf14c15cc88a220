/*
 * Walkaway's only script of its own. Every page works without it; it adds:
 * - Quick exit at once: the page empties, replaces itself with the neutral notes page (so Back does
 *   not return to it), and asks the server to lock in the background. Ctrl + Shift + X (or
 *   Cmd + Shift + X) does the same: a chord nobody types by accident while writing, unlike Escape.
 * - The idle lock: after the set idle time without her touching the page, the page goes to the lock
 *   screen, so nothing stays readable on an unattended screen. Her activity tells the server she is
 *   still here (at most once a minute), so the server never locks while she is typing.
 */
(function () {
  'use strict';

  // The token the server expects back with every POST: the one in the page's own forms.
  function csrf() {
    var field = document.querySelector('input[name=csrf]');
    return field ? field.value : '';
  }

  function tokenBody() {
    var body = new URLSearchParams();
    body.set('csrf', csrf());
    return body;
  }

  function quickExit(event) {
    if (event) {
      event.preventDefault();
    }
    var token = tokenBody(); // read before the page empties itself
    document.body.textContent = '';
    try {
      navigator.sendBeacon('/exit', token);
    } catch (ignored) {
      // The page still leaves; the server locks on its own when idle.
    }
    window.location.replace('/notes');
  }

  document.addEventListener('keydown', function (event) {
    var key = event.key === undefined ? '' : event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && event.shiftKey && key === 'x') {
      quickExit(event);
    }
  });

  var exitForm = document.querySelector('form.quick-exit');
  if (exitForm) {
    exitForm.addEventListener('submit', quickExit);
  }

  var body = document.body;
  var idleMs = Number(body.getAttribute('data-idle-seconds')) * 1000;
  if (body.getAttribute('data-open') !== 'true' || !(idleMs > 0)) {
    return;
  }
  var timer = 0;
  var lastPing = Date.now();
  var pingEvery = Math.min(60000, idleMs / 3);

  function lockScreen() {
    window.location.replace('/unlock');
  }

  function arm() {
    window.clearTimeout(timer);
    timer = window.setTimeout(lockScreen, idleMs + 1000);
  }

  function active() {
    arm();
    var now = Date.now();
    if (now - lastPing < pingEvery) {
      return;
    }
    lastPing = now;
    window.fetch('/still-here', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrf() },
      body: tokenBody()
    })
      .then(function (response) {
        if (response.redirected) {
          lockScreen();
        }
      })
      .catch(function () {});
  }

  ['keydown', 'pointerdown', 'input', 'scroll'].forEach(function (type) {
    document.addEventListener(type, active, { passive: true });
  });
  arm();
})();
