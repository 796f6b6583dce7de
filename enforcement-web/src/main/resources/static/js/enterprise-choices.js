// The unplanned inspection's chooser offers the enterprises matching what is typed, as the user types (the same
// scoped search its form runs without script). Each offer is a link to the start form of that enterprise.
(function () {
    var input = document.getElementById('enterprise-search');
    var list = document.getElementById('enterprise-choices');
    var none = document.getElementById('no-enterprise-choices');
    if (!input || !list || !window.fetch) {
        return;
    }
    var source = input.getAttribute('data-source');
    var start = list.closest('form').getAttribute('action');
    var timer = null;
    var asked = 0;
    var show = function (term, choices) {
        list.textContent = '';
        choices.forEach(function (c) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.className = 'button block';
            a.href = start + '?enterprise=' + encodeURIComponent(c.id);
            var name = document.createElement('span');
            name.textContent = c.name;
            var code = document.createElement('small');
            code.className = 'muted';
            code.textContent = c.creditCode;
            a.appendChild(name);
            a.appendChild(document.createTextNode(' '));
            a.appendChild(code);
            li.appendChild(a);
            list.appendChild(li);
        });
        if (none) {
            none.hidden = term === '' || choices.length > 0;
        }
    };
    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var term = input.value.trim();
            var mine = ++asked;
            if (term === '') {
                show('', []);
                return;
            }
            fetch(source + '?q=' + encodeURIComponent(term),
                {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (choices) {
                    if (mine === asked) {
                        show(term, choices);
                    }
                })
                .catch(function () { /* the form still searches without script */ });
        }, 250);
    });
})();
