// Filters fold away on a phone. On a wider screen the style sheet shows them folded or not; opening the fold as well
// keeps them reachable for the keyboard and for assistive technology. Without script, nothing is lost either way.
(function () {
    if (!window.matchMedia || !window.matchMedia('(min-width: 721px)').matches) {
        return;
    }
    document.querySelectorAll('details.fold').forEach(function (d) {
        d.open = true;
    });
})();
