// An enterprise search (the unplanned inspection's chooser, the hazard list's filter) offers the enterprises matching
// what is typed, as the user types: the same scoped search its form runs without script. Each offer is a link to the
// search's form sent with that enterprise: its other fields as they are now, the field named by data-param set to the
// enterprise's id, the typed text left out.
(function () {
    var input = document.getElementById('enterprise-search');
    var list = document.getElementById('enterprise-choices');
    var none = document.getElementById('no-enterprise-choices');
    if (!input || !list || !input.form || !window.fetch || !window.URLSearchParams) {
        return;
    }
    var source = input.getAttribute('data-source');
    var param = input.getAttribute('data-param') || 'enterprise';
    var form = input.form;
    var timer = null;
    var asked = 0;
    var linkTo = function (id) {
        var query = new URLSearchParams();
        Array.prototype.forEach.call(form.elements, function (e) {
            if (!e.name || e === input || e.name === param || e.disabled || e.value === ''
                || ((e.type === 'checkbox' || e.type === 'radio') && !e.checked)
                || e.type === 'submit' || e.type === 'button') {
                return;
            }
            query.append(e.name, e.value);
        });
        query.set(param, id);
        return form.getAttribute('action') + '?' + query.toString();
    };
    var show = function (term, choices) {
        list.textContent = '';
        choices.forEach(function (c) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.className = 'button block';
            a.href = linkTo(c.id);
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
