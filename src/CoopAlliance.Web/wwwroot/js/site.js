// Confirmation before destructive or irreversible actions: <form data-confirm="Withdraw this co-op?">
document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
});

// Progress bars: <div class="progress-bar" data-percent="42"> (a style="" attribute would break the CSP).
document.querySelectorAll('[data-percent]').forEach(function (bar) {
    bar.style.width = Math.max(0, Math.min(100, Number(bar.getAttribute('data-percent')) || 0)) + '%';
});

// Pages that follow work in progress reload themselves: <div hidden data-reload-after="3000"></div>.
document.querySelectorAll('[data-reload-after]').forEach(function (el) {
    setTimeout(function () { location.reload(); }, Number(el.getAttribute('data-reload-after')) || 3000);
});

// --- Confirm a decision (Pages/Shared/_ConfirmDecision.cshtml) ---
// The "are you sure?" step comes back from the server in place of the forms: move the focus (and the view) to it.
document.querySelectorAll('[data-focus-on-load]').forEach(function (el, i) {
    if (i === 0) { el.focus(); el.scrollIntoView({ block: 'center' }); }
});

// --- Land where the server sent you (/MyCoop#roster after adding a person) ---
// The browser scrolls to the fragment before late layout (flash messages, stacked cards) settles; scroll once more.
window.addEventListener('load', function () {
    if (document.querySelector('.error-summary')) { return; }
    var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) { target.scrollIntoView({ block: 'start' }); }
});

// --- Errors you can find (the <error-summary /> tag helper, Pages/Shared/FormTagHelpers.cs) ---
// A form that came back with errors opens on its summary: focus it, so it is seen and read first.
var errorSummary = document.querySelector('.error-summary');
if (errorSummary) {
    errorSummary.focus();
    errorSummary.scrollIntoView({ block: 'start' });
}

// Each link in the summary focuses its field (a bare #fragment would only scroll) and shows the field's label too.
document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('.error-summary a[href^="#"]');
    if (!link) { return; }
    var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)))
        || document.getElementsByName(link.getAttribute('data-field') || '')[0];
    if (!field) { return; }
    e.preventDefault();
    var label = (field.id && document.querySelector('label[for="' + field.id + '"]')) || field.closest('fieldset') || field;
    field.focus({ preventScroll: true });
    label.scrollIntoView({ block: 'start' });
});
