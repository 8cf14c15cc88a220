/*
 * Only in the app she opened (never with `walkaway serve`): this page tells the server it is open,
 * at once and every 20 seconds, and says goodbye when it is closed or left. Once no page is open
 * the server stops and the vault locks (app.walkaway.web.OpenPages decides when, and why then).
 * Each page load has its own id, so the next page of a navigation never stands for this one.
 */
(function () {
  'use strict';

  var BEAT_MS = 20000; // OpenPages.BEAT

  var bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  var page = Array.prototype.map
    .call(bytes, function (b) {
      return (b + 256).toString(16).slice(1);
    })
    .join('');

  // The token the server expects back with every POST: the one in the page's own forms.
  function csrf() {
    var field = document.querySelector('input[name=csrf]');
    return field ? field.value : '';
  }

  function body(gone) {
    var form = new URLSearchParams();
    form.set('csrf', csrf());
    form.set('page', page);
    if (gone) {
      form.set('gone', '1');
    }
    return form;
  }

  function beat() {
    window
      .fetch('/alive', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-CSRF-Token': csrf() },
        body: body(false)
      })
      .catch(function () {});
  }

  window.addEventListener('pagehide', function () {
    navigator.sendBeacon('/alive', body(true));
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      beat(); // back from the browser's page cache
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      beat();
    }
  });
  window.setInterval(beat, BEAT_MS);
  beat();
})();
