// 双随机、一公开: recomputes published draws in the visitor's browser with the algorithm SHA256-FY-1 and says whether
// the published result matches. Web Crypto (SubtleCrypto.digest) gives SHA-256, BigInt the 64-bit arithmetic; where the
// page is not served over a secure connection (no SubtleCrypto), a plain SHA-256 below does the same.
//
// The algorithm, exactly (the same as docs/draw-verify.py):
// - byte stream: SHA-256(seed ‖ uint64_be(0)) ‖ SHA-256(seed ‖ uint64_be(1)) ‖ … (seed as UTF-8 bytes);
// - read 8 bytes at a time as unsigned big-endian r; uniform(m): limit = 2^64 − (2^64 mod m), read r until r < limit,
//   return r mod m (uniform(1) also reads one value);
// - candidates ascending by code point, n of them, k = ceil(n × ratio) exactly; Fisher–Yates for i = n−1 down to 1:
//   j = uniform(i+1), swap(a[i], a[j]); selected = a[0..k−1];
// - inspectors, same stream: for each selected enterprise, when fewer than two roster members are not recused for it,
//   none (a shortfall, nothing read); otherwise twice: among roster members not yet chosen for it and not recused for
//   it, those with the fewest assignments so far (in roster order), pick index uniform(count).
(function () {
    'use strict';

    var TWO64 = 1n << 64n;
    var encoder = new TextEncoder();
    var subtle = window.crypto && window.crypto.subtle;

    function sha256(bytes) {
        if (subtle) {
            return subtle.digest('SHA-256', bytes).then(function (d) { return new Uint8Array(d); });
        }
        return Promise.resolve(plainSha256(bytes));
    }

    function hex(bytes) {
        var s = '';
        for (var i = 0; i < bytes.length; i++) {
            s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
        }
        return s;
    }

    function Stream(seed) {
        this.seed = encoder.encode(seed);
        this.counter = 0n;
        this.blocks = [];
        this.index = 0;
        this.view = null;
        this.position = 32;
    }

    Stream.prototype.refill = async function () {
        var batch = [];
        for (var i = 0; i < 64; i++) {
            var input = new Uint8Array(this.seed.length + 8);
            input.set(this.seed);
            new DataView(input.buffer).setBigUint64(this.seed.length, this.counter, false);
            this.counter += 1n;
            batch.push(sha256(input));
        }
        this.blocks = await Promise.all(batch);
        this.index = 0;
    };

    Stream.prototype.next = async function () {
        if (this.position === 32) {
            if (this.index === this.blocks.length) {
                await this.refill();
            }
            var block = this.blocks[this.index++];
            this.view = new DataView(block.buffer, block.byteOffset, 32);
            this.position = 0;
        }
        var r = this.view.getBigUint64(this.position, false);
        this.position += 8;
        return r;
    };

    Stream.prototype.uniform = async function (m) {
        var limit = TWO64 - (TWO64 % m);
        for (;;) {
            var r = await this.next();
            if (r < limit) {
                return r % m;
            }
        }
    };

    /** Code point order, as Python's sorted and the UTF-8 bytes. */
    function compare(a, b) {
        var i = 0;
        var j = 0;
        while (i < a.length && j < b.length) {
            var x = a.codePointAt(i);
            var y = b.codePointAt(j);
            if (x !== y) {
                return x < y ? -1 : 1;
            }
            i += x > 0xFFFF ? 2 : 1;
            j += y > 0xFFFF ? 2 : 1;
        }
        return (a.length - i) - (b.length - j);
    }

    function ascending(values) {
        for (var i = 1; i < values.length; i++) {
            if (compare(values[i - 1], values[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The ratio as an exact fraction, or null when it is not a decimal in (0, 1]. */
    function fraction(text) {
        var m = /^(\d+)(?:\.(\d+))?$/.exec(String(text));
        if (!m) {
            return null;
        }
        var decimals = m[2] || '';
        var num = BigInt(m[1] + decimals);
        var den = 10n ** BigInt(decimals.length);
        return num > 0n && num <= den ? { num: num, den: den } : null;
    }

    async function draw(seed, candidates, k, roster, recusals) {
        var stream = new Stream(seed);
        var a = candidates.slice();
        for (var i = a.length - 1; i >= 1; i--) {
            var j = Number(await stream.uniform(BigInt(i + 1)));
            var t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        var selected = a.slice(0, k);
        var barred = new Map();
        recusals.forEach(function (r) {
            if (!barred.has(r.creditCode)) {
                barred.set(r.creditCode, new Set());
            }
            barred.get(r.creditCode).add(r.certificateNumber);
        });
        var load = new Map(roster.map(function (m) { return [m, 0]; }));
        var assignments = [];
        for (var s = 0; s < selected.length; s++) {
            var code = selected[s];
            var b = barred.get(code) || new Set();
            var free = roster.filter(function (m) { return !b.has(m); });
            if (free.length < 2) {
                assignments.push({ creditCode: code, inspectors: [] });
                continue;
            }
            var chosen = [];
            for (var p = 0; p < 2; p++) {
                var open = free.filter(function (m) { return chosen.indexOf(m) < 0; });
                var fewest = Infinity;
                open.forEach(function (m) { fewest = Math.min(fewest, load.get(m)); });
                var least = open.filter(function (m) { return load.get(m) === fewest; });
                var pick = least[Number(await stream.uniform(BigInt(least.length)))];
                load.set(pick, load.get(pick) + 1);
                chosen.push(pick);
            }
            assignments.push({ creditCode: code, inspectors: chosen });
        }
        return { selected: selected, assignments: assignments };
    }

    function same(a, b) {
        return JSON.stringify(a) === JSON.stringify(b);
    }

    /** Checks a published draw document: 'match', 'waiting' (frozen, no seed yet, lists check out) or 'mismatch'. */
    async function verify(doc) {
        var problems = [];
        if (doc.algorithm !== 'SHA256-FY-1') {
            return { status: 'mismatch', problems: ['algorithm ' + doc.algorithm] };
        }
        var candidates = doc.candidates || [];
        var roster = doc.roster || [];
        var ratio = fraction(doc.ratio);
        if (!ratio) {
            return { status: 'mismatch', problems: ['ratio ' + doc.ratio] };
        }
        if (!ascending(candidates)) {
            problems.push('candidates not ascending');
        }
        if (!ascending(roster)) {
            problems.push('roster not ascending');
        }
        var digest = hex(await sha256(encoder.encode(candidates.join('\n'))));
        if (digest !== doc.candidatesSha256) {
            problems.push('candidatesSha256');
        }
        var k = Number((BigInt(candidates.length) * ratio.num + ratio.den - 1n) / ratio.den);
        if (k !== doc.count) {
            problems.push('count');
        }
        if (doc.seed === null || doc.seed === undefined) {
            if ((doc.selected || []).length > 0 || (doc.assignments || []).length > 0) {
                problems.push('a result without a seed');
            }
            return { status: problems.length ? 'mismatch' : 'waiting', problems: problems };
        }
        var result = await draw(doc.seed, candidates, k, roster, doc.recusals || []);
        if (!same(result.selected, doc.selected)) {
            problems.push('selected');
        }
        var published = (doc.assignments || []).map(function (a) {
            return { creditCode: a.creditCode, inspectors: a.inspectors };
        });
        if (!same(result.assignments, published)) {
            problems.push('assignments');
        }
        return { status: problems.length ? 'mismatch' : 'match', problems: problems };
    }

    // ---- SHA-256 without Web Crypto (FIPS 180-4), for pages served without a secure connection ----

    var K = new Uint32Array([
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);

    function plainSha256(bytes) {
        var length = bytes.length;
        var padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
        padded.set(bytes);
        padded[length] = 0x80;
        new DataView(padded.buffer).setBigUint64(padded.length - 8, BigInt(length) * 8n, false);
        var h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
        var w = new Uint32Array(64);
        var view = new DataView(padded.buffer);
        for (var off = 0; off < padded.length; off += 64) {
            for (var i = 0; i < 16; i++) {
                w[i] = view.getUint32(off + i * 4, false);
            }
            for (i = 16; i < 64; i++) {
                var a15 = w[i - 15];
                var a2 = w[i - 2];
                var s0 = ((a15 >>> 7) | (a15 << 25)) ^ ((a15 >>> 18) | (a15 << 14)) ^ (a15 >>> 3);
                var s1 = ((a2 >>> 17) | (a2 << 15)) ^ ((a2 >>> 19) | (a2 << 13)) ^ (a2 >>> 10);
                w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (i = 0; i < 64; i++) {
                var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
                var ch = (e & f) ^ (~e & g);
                var t1 = (hh + S1 + ch + K[i] + w[i]) | 0;
                var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
                var maj = (a & b) ^ (a & c) ^ (b & c);
                var t2 = (S0 + maj) | 0;
                hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
            }
            h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
        }
        var out = new Uint8Array(32);
        var outView = new DataView(out.buffer);
        for (var n = 0; n < 8; n++) {
            outView.setUint32(n * 4, h[n], false);
        }
        return out;
    }

    // ---- the pages ----

    function show(element, result, texts) {
        element.classList.remove('match', 'mismatch');
        if (result.status === 'match') {
            element.classList.add('match');
            element.textContent = '✓ ' + texts.match;
        } else if (result.status === 'waiting') {
            element.textContent = texts.waiting;
        } else {
            element.classList.add('mismatch');
            element.textContent = '✗ ' + texts.mismatch + (result.problems.length ? ' (' + result.problems.join(', ')
                + ')' : '');
        }
        element.setAttribute('data-status', result.status);
    }

    function texts(root) {
        return {
            match: root.getAttribute('data-match'),
            mismatch: root.getAttribute('data-mismatch'),
            waiting: root.getAttribute('data-waiting'),
            shortfall: root.getAttribute('data-shortfall')
        };
    }

    function fetchDraw(id) {
        return fetch('/api/v1/public/draws/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
            .then(function (r) {
                if (!r.ok) {
                    throw new Error('HTTP ' + r.status);
                }
                return r.json();
            });
    }

    function item(list, text) {
        var li = document.createElement('li');
        li.textContent = text;
        list.appendChild(li);
    }

    var SHOWN = 2000;

    function render(doc, t) {
        var body = document.querySelector('#assignments tbody');
        (doc.assignments || []).slice(0, SHOWN).forEach(function (a, i) {
            var tr = document.createElement('tr');
            [String(i + 1), a.creditCode, a.inspectors.length ? a.inspectors.join('、') : t.shortfall]
                .forEach(function (text, c) {
                    var td = document.createElement('td');
                    td.textContent = text;
                    td.setAttribute('data-label', document.querySelectorAll('#assignments th')[c].textContent);
                    if (c > 0) {
                        td.className = 'mono';
                    }
                    tr.appendChild(td);
                });
            body.appendChild(tr);
        });
        var candidates = document.getElementById('candidates');
        doc.candidates.slice(0, SHOWN).forEach(function (c) { item(candidates, c); });
        if (doc.candidates.length > SHOWN) {
            item(candidates, '… +' + (doc.candidates.length - SHOWN));
        }
        var roster = document.getElementById('roster');
        doc.roster.forEach(function (c) { item(roster, c); });
        var recusals = document.getElementById('recusals');
        doc.recusals.forEach(function (r) { item(recusals, r.certificateNumber + ' — ' + r.creditCode); });
    }

    async function checkAll(root) {
        var t = texts(root);
        var cells = Array.prototype.slice.call(root.querySelectorAll('.draw-verdict[data-draw]'));
        for (var i = 0; i < cells.length; i++) {
            var cell = cells[i];
            try {
                var doc = await fetchDraw(cell.getAttribute('data-draw'));
                if (root.id === 'public-draw') {
                    render(doc, t);
                }
                show(cell, await verify(doc), t);
            } catch (e) {
                show(cell, { status: 'mismatch', problems: [e.message] }, t);
            }
        }
    }

    function checkFile(root) {
        var input = document.getElementById('draw-file');
        var verdict = document.getElementById('file-verdict');
        if (!input) {
            return;
        }
        input.addEventListener('change', function () {
            var file = input.files && input.files[0];
            if (!file) {
                return;
            }
            verdict.textContent = root.getAttribute('data-checking');
            file.text().then(function (text) {
                return verify(JSON.parse(text));
            }).then(function (result) {
                show(verdict, result, texts(root));
            }, function (e) {
                show(verdict, { status: 'mismatch', problems: [e.message] }, texts(root));
            });
        });
    }

    window.DrawCheck = { verify: verify, draw: draw, sha256Hex: function (text) {
        return sha256(encoder.encode(text)).then(hex);
    }, plainSha256Hex: function (text) {
        return hex(plainSha256(encoder.encode(text)));
    } };

    var root = typeof document === 'undefined' ? null
        : document.getElementById('public-draws') || document.getElementById('public-draw');
    if (root) {
        checkAll(root);
        checkFile(root);
    }
})();
