#!/usr/bin/env python3
"""Writes N distinct person names (default 100,000) for the name-clustering benchmark: the OFAC
benchmark's names, transliteration variants of them (kh/h, ov/off, y/i, doubled letters), and
new names from their given names and surnames. Deterministic.
    python3 names.py PAIRS_TSV [N] > names.txt
"""
import random, sys
pairs = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
rnd = random.Random(42)
seed = set()
for line in open(pairs, encoding="utf-8").read().splitlines()[1:]:
    a, b = line.split("\t")[:2]
    seed.add(a); seed.add(b)
seed = sorted(seed)
given = sorted({s.split()[0] for s in seed})
family = sorted({s.split()[-1] for s in seed})
swaps = [("kh", "h"), ("ov", "off"), ("y", "i"), ("ss", "s"), ("ou", "u"), ("zh", "j"), ("q", "k"), ("ya", "ia")]
out = set(seed)
while len(out) < n:
    r = rnd.random()
    if r < 0.3:
        base = rnd.choice(seed)
        a, b = rnd.choice(swaps)
        out.add(base.replace(a, b) if a in base else base.replace(b, a, 1))
    else:
        out.add(f"{rnd.choice(given)} {rnd.choice(given) if rnd.random() < 0.3 else ''} {rnd.choice(family)}".replace("  ", " "))
for name in sorted(out)[:n]:
    print(name)
