/*
 * The Copy buttons: each copies the text of the field its data-copy names to the clipboard, so she
 * can paste her exit message into her own phone. Without scripts the buttons stay hidden and the
 * text is there to select by hand.
 */
(function () {
  'use strict';

  function say(button, words) {
    var form = button.closest('form');
    var status = form ? form.querySelector('.copied') : null;
    if (status) {
      status.textContent = words;
    }
  }

  function copy(button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
      return;
    }
    var text = field.value;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () { say(button, 'Copied. Paste it where you want to send it.'); },
        function () { fallback(field, button); });
    } else {
      fallback(field, button);
    }
  }

  function fallback(field, button) {
    field.focus();
    field.select();
    say(button, 'The text is selected: copy it with Ctrl + C (Cmd + C on a Mac).');
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { copy(button); });
  });
})();
