#!/usr/bin/env python3
"""Builds the engine's CLDR name list: pairs of Uzbek Latin and Uzbek Cyrillic names from the Unicode CLDR.

Reads the CLDR JSON packages cldr-localenames-full, cldr-dates-full and cldr-numbers-full (the same
version of each, unpacked, e.g. with `npm pack cldr-localenames-full@48.2.0` and `tar xzf`), takes the
locales `uz` (Latin) and `uz-Cyrl`, pairs their entries by CLDR key (territory code, language code,
currency code, time-zone id, metazone id, month and weekday number) and writes one dictionary line per
word pair:

    cyrl <TAB> latn <TAB> stem <TAB> l2c <TAB> CLDR <version> <kind>/<key>

Nothing is typed by hand. A pair is kept only when both names are the same name in two scripts:

* the Cyrillic side is Cyrillic letters, the Latin side Latin letters (many uz-Cyrl time-zone cities are
  not translated and inherit the English spelling: those are dropped);
* both have the same number of words (after parenthesised parts are removed), each word pair starts with
  the same case, and has the same skeleton (see `skeleton`): CLDR sometimes gives two different names,
  "Sen-Pyer" against "Сент-Пьер", "Botsvana" against "Ботсванна", or a Latin spelling the 1995 rules do
  not give ("Gertsegovina" for Герцеговина, where ц after a consonant is s), and such a pair is dropped;
* a Cyrillic language name ending in -ча whose Latin name has no -cha gives the stem without it
  (арабча / arab gives араб / arab);
* a word of fewer than four letters is dropped: short names are too often also Uzbek words (Men, the Isle
  of Man, Мэн, is also men, "I", мен), and the rules spell them well enough;
* a Latin or Cyrillic word that CLDR pairs with two different spellings is dropped, and so is a word
  whose key the hand-reconciled dictionary (uz-exceptions.tsv) already has: that dictionary follows the
  1995 rules where CLDR does not (CLDR uz-Cyrl writes январ, the rules' appendix январь).

Entries are stems (Uzbek suffixes may follow) used from Latin to Cyrillic ("l2c"): Latin cannot show
ь ц э or й+vowel, and these names supply them; Cyrillic to Latin stays with the letter rules, which
already give these names' Latin spelling (the engine's test checks that for every entry). Where CLDR
chose the other spelling the appendix allows after a consonant (я as a: Finlandiya for Финляндия), the
entry is used both ways ("both").

Usage:
    python3 tools/translit/cldr_names.py --cldr DIR --exceptions generator/src/main/resources/translit/uz-exceptions.tsv \
        > generator/src/main/resources/translit/cldr-names.tsv

DIR holds the three unpacked packages as cldr-localenames-full/, cldr-dates-full/, cldr-numbers-full/
(each containing package.json and main/).
"""

import argparse
import json
import os
import re
import sys
import unicodedata

PACKAGES = ("cldr-localenames-full", "cldr-dates-full", "cldr-numbers-full")

CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "x", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ў": "o", "қ": "q", "ғ": "g", "ҳ": "h",
}
SIGNS = "'`ʻʼ‘’´"
TURNED_COMMA = "\u02BB"
APOSTROPHE = "\u02BC"


def read_json(root, package, locale, name):
    path = os.path.join(root, package, "main", locale, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)["main"][locale]


def version_of(root):
    versions = set()
    for package in PACKAGES:
        with open(os.path.join(root, package, "package.json"), encoding="utf-8") as f:
            versions.add(json.load(f)["version"])
    if len(versions) != 1:
        sys.exit("cldr_names: the three packages must have the same version, found %s" % sorted(versions))
    return versions.pop()


