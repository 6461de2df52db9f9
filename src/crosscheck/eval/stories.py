"""Story clustering and syndication, measured on ../shared/data.

    python -m crosscheck.eval.stories [--data DIR]

prints, for ECB+ dev and AllSides dev, B-cubed and pairwise precision,
recall and F1 and the number of stories against the gold number, then the
copies found in recession-46. The gate (tests/quality/test_stories_gate.py)
checks the same figures against quality/floors/stories.json.

Articles are built straight from the JSON lines, without the cleaner: for
ECB+ the first line is the title when it is short, and a date line near the
top, when there is one, is the publication date; AllSides articles take
their story's date. Articles are fed in a fixed shuffled order (seed 7,
AllSides by date first), since a real stream does not arrive grouped by
gold story.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Mapping, Sequence

from crosscheck.eval import shared_data
from crosscheck.models import Article

ORDER_SEED = 7

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_M = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MDY = re.compile(_M + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _M + r",?\s+(\d{4})", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})\b")


def parse_date_line(line: str) -> str | None:
    """An ISO date from a short date line ('May 03, 2013', '05 / 02 / 2013'), else None."""
    if len(line) > 80:
        return None
    found = None
    if m := _MDY.search(line):
        found = (int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    elif m := _DMY.search(line):
        found = (int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    elif m := _NUMERIC.search(line):
        year = int(m.group(3))
        found = (year + 2000 if year < 100 else year, int(m.group(1)), int(m.group(2)))
    if not found:
        return None
    try:
        return dt.date(*found).isoformat()
    except ValueError:
        return None


def ecbplus_article(row: Mapping) -> Article:
    lines = [l for l in row["text"].split("\n") if l.strip()]
    title = None
    published = None
    for i, line in enumerate(lines[:4]):
        if published is None and (date := parse_date_line(line)):
            published = date
            lines[i] = ""
    lines = [l for l in lines if l]
    if lines and len(lines[0]) <= 120:
        title, lines = lines[0], lines[1:]
    return Article(id=row["id"], origin=row["id"], title=title, published=published,
                   text="\n".join(lines))


def load_ecbplus(path: Path) -> tuple[list[Article], dict[str, str]]:
    rows = [json.loads(l) for l in path.open(encoding="utf-8") if l.strip()]
    articles = [ecbplus_article(r) for r in rows]
    random.Random(ORDER_SEED).shuffle(articles)
    return articles, {r["id"]: str(r["event"]) for r in rows}


def load_allsides(path: Path) -> tuple[list[Article], dict[str, str]]:
    articles, gold = [], {}
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        story = json.loads(line)
        for k, a in enumerate(story["articles"]):
            aid = f"{story['story']}-{k}"
            articles.append(Article(id=aid, origin=a.get("url") or aid, title=a.get("title"),
                                    published=story.get("date"), text=a.get("text") or "",
                                    outlet=a.get("outlet"), url=a.get("url")))
            gold[aid] = str(story["story"])
    rng = random.Random(ORDER_SEED)
    keyed = [(a.published or "", rng.random(), a) for a in articles]
    return [a for _, _, a in sorted(keyed, key=lambda t: t[:2])], gold


def load_recession(path: Path) -> list[Article]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [Article(id=f"r{i:02d}", origin=r.get("url") or f"r{i:02d}", title=r.get("title"),
                    published=None, text=r.get("content") or "", outlet=r.get("domain"),
                    url=r.get("url")) for i, r in enumerate(rows)]


def _prf(p: float, r: float) -> dict[str, float]:
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 over the items of ``gold``."""
    pred_members, gold_members = defaultdict(set), defaultdict(set)
    for item in gold:
        pred_members[predicted[item]].add(item)
        gold_members[gold[item]].add(item)
    p = r = 0.0
    for item in gold:
        mine, truth = pred_members[predicted[item]], gold_members[gold[item]]
        both = len(mine & truth)
        p += both / len(mine)
        r += both / len(truth)
    return _prf(p / len(gold), r / len(gold))


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over pairs of items put in one cluster."""
    def pairs(labels: Mapping[str, str]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels[i] for i in gold).values())

    joint = Counter((predicted[i], gold[i]) for i in gold)
    both = sum(n * (n - 1) // 2 for n in joint.values())
    pp, gp = pairs(predicted), pairs(gold)
    return _prf(both / pp if pp else 1.0, both / gp if gp else 1.0)


def score_clustering(articles: Sequence[Article], gold: Mapping[str, str]) -> dict:
    """Both story groupings on one set, from one computation of the features:
    the incremental clusterer (the default) and, under ``keyed``, the keyed
    grouping that runs on Ray (``crosscheck.group.keyed``)."""
    from crosscheck.group.features import article_features
    from crosscheck.group.keyed import group_local, keyed_records
    from crosscheck.group.stories import cluster_features, stories_of

    features = article_features(articles)
    start = time.perf_counter()
    stories = stories_of(cluster_features(features))
    seconds = time.perf_counter() - start
    keyed = group_local(keyed_records(articles, features))
    out = _scores(stories, gold)
    out.update(articles=len(articles), seconds=round(seconds, 1), keyed=_scores(keyed, gold))
    return out


def _scores(stories: Sequence, gold: Mapping[str, str]) -> dict:
    predicted = {aid: s.id for s in stories for aid in s.articles}
    return {"bcubed": bcubed(predicted, gold), "pairwise": pairwise(predicted, gold),
            "stories": len(stories), "gold_stories": len(set(gold.values()))}


def recession_copies(articles: Sequence[Article]) -> list[dict]:
    from crosscheck.group import find_links

    return [{"a": l.a, "b": l.b, "kind": l.kind, "score": l.score}
            for l in find_links(articles)]


def evaluate(data: Path) -> dict:
    return {
        "ecbplus": score_clustering(*load_ecbplus(data / "ecbplus" / "ecbplus-dev.jsonl")),
        "allsides": score_clustering(*load_allsides(
            data / "allsides-stories" / "allsides-stories-dev.jsonl")),
        "recession": recession_copies(load_recession(
            data / "recession-46" / "documents_recession.json")),
    }


def _line(name: str, r: dict) -> str:
    b, p = r["bcubed"], r["pairwise"]
    return (f"{name:9} B3 P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f} | "
            f"pairwise P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f} | "
            f"stories {r['stories']} vs gold {r['gold_stories']} "
            f"({r['articles']} articles, {r['seconds']} s)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=shared_data())
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.data is None or not args.data.is_dir():
        print(f"no data folder at {args.data}: pass --data DIR (the shared data set)",
              file=sys.stderr)
        return 2
    results = evaluate(args.data)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, key in (("ECB+", "ecbplus"), ("AllSides", "allsides")):
        print(_line(name, results[key]))
        print(_line("  keyed", {**results[key]["keyed"], "articles": results[key]["articles"],
                                "seconds": "-"}))
    copies = results["recession"]
    print(f"recession-46: {len(copies)} related pairs")
    for c in copies:
        print(f"  {c['a']} {c['b']} {c['kind']} {c['score']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
