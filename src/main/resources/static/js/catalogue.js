// Catalogue: refreshes the server-rendered countdowns of open calls every minute.
// Reads the closing instant (ISO-8601) and the text pattern from data-* attributes: no inline script.
(function () {
  function render(el) {
    var closes = Date.parse(el.getAttribute('data-closes-at'));
    if (isNaN(closes)) { return; }
    var ms = closes - Date.now();
    if (ms <= 0) { el.textContent = el.getAttribute('data-closed') || ''; return; }
    var minutes = Math.floor(ms / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var mins = minutes % 60;
    var format = el.getAttribute('data-format') || '{0} d {1} h {2} min';
    el.textContent = format.replace('{0}', days).replace('{1}', hours).replace('{2}', mins);
  }
  function refresh() {
    document.querySelectorAll('.countdown[data-closes-at]').forEach(render);
  }
  document.addEventListener('DOMContentLoaded', function () { setInterval(refresh, 60000); });
})();