def sources(root):
    """(kind, key, latin, cyrillic) for every CLDR key both locales name."""
    out = []

    def pair(kind, latin, cyrillic):
        for key in sorted(set(latin) & set(cyrillic)):
            if isinstance(latin[key], str) and isinstance(cyrillic[key], str):
                out.append((kind, key, latin[key], cyrillic[key]))

    names = {}
    for loc in ("uz", "uz-Cyrl"):
        ln = read_json(root, "cldr-localenames-full", loc, "territories.json")["localeDisplayNames"]
        lang = read_json(root, "cldr-localenames-full", loc, "languages.json")["localeDisplayNames"]
        greg = read_json(root, "cldr-dates-full", loc, "ca-gregorian.json")["dates"]["calendars"]["gregorian"]
        tz = read_json(root, "cldr-dates-full", loc, "timeZoneNames.json")["dates"]["timeZoneNames"]
        cur = read_json(root, "cldr-numbers-full", loc, "currencies.json")["numbers"]["currencies"]
        cities = {}

        def walk(path, node):
            if isinstance(node, dict):
                if isinstance(node.get("exemplarCity"), str):
                    cities[path] = node["exemplarCity"]
                for k, v in node.items():
                    walk(path + "/" + k if path else k, v)

        walk("", tz.get("zone", {}))
        metazones = {k: v["long"]["standard"] for k, v in tz.get("metazone", {}).items()
                     if isinstance(v.get("long", {}).get("standard"), str)}
        months = {}
        for context in ("format", "stand-alone"):
            for k, v in greg["months"][context]["wide"].items():
                months[context + "/" + k] = v
        days = {}
        for context in ("format", "stand-alone"):
            for k, v in greg["days"][context]["wide"].items():
                days[context + "/" + k] = v
        currencies = {k: v["displayName"] for k, v in cur.items() if isinstance(v.get("displayName"), str)}
        names[loc] = {
            "territory": ln["territories"], "language": lang["languages"], "city": cities,
            "metazone": metazones, "month": months, "weekday": days, "currency": currencies,
        }
    for kind in ("territory", "language", "city", "metazone", "month", "weekday", "currency"):
        pair(kind, names["uz"][kind], names["uz-Cyrl"][kind])
    return out


def canonical_latin(word):
    """Apostrophe look-alikes to the canonical signs: ʻ after o and g, ʼ elsewhere."""
    b = []
    for i, c in enumerate(word):
        if c in SIGNS:
            prev = word[i - 1].lower() if i > 0 else ""
            b.append(TURNED_COMMA if prev in ("o", "g") else APOSTROPHE)
        else:
            b.append(c)
    return "".join(b)


def is_latin_word(w):
    return bool(re.fullmatch(r"[A-Za-z%s]+(-[A-Za-z%s]+)*" % (SIGNS, SIGNS), w))


def is_cyrillic_word(w):
    # No apostrophe: in Cyrillic text ’ is a quotation mark to the engine (Кот-д’Ивуар).
    return bool(re.fullmatch(r"[А-Яа-яЁёЎўҚқҒғҲҳ]+(-[А-Яа-яЁёЎўҚқҒғҲҳ]+)*", w))


VOWELS = "aeiou"


def rough_latin(word):
    """The Cyrillic word in Latin letters by the main letter rules (е, ц and the signs in context)."""
    out = []
    w = word.lower()
    for i, c in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "е":
            out.append("ye" if prev == "" or prev in "аеёиоуэюяўъь" else "e")
        elif c == "ь" and nxt in ("о", "и"):
            out.append("y")  # appendix §2: павильон, pavilyon
        elif c == "ц":
            out.append("ts" if prev in "аеёиоуэюяў" and prev != "" and nxt != "" else "s")
        else:
            out.append(CYR_TO_LAT.get(c, c))
    return "".join(out)


def skeleton(word, cyrillic):
    """The spelling with the one freedom the rules leave: after a consonant, ё ю я е of a Russian loan may be
    written o u a e or yo yu ya ye (appendix to VM 339, §1.2 and §2), so a y between a consonant and a vowel
    is left out. Signs are left out too. Two spellings of the same name by the rules have the same skeleton;
    two different names, or a CLDR Latin spelling against the rules (Gertsegovina for Герцеговина), do not."""
    w = rough_latin(word) if cyrillic else word.lower()
    w = "".join(c for c in w if c not in SIGNS + "’")
    out = []
    for i, c in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "y" and prev.isalpha() and prev not in VOWELS + "y" and nxt in VOWELS and nxt != "":
            continue
        out.append(c)
    return "".join(out)


TS_AFTER_CONSONANT = re.compile(r"(?<=[bdfghjklmnpqrstvxyzBDFGHJKLMNPQRSTVXYZ])ts|(?<![A-Za-z%s])ts|ts(?![A-Za-z%s])"
                                % (SIGNS, SIGNS), re.IGNORECASE)


def ts_as_s(word):
    """CLDR's Latin with ts written s where the rules write ц as s: at the start of a word, after a consonant
    (й included: Швейцария, Shveysariya) and at the end (appendix to VM 339, §4). CLDR's uz locale sometimes
    keeps the Russian-style ts there (Shveytsariya, Gertsegovina); the Cyrillic name is the same, so the pair is
    kept with the Latin the rules give, and lex.uz writes it so (Shveysariya Konfederatsiyasi)."""
    return TS_AFTER_CONSONANT.sub(lambda m: "S" if m.group(0)[0] == "T" else "s", word)


def split_words(name):
    name = re.sub(r"\([^)]*\)", " ", name)
    name = name.replace(",", " ")
    return name.split()


