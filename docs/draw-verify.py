#!/usr/bin/env python3
"""Check a published 双随机 draw (algorithm SHA256-FY-1) from its public JSON alone.

Usage:  python3 draw-verify.py DRAW.json
        python3 draw-verify.py https://example.org/api/v1/public/draws/42
        python3 draw-verify.py - < DRAW.json

Prints MATCH (exit 0) when the published count, candidates' SHA-256, selection and inspector assignments are exactly
what the algorithm gives for the published seed, candidates, ratio, roster and recusals; otherwise MISMATCH with the
differences (exit 1). Python 3 standard library only.

The algorithm, exactly:
- byte stream: SHA-256(seed || uint64_be(0)) || SHA-256(seed || uint64_be(1)) || ... (seed as UTF-8 bytes);
- read 8 bytes at a time as unsigned big-endian integers r; uniform(m), m >= 1: limit = 2^64 - (2^64 mod m),
  read r until r < limit, return r mod m (uniform(1) also reads one value);
- candidates (credit codes, ascending by code point), n of them, k = ceil(n * ratio) exactly (0 < ratio <= 1);
  Fisher-Yates: for i = n-1 down to 1: j = uniform(i+1); swap(a[i], a[j]); selected = a[0..k-1] in that order;
- inspectors, same stream: roster (certificate numbers, ascending). For each selected enterprise in order: when fewer
  than two roster members are not recused for it, it gets none (a shortfall) and nothing is read; otherwise twice:
  among roster members not yet chosen for this enterprise and not recused for it, those with the fewest assignments
  so far in this draw (in roster order), pick index uniform(count);
- candidatesSha256: hex SHA-256 of the credit codes joined by "\\n" (UTF-8, no trailing newline).
"""
import hashlib
import json
import sys
import urllib.request
from decimal import Decimal, ROUND_CEILING

ALGORITHM = "SHA256-FY-1"
TWO_64 = 1 << 64


class Stream:
    def __init__(self, seed):
        self.seed = seed.encode("utf-8")
        self.counter = 0
        self.buffer = b""

    def next(self):
        while len(self.buffer) < 8:
            self.buffer += hashlib.sha256(self.seed + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
        r = int.from_bytes(self.buffer[:8], "big")
        self.buffer = self.buffer[8:]
        return r

    def uniform(self, m):
        if m < 1:
            raise ValueError("uniform(%d)" % m)
        limit = TWO_64 - (TWO_64 % m)
        while True:
            r = self.next()
            if r < limit:
                return r % m


def count(n, ratio):
    return int((Decimal(n) * ratio).to_integral_value(rounding=ROUND_CEILING))


def draw(seed, candidates, ratio, roster, recusals):
    """Returns (selected, assignments), assignments as a list of (creditCode, [inspectors], shortfall)."""
    stream = Stream(seed)
    a = list(candidates)
    for i in range(len(a) - 1, 0, -1):
        j = stream.uniform(i + 1)
        a[i], a[j] = a[j], a[i]
    selected = a[:count(len(a), ratio)]
    recused = {}
    for certificate, code in recusals:
        recused.setdefault(code, set()).add(certificate)
    load = {member: 0 for member in roster}
    assignments = []
    for code in selected:
        barred = recused.get(code, set())
        if sum(1 for member in roster if member not in barred) < 2:
            assignments.append((code, [], True))
            continue
        chosen = []
        for _ in range(2):
            open_ = [m for m in roster if m not in barred and m not in chosen]
            fewest = min(load[m] for m in open_)
            least = [m for m in open_ if load[m] == fewest]
            pick = least[stream.uniform(len(least))]
            load[pick] += 1
            chosen.append(pick)
        assignments.append((code, chosen, False))
    return selected, assignments


def candidates_sha256(codes):
    return hashlib.sha256("\n".join(codes).encode("utf-8")).hexdigest()


def ascending(values):
    return all(values[i - 1] < values[i] for i in range(1, len(values)))


def load_document(source):
    if source == "-":
        text = sys.stdin.read()
    elif source.startswith("http://") or source.startswith("https://"):
        with urllib.request.urlopen(source) as response:
            text = response.read().decode("utf-8")
    else:
        with open(source, encoding="utf-8") as f:
            text = f.read()
    return json.loads(text, parse_float=Decimal)


def verify(doc):
    """The list of differences between the published draw and its recomputation (empty = match)."""
    problems = []
    if doc.get("algorithm") != ALGORITHM:
        return ["algorithm is %r, not %s" % (doc.get("algorithm"), ALGORITHM)]
    candidates = doc["candidates"]
    roster = doc["roster"]
    ratio = Decimal(str(doc["ratio"]))
    if not (0 < ratio <= 1):
        problems.append("ratio %s is not in (0, 1]" % ratio)
        return problems
    if not ascending(candidates):
        problems.append("candidates are not strictly ascending")
    if not ascending(roster):
        problems.append("roster is not strictly ascending")
    digest = candidates_sha256(candidates)
    if digest != doc["candidatesSha256"]:
        problems.append("candidatesSha256: published %s, computed %s" % (doc["candidatesSha256"], digest))
    k = count(len(candidates), ratio)
    if k != doc["count"]:
        problems.append("count: published %s, computed %d" % (doc["count"], k))
    if doc.get("seed") is None:
        problems.append("no seed yet: the draw has not been made")
        return problems
    recusals = [(r["certificateNumber"], r["creditCode"]) for r in doc.get("recusals", [])]
    selected, assignments = draw(doc["seed"], candidates, ratio, roster, recusals)
    if selected != doc["selected"]:
        problems.append("selected differs: published %s, computed %s" % (doc["selected"], selected))
    published = [(a["creditCode"], a["inspectors"]) for a in doc["assignments"]]
    computed = [(code, inspectors) for code, inspectors, _ in assignments]
    if published != computed:
        problems.append("assignments differ: published %s, computed %s" % (published, computed))
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = verify(load_document(argv[1]))
    if problems:
        print("MISMATCH")
        for p in problems:
            print("  " + p)
        return 1
    print("MATCH")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
