// Applications: the draft form autosaves through htmx (attributes on #application-form). A click on "Save the draft"
// while an autosave is under way waits for it (so that the hidden version field carries the new version) and stops
// any autosave that would start after it; the optimistic lock still refuses a save based on someone else's old version.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('application-form');
  if (!form) {
    return;
  }
  var submitting = false;
  var waitingSubmitter = null;
  form.addEventListener('submit', function (evt) {
    if (form.classList.contains('htmx-request')) {
      evt.preventDefault();
      waitingSubmitter = evt.submitter || null;
      return;
    }
    submitting = true;
  });
  document.body.addEventListener('htmx:beforeRequest', function (evt) {
    if (evt.detail.elt === form && submitting) {
      evt.preventDefault();
    }
  });
  document.body.addEventListener('htmx:afterRequest', function (evt) {
    if (evt.detail.elt === form && waitingSubmitter !== undefined && waitingSubmitter !== null) {
      var submitter = waitingSubmitter;
      waitingSubmitter = null;
      window.setTimeout(function () {
        submitting = true;
        form.requestSubmit(submitter);
      }, 50);
    }
  });
});
