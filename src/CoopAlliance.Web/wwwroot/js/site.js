// Confirmation before destructive or irreversible actions: <form data-confirm="Withdraw this co-op?">
document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
});
