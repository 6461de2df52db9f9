"""Page furniture left in cleaned bodies of the Baly corpus, by kind (issue 13).

Cleans the 8,000 Baly articles as the facts gold's Baly parts do (text, with
the outlet, title and day the corpus gives) and counts the body paragraphs,
and the articles, that hold each kind of furniture; then the fragments of
``removed`` that do. The patterns here are written apart from the clean
stage's rules (:mod:`crosscheck.clean.embeds`, :mod:`crosscheck.clean.noise`),
so that they count what a reader would call furniture, not what a rule took.

Run: ``python bench/count_furniture.py [--corpus PATH] [--show KIND]``; run
it with another checkout's ``src`` on ``PYTHONPATH`` to count before a change.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter

from _common import BALY_CORPUS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
KINDS = {
    # a post's signature ("— Name (@handle) June 18, 2018", Instagram's "...
    # (@handle) on Dec 31, 2016") or its author opening it ("Name (@handle) Text")
    "embedded-post": re.compile(r"\(@[\w.]{1,30}\)\s*(?:on )?%s \d{1,2}, \d{4}|"
                                r"^(?:[A-Z][\w.'’-]*\s){1,5}\(@\w{1,15}\)\s+[A-Z0-9\"“]" % _MONTH,
                                re.M),
    # a word glued to a capital (the card's first headline), "MORE" closing it
    "hover-card": re.compile(r"[a-z](?:[A-Z0-9\"“‘])[^\n]{0,900}?MORE(?!\w)"),
    "pic.twitter.com": re.compile(r"pic\.twitter\.com/\w"),
    "t.co": re.compile(r"(?<![\w.])(?:https?://)?t\.co/\w"),
    # a name's full form said right after it, as a link's card leaves it: the
    # same first name (or it in brackets) and the same surname again
    # ("Kevin McCarthy Kevin Owen McCarthy", "Mitch McConnell Addison (Mitch)
    # Mitchell McConnell")
    "full-name-again": re.compile(r"\b([A-Z][a-z]+) ([A-Z][\w'’-]+)\s?(?:\1|[A-Z][a-z]+ \(\1\))"
                                  r"(?: [A-Z][\w.'’-]*){0,3} \2\b"),
    # a sign-up form's country picker
    "country-list": re.compile(r"Afghanistan,? Albania,? Algeria"),
}


def _articles(path):
    from crosscheck.clean import clean
    from crosscheck.models import RawDoc

    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            meta = {"title": row.get("title") or "", "outlet": row.get("outlet") or "",
                    "published": row.get("date") or ""}
            yield clean(RawDoc.make(f"baly-{row['id']}", "text", row["text"], meta))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(BALY_CORPUS))
    parser.add_argument("--show", choices=sorted(KINDS) + ["all"],
                        help="print the body paragraphs of KIND (or of every kind) on stderr")
    args = parser.parse_args(argv)
    body, articles, removed = Counter(), Counter(), Counter()
    stage = None
    for article in _articles(args.corpus):
        stage = article.stage
        held = set()
        for paragraph in article.text.split("\n\n"):
            for kind, rule in KINDS.items():
                if rule.search(paragraph):
                    body[kind] += 1
                    held.add(kind)
                    if args.show in (kind, "all"):
                        print(f"{kind}\t{article.id}\t{paragraph[:400]}", file=sys.stderr)
        articles.update(held)
        for fragment in article.removed:
            removed.update(kind for kind, rule in KINDS.items() if rule.search(fragment))
    print(f"cleaner {stage}; {args.corpus}")
    print(f"{'kind':<18}{'body paragraphs':>16}{'articles':>10}{'in removed':>12}")
    for kind in KINDS:
        print(f"{kind:<18}{body[kind]:>16}{articles[kind]:>10}{removed[kind]:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
