/*
 * The upload form: says at once when the chosen files are larger than Walkaway takes, instead of
 * sending them all first. The server checks again; this only saves her the wait.
 */
(function () {
  'use strict';

  document.querySelectorAll('form.upload').forEach(function (form) {
    var limit = Number(form.getAttribute('data-limit'));
    var input = form.querySelector('input[type=file]');
    var problem = form.querySelector('#files-problem');
    if (!input || !problem || !(limit > 0)) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var total = 0;
      for (var i = 0; i < input.files.length; i++) {
        total += input.files[i].size;
      }
      if (total > limit) {
        event.preventDefault();
        problem.textContent = 'These files are larger than Walkaway takes at once. Send them one'
          + ' at a time, or the chat without its photos and videos.';
        problem.hidden = false;
        input.setAttribute('aria-describedby', 'files-problem files-hint');
        input.focus();
      }
    });
  });
})();
