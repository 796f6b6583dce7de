// The bell of the layout: asks for the number of unread notifications once the page is drawn, so that no page
// pays a query for it; the link works without script.
(function () {
    var bell = document.getElementById('notification-bell');
    if (!bell || !window.fetch) {
        return;
    }
    fetch(bell.getAttribute('data-count-url'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
            if (body && body.unread > 0) {
                var count = bell.querySelector('.count');
                count.textContent = body.unread > 99 ? '99+' : String(body.unread);
                count.hidden = false;
                bell.setAttribute('aria-label', bell.getAttribute('data-label') + ' ' + body.unread);
            }
        })
        .catch(function () { });
})();
