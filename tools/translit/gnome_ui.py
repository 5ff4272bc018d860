#!/usr/bin/env python3
"""Extracts the sentences GNOME's Uzbek translators published in both scripts, as unit files for align_parallel.py.

GNOME modules carry two Uzbek translations: uz@cyrillic, written by the translators, and uz, the Latin edition the
same team generated from it and ships beside it (the uz catalogues' headers still say "Project-Id-Version:
uz@cyrillic" and carry the same revision date). Debian ships both as compiled catalogues (.mo) in the packages
listed in PACKAGES. The msgid (the English source string) pairs the two editions exactly, so no alignment by
guesswork is needed.

Only messages that are sentences are kept: after white space is folded, the Latin edition has at least four words
and ends with . ! or ? (before any closing quotation mark or bracket). Menu labels and other short phrases are
titles, not running text, and are left out. Plural entries (two forms) and empty translations are left out too.
The rule was fixed before the engine was run on the messages.

Output: two unit files, "<key><TAB><text>", key = "<domain>:<first 12 hex digits of SHA-1 of the msgid>", one for
each script, for tools/translit/align_parallel.py. Deterministic: the same catalogues give the same bytes.

Usage:
    mkdir /tmp/gnome-uz && cd /tmp/gnome-uz && apt-get download <the packages in PACKAGES> \\
        && for d in *.deb; do dpkg -x "$d" root; done && cd -
    python3 tools/translit/gnome_ui.py --root /tmp/gnome-uz/root \\
        --latin /tmp/gnome.latn.tsv --cyrillic /tmp/gnome.cyrl.tsv
"""

import argparse
import hashlib
import re
import struct
import sys
from pathlib import Path

# Debian 12 packages and the catalogues (text domains) in them that have both uz and uz@cyrillic.
PACKAGES = {
    "libgtk-3-common": ["gtk30", "gtk30-properties"],
    "nautilus-data": ["nautilus"],
    "gnome-control-center-data": ["gnome-control-center-2.0"],
    "eog": ["eog"],
    "gdm3": ["gdm"],
    "gnome-panel-data": ["gnome-panel"],
    "gnome-session-common": ["gnome-session-43"],
    "yelp": ["yelp"],
    "gnome-nettool": ["gnome-nettool"],
}

SENTENCE_END = re.compile(r"[.!?][»”\"')]*$")


def read_mo(path):
    """The messages of a compiled gettext catalogue: {msgid (with context): msgstr}."""
    data = path.read_bytes()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">"
    _, count, ids_at, strs_at = struct.unpack(endian + "4I", data[4:20])
    messages = {}
    for i in range(count):
        length, offset = struct.unpack(endian + "2I", data[ids_at + 8 * i: ids_at + 8 * i + 8])
        msgid = data[offset:offset + length].decode("utf-8")
        length, offset = struct.unpack(endian + "2I", data[strs_at + 8 * i: strs_at + 8 * i + 8])
        messages[msgid] = data[offset:offset + length].decode("utf-8")
    return messages


def is_sentence(latin):
    return len(latin.split(" ")) >= 4 and SENTENCE_END.search(latin) is not None


def units(root):
    latin_units, cyrillic_units = {}, {}
    for domain in [d for domains in PACKAGES.values() for d in domains]:
        latin = read_mo(root / "usr/share/locale/uz/LC_MESSAGES" / f"{domain}.mo")
        cyrillic = read_mo(root / "usr/share/locale/uz@cyrillic/LC_MESSAGES" / f"{domain}.mo")
        for msgid in sorted(set(latin) & set(cyrillic)):
            if not msgid or "\x00" in msgid:
                continue
            lat, cyr = " ".join(latin[msgid].split()), " ".join(cyrillic[msgid].split())
            if not lat or not cyr or "\x00" in lat or "\x00" in cyr or not is_sentence(lat):
                continue
            key = f"{domain}:{hashlib.sha1(msgid.encode('utf-8')).hexdigest()[:12]}"
            latin_units[key], cyrillic_units[key] = lat, cyr
    return latin_units, cyrillic_units


def write(path, header, found):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {header}\n")
        for key in sorted(found):
            out.write(f"{key}\t{found[key]}\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--root", required=True, type=Path, help="where the packages were unpacked (dpkg -x)")
    p.add_argument("--latin", required=True, help="unit file to write for the uz (Latin) edition")
    p.add_argument("--cyrillic", required=True, help="unit file to write for the uz@cyrillic edition")
    a = p.parse_args()
    latin_units, cyrillic_units = units(a.root)
    packages = ", ".join(sorted(PACKAGES))
    write(a.latin, f"GNOME uz (Latin) catalogues from the Debian 12 packages {packages}", latin_units)
    write(a.cyrillic, f"GNOME uz@cyrillic catalogues from the Debian 12 packages {packages}", cyrillic_units)
    print(f"{len(latin_units)} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
