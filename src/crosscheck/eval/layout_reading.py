"""How well crosscheck reads real articles in export layouts it is given
(:mod:`.layouts`): outlet, date and byline accuracy, and body token F1 against
the original text without its photo captions, per layout and per split (dev,
held-out).

Scoring: an outlet is right when it names the same outlet as the layout states
(case, "The" and punctuation aside), or is absent where the layout states
none; a date when it is the stated date at the stated precision; a byline
when it names the same people (order and joining words aside); the body by the
token F1 of :func:`.html_extraction.token_prf`.

Run: ``python -m crosscheck.eval.layout_reading [--articles N] [--verbose]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from ..clean import clean
from ..ingest import read_bytes
from ..models import RawDoc
from . import shared_data
from .html_extraction import token_prf
from .layouts import DEV, HELD_OUT, LAYOUTS, GoldArticle, gold_articles, write

FIELDS = ("outlet", "date", "byline", "body_f1")


@dataclass
class Tally:
    n: int = 0
    sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0.0))

    def add(self, scores: dict[str, float]) -> None:
        self.n += 1
        for k, v in scores.items():
            self.sums[k] += v

    def means(self) -> dict[str, float]:
        return {k: round(v / self.n, 4) if self.n else 0.0 for k, v in self.sums.items()}


def _norm_outlet(name: str | None) -> str:
    return re.sub(r"^the ", "", re.sub(r"[^\w ]+", "", (name or "").lower())).strip()


def _people(byline: str | None) -> set[str]:
    parts = re.split(r",\s*|\s+and\s+|\s*&\s*|;\s*", byline or "")
    return {re.sub(r"\s+", " ", p).strip().lower() for p in parts if p.strip()}


def score(article: GoldArticle, layout: str) -> tuple[dict[str, float], dict[str, object]]:
    """The four scores of one article in one layout, and what was read."""
    written = write(article, layout)
    docs = [d for d in read_bytes(written.name, written.data) if isinstance(d, RawDoc)]
    read = clean(docs[0]) if docs else None
    got = {"outlet": read and read.outlet, "date": read and read.published,
           "byline": read and read.byline, "text": read.text if read else ""}
    scores = {
        "outlet": float(_norm_outlet(got["outlet"]) == _norm_outlet(written.outlet)),
        "date": float(got["date"] == written.published),
        "byline": float(_people(got["byline"]) == {n.lower() for n in written.byline}),
        "body_f1": token_prf(got["text"], article.body)[2],
    }
    return scores, got


@dataclass(frozen=True)
class Report:
    per_layout: dict[str, dict[str, float]]
    per_split: dict[str, dict[str, float]]
    articles: int


def evaluate(data_dir, articles: int = 500, verbose: bool = False) -> Report:
    gold = gold_articles(data_dir, articles)
    layouts: dict[str, Tally] = defaultdict(Tally)
    splits: dict[str, Tally] = defaultdict(Tally)
    for layout in LAYOUTS:
        split = "dev" if layout in DEV else "held_out"
        for article in gold:
            scores, got = score(article, layout)
            layouts[layout].add(scores)
            splits[split].add(scores)
            if verbose and min(scores["outlet"], scores["date"], scores["byline"]) < 1:
                written = write(article, layout)
                print(f"{layout} {article.id}: outlet {got['outlet']!r}/{written.outlet!r} "
                      f"date {got['date']!r}/{written.published!r} "
                      f"byline {got['byline']!r}/{written.byline!r}", file=sys.stderr)
    return Report({k: t.means() for k, t in layouts.items()},
                  {k: t.means() for k, t in splits.items()}, len(gold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="articles per layout")
    parser.add_argument("--verbose", action="store_true", help="print every miss on stderr")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to evaluate", file=sys.stderr)
        return 2
    report = evaluate(data, args.articles, args.verbose)
    print(f"Layout reading, {report.articles} Baly articles in each of {len(LAYOUTS)} layouts "
          f"({len(HELD_OUT)} held out)")
    print(f"{'layout':18} {'split':9} " + " ".join(f"{f:>8}" for f in FIELDS))
    for layout, means in report.per_layout.items():
        split = "dev" if layout in DEV else "held-out"
        print(f"{layout:18} {split:9} " + " ".join(f"{means[f]:8.4f}" for f in FIELDS))
    for split, means in report.per_split.items():
        print(f"{'ALL ' + split:28} " + " ".join(f"{means[f]:8.4f}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
