"""Token-level precision, recall and F1 of HTML body extraction on the Zyte
article-extraction benchmark (``../shared/data/zyte-extraction``).

Scoring follows the benchmark's own method: the extracted body and the gold
``articleBody`` are bags of word tokens; precision and recall are computed per
page and averaged over pages (a page with an empty extraction scores 0).

Run: ``python -m crosscheck.eval.html_extraction [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path


from ..ingest import read_bytes
from ..models import RawDoc
from . import shared_data

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    pages: int


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    pred = Counter(_TOKEN.findall(predicted.lower()))
    true = Counter(_TOKEN.findall(gold.lower()))
    overlap = sum((pred & true).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(true.values()) if true else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(folder: Path, limit: int | None = None, through_clean: bool = True) -> Scores:
    """Score extraction (and, with ``through_clean``, our line-level cleaning
    after it, which is what users get) over the benchmark pages."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    totals = [0.0, 0.0, 0.0]
    for page_id in ids:
        path = folder / "html" / f"{page_id}.html.gz"
        docs = [d for d in read_bytes(path.name, path.read_bytes()) if isinstance(d, RawDoc)]
        text = ""
        if docs:
            if through_clean:
                from ..clean import clean
                text = clean(docs[0]).text
            else:
                from ..ingest import extract_html
                text = extract_html(docs[0].content)[0]
        for i, value in enumerate(token_prf(text, truth[page_id]["articleBody"])):
            totals[i] += value
    n = len(ids)
    return Scores(totals[0] / n, totals[1] / n, totals[2] / n, n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--raw", action="store_true",
                        help="score trafilatura's output alone, without our cleaning")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to evaluate", file=sys.stderr)
        return 2
    s = evaluate(data / "zyte-extraction", args.limit, through_clean=not args.raw)
    print(json.dumps({"html_extraction": {"precision": round(s.precision, 4),
                                          "recall": round(s.recall, 4),
                                          "f1": round(s.f1, 4), "pages": s.pages}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
