// Regia front-end helpers (no inline scripts: the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
  // htmx requests carry the CSRF token of the page
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (evt) {
    if (token && header) {
      evt.detail.headers[header.content] = token.content;
    }
  });
  // move focus to the error summary so screen-reader users hear what to fix
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
});
