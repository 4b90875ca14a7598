// Sends the CSRF token with every htmx request; Spring Security rejects state changes without it.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// Buttons with data-confirm ask before submitting their form.
document.addEventListener('submit', function (event) {
  var submitter = event.submitter;
  var message = submitter && submitter.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Buttons with data-print open the browser's print dialog (inline handlers are blocked by the CSP).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// A checkbox with data-check-all="name" checks or clears every enabled checkbox of that name.
document.addEventListener('change', function (event) {
  var name = event.target.getAttribute && event.target.getAttribute('data-check-all');
  if (name) {
    document.querySelectorAll('input[type="checkbox"][name="' + name + '"]:not(:disabled)').forEach(function (box) {
      box.checked = event.target.checked;
    });
  }
});

// A poller with data-token-from="#id" sends that element's data-token as the parameter "known",
// so that the server can respond with 204 while nothing changed and htmx leaves the page as it is.
document.addEventListener('htmx:configRequest', function (event) {
  var from = event.detail.elt.getAttribute && event.detail.elt.getAttribute('data-token-from');
  var source = from && document.querySelector(from);
  if (source && source.dataset.token) {
    event.detail.parameters.known = source.dataset.token;
  }
});
