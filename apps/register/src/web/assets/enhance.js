/* global document, window */
// Enhancements only: every page works without this script (ui.md "What makes a page done").
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // Announce a form's errors: focus the summary, whose links lead to the fields.
    var summary = document.getElementById('foutmeldingen');
    if (summary) summary.focus();
    // A print button where printing is offered; without script the browser's own print does the same.
    var spots = document.querySelectorAll('[data-print-button]');
    Array.prototype.forEach.call(spots, function (spot) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'utrecht-button utrecht-button--secondary-action';
      button.textContent = 'Afdrukken';
      button.addEventListener('click', function () { window.print(); });
      spot.appendChild(button);
    });
  });
})();
