// Nothing typed is lost. A form marked data-keep="<stable key>" is kept in this browser's localStorage as it is typed,
// and forgotten only when the server confirmed it: the page the server redirects to after accepting it carries the key
// in <body data-kept-saved>. Opening the form again while something is kept restores it, with a notice and a button to
// discard it. A refusal (the form drawn again with its errors) keeps the values; so does a dropped connection, which
// leaves the page as it is and says so. Never kept: passwords, hidden fields (the CSRF token, the version), files, and
// anything inside [data-keep-skip].
//
// Submission goes through fetch so that a dropped connection does not leave the page; the answer replaces the page as
// the browser would have shown it (with the address of the page redirected to). Without fetch, or on a form marked
// data-keep-native, the browser submits by itself: the values are kept all the same and restored when the form is
// opened again.
(function () {
    'use strict';

    var script = document.querySelector('script[data-keep-texts]');
    var storage;
    try {
        storage = window.localStorage;
    } catch (blocked) {
        return;
    }
    if (!script || !storage) {
        return;
    }
    var texts = {
        restored: script.getAttribute('data-restored'),
        discard: script.getAttribute('data-discard'),
        offline: script.getAttribute('data-offline'),
        sending: script.getAttribute('data-sending')
    };
    // one device may serve more than one account: each keeps its own forms
    var prefix = 'keep:' + (script.getAttribute('data-user') || '') + ':';
    var MAX_AGE = 30 * 24 * 3600 * 1000;
    var SKIPPED_TYPES = ['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image'];

    function read(key) {
        try {
            var entry = JSON.parse(storage.getItem(prefix + key));
            return entry && entry.fields ? entry : null;
        } catch (unreadable) {
            return null;
        }
    }

    function write(key, fields) {
        try {
            storage.setItem(prefix + key, JSON.stringify({ savedAt: Date.now(), fields: fields }));
        } catch (full) {
            // a full storage keeps the previous state; the form itself still holds the values
        }
    }

    function forget(key) {
        storage.removeItem(prefix + key);
    }

    function forgetOld() {
        for (var i = storage.length - 1; i >= 0; i--) {
            var name = storage.key(i);
            if (name && name.indexOf('keep:') === 0) {
                try {
                    var entry = JSON.parse(storage.getItem(name));
                    if (!entry || !(Date.now() - entry.savedAt < MAX_AGE)) {
                        storage.removeItem(name);
                    }
                } catch (unreadable) {
                    storage.removeItem(name);
                }
            }
        }
    }

    function kept(el) {
        if (!el.name || el.disabled || el.name === '_csrf' || el.name === '_keep') {
            return false;
        }
        if (!/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
            return false;
        }
        if (SKIPPED_TYPES.indexOf((el.type || '').toLowerCase()) >= 0) {
            return false;
        }
        return !el.closest('[data-keep-skip]');
    }

    function fieldsOf(form) {
        var byName = {};
        Array.prototype.forEach.call(form.elements, function (el) {
            if (kept(el)) {
                (byName[el.name] = byName[el.name] || []).push(el);
            }
        });
        return byName;
    }

    function collect(form) {
        var fields = {};
        var byName = fieldsOf(form);
        Object.keys(byName).forEach(function (name) {
            var values = [];
            byName[name].forEach(function (el) {
                if (el.type === 'checkbox' || el.type === 'radio') {
                    if (el.checked) {
                        values.push(el.value);
                    }
                } else if (el.tagName === 'SELECT' && el.multiple) {
                    Array.prototype.forEach.call(el.selectedOptions, function (o) {
                        values.push(o.value);
                    });
                } else {
                    values.push(el.value);
                }
            });
            fields[name] = values;
        });
        return fields;
    }

    function fire(el) {
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function hasOption(select, value) {
        return Array.prototype.some.call(select.options, function (o) {
            return o.value === value;
        });
    }

    // A choice whose options arrive later (the township list follows the county) is set once they are there.
    function whenOffered(select, value) {
        var observer = new MutationObserver(function () {
            if (hasOption(select, value)) {
                observer.disconnect();
                select.value = value;
                fire(select);
            }
        });
        observer.observe(select, { childList: true });
        setTimeout(function () {
            observer.disconnect();
        }, 15000);
    }

    /** Puts the kept values back; true when anything differed from what the page was drawn with. */
    function restore(form, fields) {
        var changed = false;
        var byName = fieldsOf(form);
        Object.keys(fields).forEach(function (name) {
            var els = byName[name];
            var values = fields[name];
            if (!els || !Array.isArray(values)) {
                return;
            }
            els.forEach(function (el, i) {
                if (el.type === 'checkbox' || el.type === 'radio') {
                    var on = values.indexOf(el.value) >= 0;
                    if (el.checked !== on) {
                        el.checked = on;
                        changed = true;
                        fire(el);
                    }
                } else if (el.tagName === 'SELECT' && el.multiple) {
                    Array.prototype.forEach.call(el.options, function (o) {
                        var selected = values.indexOf(o.value) >= 0;
                        if (o.selected !== selected) {
                            o.selected = selected;
                            changed = true;
                        }
                    });
                } else {
                    // fields sharing a name are matched by position
                    var value = values.length === els.length ? values[i] : values[0];
                    if (value === undefined || el.value === value) {
                        return;
                    }
                    changed = true;
                    if (el.tagName === 'SELECT' && !hasOption(el, value)) {
                        whenOffered(el, value);
                        return;
                    }
                    el.value = value;
                    fire(el);
                }
            });
        });
        return changed;
    }

    /** A notice of `kind` before `anchor` (the form, or what holds its submit button, where the eye is). */
    function notice(form, kind, anchor) {
        var id = kind === 'offline' ? 'keep-offline' : 'keep-notice';
        var place = anchor || form;
        var box = document.getElementById(id);
        if (!box) {
            box = document.createElement('div');
            box.id = id;
            box.setAttribute('role', kind === 'offline' ? 'alert' : 'status');
        }
        place.parentNode.insertBefore(box, place);
        box.className = 'keep-notice alert ' + (kind === 'offline' ? 'error' : 'note');
        box.textContent = '';
        var text = document.createElement('span');
        text.textContent = texts[kind];
        box.appendChild(text);
        return box;
    }

    function offline(form, submitter) {
        var anchor = submitter && form.contains(submitter)
            ? (submitter.closest('.form-actions, .sticky-actions') || submitter) : form;
        var box = notice(form, 'offline', anchor);
        if (box.scrollIntoView) {
            box.scrollIntoView({ block: 'nearest' });
        }
    }

    function busy(form, on, submitter) {
        form.setAttribute('aria-busy', on ? 'true' : 'false');
        Array.prototype.forEach.call(form.querySelectorAll('button[type=submit], button:not([type])'), function (b) {
            b.disabled = on;
        });
        if (on && submitter) {
            submitter.setAttribute('data-label', submitter.textContent);
            submitter.textContent = texts.sending;
        } else if (!on && submitter && submitter.hasAttribute('data-label')) {
            submitter.textContent = submitter.getAttribute('data-label');
        }
    }

    /** Shows the server's answer as the browser would have: its page, at the address the server redirected to. */
    function show(response, html) {
        if (response.redirected) {
            history.pushState(null, '', response.url);
        }
        document.open();
        document.write(html);
        document.close();
    }

    function send(form, key, submitter) {
        var gone = document.getElementById('keep-offline');
        if (gone) {
            gone.remove();
        }
        var data;
        try {
            data = new FormData(form, submitter || undefined);
        } catch (old) {
            data = new FormData(form);
        }
        data.set('_keep', key);
        var multipart = (form.getAttribute('enctype') || '').toLowerCase() === 'multipart/form-data';
        busy(form, true, submitter);
        fetch(form.action, {
            method: 'POST',
            body: multipart ? data : new URLSearchParams(data),
            credentials: 'same-origin',
            headers: { 'Accept': 'text/html' }
        }).then(function (response) {
            return response.text().then(function (html) {
                show(response, html);
            });
        }).catch(function () {
            busy(form, false, submitter);
            offline(form, submitter);
        });
    }

    function keep(form) {
        var key = form.getAttribute('data-keep');
        var entry = read(key);
        var quiet = false;
        if (entry && restore(form, entry.fields)) {
            var box = notice(form, 'restored');
            var discard = document.createElement('button');
            discard.type = 'button';
            discard.id = 'keep-discard';
            discard.className = 'link';
            discard.textContent = texts.discard;
            discard.addEventListener('click', function () {
                quiet = true;
                form.reset();
                Array.prototype.forEach.call(form.querySelectorAll('select'), fire);
                quiet = false;
                forget(key);
                box.remove();
            });
            box.appendChild(discard);
        }
        var save = function () {
            if (!quiet) {
                write(key, collect(form));
            }
        };
        form.addEventListener('input', save);
        form.addEventListener('change', save);
        form.addEventListener('submit', function (event) {
            save();
            var method = (form.getAttribute('method') || 'get').toLowerCase();
            if (method !== 'post') {
                return;
            }
            if (!window.fetch || form.hasAttribute('data-keep-native')) {
                var marker = form.querySelector('input[name=_keep]') || document.createElement('input');
                marker.type = 'hidden';
                marker.name = '_keep';
                marker.value = key;
                form.appendChild(marker);
                return;
            }
            event.preventDefault();
            if (navigator.onLine === false) {
                offline(form, event.submitter);
                return;
            }
            send(form, key, event.submitter);
        });
    }

    var confirmed = document.body.getAttribute('data-kept-saved');
    if (confirmed) {
        forget(confirmed);
    }
    forgetOld();
    document.querySelectorAll('form[data-keep]').forEach(keep);
})();