def word_pairs(latin, cyrillic, kind):
    lw, cw = split_words(latin), split_words(cyrillic)
    if len(lw) != len(cw):
        return []
    pairs = []
    for l, c in zip(lw, cw):
        l = canonical_latin(unicodedata.normalize("NFC", l))
        c = unicodedata.normalize("NFC", c)
        if not is_latin_word(l) or not is_cyrillic_word(c) or l.count("-") != c.count("-"):
            return []
        if any(a[:1].isupper() != b[:1].isupper() for a, b in zip(l.split("-"), c.split("-"))):
            return []  # "Avgust" (stand-alone) against "август": the same word, but not the same form
        if skeleton(l, False) != skeleton(c, True):
            if kind == "language" and c.lower().endswith("ча") and skeleton(l, False) == skeleton(c[:-2], True):
                c = c[:-2]
            elif skeleton(ts_as_s(l), False) == skeleton(c, True):
                l = ts_as_s(l)
            else:
                return []
        pairs.append((l, c))
    return pairs


def direction(latin, cyrillic):
    """l2c when the letter rules already give CLDR's Latin from its Cyrillic; both when CLDR chose the other
    spelling the appendix allows after a consonant (Finlandiya for Финляндия, not Finlyandiya)."""
    bare = lambda w: "".join(c for c in w.lower() if c not in SIGNS + "’")
    return "l2c" if bare(rough_latin(cyrillic)) == bare(latin) else "both"


def fold(s):
    return "".join(APOSTROPHE if c in SIGNS else c for c in s.lower())


def exception_keys(path):
    """Folded Latin and Cyrillic keys of the hand-reconciled dictionary (a stem ending in ь also without it)."""
    latin, cyrillic = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("@") or not line.strip():
                continue
            cyr, lat, scope = line.rstrip("\n").split("\t")[:3]
            latin.add(fold(canonical_latin(lat)))
            cyrillic.add(fold(cyr))
            if scope == "stem" and cyr.lower().endswith("ь"):
                cyrillic.add(fold(cyr[:-1]))
    return latin, cyrillic


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cldr", required=True, help="directory with the three unpacked CLDR JSON packages")
    ap.add_argument("--exceptions", required=True, help="the hand-reconciled dictionary, whose keys win")
    args = ap.parse_args()
    version = version_of(args.cldr)
    taken_latin, taken_cyrillic = exception_keys(args.exceptions)

    by_latin, by_cyrillic, first_source = {}, {}, {}
    for kind, key, latin, cyrillic in sources(args.cldr):
        for l, c in word_pairs(latin, cyrillic, kind):
            pair = (l, c)
            by_latin.setdefault(fold(l), set()).add(c.lower())
            by_cyrillic.setdefault(fold(c), set()).add(fold(l))
            first_source.setdefault(pair, "%s/%s" % (kind, key))
    kept, dropped = {}, 0
    for (l, c), src in sorted(first_source.items(), key=lambda e: (fold(e[0][0]), e[0][0], e[0][1])):
        lk, ck = fold(l), fold(c)
        if len(l) < 4 \
                or len(by_latin[lk]) > 1 or len(by_cyrillic[ck]) > 1 or lk in taken_latin or ck in taken_cyrillic \
                or (ck.endswith("ь") and ck[:-1] in taken_cyrillic):
            dropped += 1
            continue
        # One line per word: a capitalised and a lower-case occurrence of the same word keep the capitalised.
        if lk not in kept or kept[lk][0][0].islower():
            kept[lk] = (l, c, src)
    out = sys.stdout
    out.write("# Uzbek names in both scripts from the Unicode CLDR, generated by tools/translit/cldr_names.py;\n")
    out.write("# do not edit by hand: run the script (see docs/TRANSLIT.md) and commit its output.\n")
    out.write("# Source: Unicode CLDR %s, JSON packages %s, locales uz and uz-Cyrl.\n" % (version, ", ".join(PACKAGES)))
    out.write("# Licence: Unicode License v3 (SPDX Unicode-3.0), Copyright (c) 2004-2026 Unicode, Inc.;\n")
    out.write("# the notice is in NOTICE beside this file.\n")
    out.write("# Format as uz-exceptions.tsv: cyrl <TAB> latn <TAB> scope <TAB> direction <TAB> source (CLDR kind/key).\n")
    out.write("# %d entries; %d word pairs dropped (shorter than four letters, spelled two ways in CLDR, or already in uz-exceptions.tsv).\n"
              % (len(kept), dropped))
    out.write("@version\tCLDR %s\n" % version)
    for lk in sorted(kept):
        l, c, src = kept[lk]
        out.write("%s\t%s\tstem\t%s\tCLDR %s %s\n" % (c, l, direction(l, c), version, src))


if __name__ == "__main__":
    main()
