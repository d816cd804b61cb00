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
    // Suggestions while typing: the server-rendered datalist is narrowed to what matches, from the register itself.
    var fields = document.querySelectorAll('input[data-suggest]');
    Array.prototype.forEach.call(fields, function (input) {
      var list = document.getElementById(input.getAttribute('list'));
      var timer = null;
      input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { suggest(input, list); }, 200);
      });
    });
  });

  function suggest(input, list) {
    var q = input.value.trim();
    if (!list || q.length < 2 || !window.fetch) return;
    var url = '/bevoegdheid/suggesties?veld=' + encodeURIComponent(input.getAttribute('data-suggest')) + '&q=' + encodeURIComponent(q);
    window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (found) {
        if (input.value.trim() !== q) return;
        while (list.firstChild) list.removeChild(list.firstChild);
        found.forEach(function (suggestion) {
          var option = document.createElement('option');
          option.value = suggestion.value;
          option.textContent = suggestion.label;
          list.appendChild(option);
        });
      })
      .catch(function () { /* the datalist as rendered stays */ });
  }
})();
