#!/usr/bin/env python3
"""Aligns texts a publisher gave in both Uzbek scripts into sentence pairs for the engine's evaluation.

Input: two files of one text unit a line, "<key><TAB><text>", one per script, where the publisher's own key
pairs the units (lex.uz gives every act one number: /docs/N is its Cyrillic edition, /uz/docs/-N its Latin
one, so the key is N). Lines starting with # are comments.

Alignment: a unit is split into sentences at ". ", "! " or "? " followed by a capital letter (in both
scripts the same way); two units are paired sentence by sentence only when they have the same number of
sentences and every sentence pair carries the same figures in the same order (numbers are the one part of
the text neither script changes). Pairs that fail this check are left out and listed on standard error,
so a unit that the publisher worded differently in the two editions does not count as a conversion error.
A pair that occurs more than once (lex.uz has many acts of the same title) is kept once.

Split: every pair goes to "dev" or "held-out" by the first hex digit of the SHA-256 of its Latin text
(even: dev), so the split does not depend on the order of the input and stays put when pairs are added.
Failure classes are looked for on the dev half; the held-out half is reported separately.

Output (standard output): a TSV with a header naming the source, the licence and the publisher's apostrophes
(unicode: oʻ and the tutuq as U+02BB/U+02BC; quotes: as U+2018/U+2019, which the evaluation then asks the engine
for), "key<TAB>split<TAB>latin<TAB>cyrillic", in key order. Deterministic: the same input gives the same bytes.

Usage (files come in pairs, Latin edition first):
    python3 tools/translit/align_parallel.py --source "..." --licence "..." \\
        tools/translit/lexuz/laws.latn.tsv tools/translit/lexuz/laws.cyrl.tsv \\
        tools/translit/lexuz/intl.latn.tsv tools/translit/lexuz/intl.cyrl.tsv \\
        > generator/src/test/resources/translit/parallel/lexuz-titles.tsv
"""

import argparse
import hashlib
import re
import sys
import unicodedata

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«“\"(]?[A-ZА-ЯЁЎҚҒҲ])")
FIGURES = re.compile(r"\d+")


def read_units(path):
    units = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, sep, text = line.partition("\t")
            if not sep or not text.strip():
                sys.exit(f"{path}:{number}:1: expected <key><TAB><text>")
            if key in units:
                sys.exit(f"{path}:{number}:1: key {key} given twice")
            units[key] = unicodedata.normalize("NFC", " ".join(text.split()))
    return units


def sentences(text):
    return [s for s in SENTENCE_END.split(text) if s]


def same_figures(a, b):
    return FIGURES.findall(a) == FIGURES.findall(b)


def split_of(latin):
    return "dev" if int(hashlib.sha256(latin.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "held-out"


def align(latin_units, cyrillic_units):
    pairs, seen, dropped = [], set(), []
    for key in sorted(set(latin_units) & set(cyrillic_units), key=lambda k: (len(k), k)):
        lat, cyr = sentences(latin_units[key]), sentences(cyrillic_units[key])
        if len(lat) != len(cyr):
            dropped.append((key, "sentence count differs"))
            continue
        for n, (l, c) in enumerate(zip(lat, cyr), 1):
            if not same_figures(l, c):
                dropped.append((f"{key}.{n}", "figures differ"))
                continue
            if (l, c) in seen:
                continue
            seen.add((l, c))
            pairs.append((key if len(lat) == 1 else f"{key}.{n}", split_of(l), l, c))
    return pairs, dropped


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", required=True, help="where the texts come from, for the header")
    p.add_argument("--licence", required=True, help="their licence or legal status, for the header")
    p.add_argument("--apostrophes", choices=("unicode", "quotes"), default="unicode",
                   help="the characters the Latin edition writes in oʻ gʻ and for the tutuq (default unicode)")
    p.add_argument("files", nargs="+", metavar="LATIN CYRILLIC",
                   help="pairs of files: the Latin edition, then the Cyrillic edition of the same units")
    a = p.parse_args()
    if len(a.files) % 2:
        p.error("files come in pairs: LATIN CYRILLIC [LATIN CYRILLIC ...]")
    latin, cyrillic = {}, {}
    for lat_path, cyr_path in zip(a.files[0::2], a.files[1::2]):
        for into, path in ((latin, lat_path), (cyrillic, cyr_path)):
            units = read_units(path)
            twice = sorted(set(units) & set(into))
            if twice:
                sys.exit(f"{path}: keys given in an earlier file too: {' '.join(twice)}")
            into.update(units)
    pairs, dropped = align(latin, cyrillic)
    for key, why in dropped:
        print(f"left out {key}: {why}", file=sys.stderr)
    unpaired = sorted(set(latin) ^ set(cyrillic), key=lambda k: (len(k), k))
    if unpaired:
        print(f"keys in one script only (not paired): {' '.join(unpaired)}", file=sys.stderr)
    out = sys.stdout
    out.write("# Parallel evaluation set: sentences a publisher gave in both Uzbek scripts, aligned by\n")
    out.write("# tools/translit/align_parallel.py. Not used to build the dictionary or to tune the engine.\n")
    out.write(f"# Source: {a.source}\n")
    out.write(f"# Licence: {a.licence}\n")
    out.write(f"# Apostrophes: {a.apostrophes}\n")
    dev = sum(1 for p in pairs if p[1] == "dev")
    out.write(f"# key <TAB> split <TAB> latin <TAB> cyrillic; {len(pairs)} pairs ({dev} dev, {len(pairs) - dev} held-out).\n")
    for row in pairs:
        out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
