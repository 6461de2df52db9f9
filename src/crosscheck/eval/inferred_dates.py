"""Inferred dates on real articles: hide a dated article's day, infer it.

For every story of ``quality/gold/dates/dev.json`` (AllSides dev stories and
ECB+ dev events with two dated articles or more), each dated article in turn
loses its date (ECB+: its date lines are taken out of the text), the others
keep theirs, claims are extracted, and :func:`crosscheck.inferred_dates.infer_published`
infers the hidden day. Figures, over all hidden articles:

- ``exact_day``: the inferred day is the true one; ``within_one_day``: off by
  one day at most;
- ``later_than_allowed``: the inferred day is later than any evidence allows,
  that is after both the story's latest dated article and the latest day the
  article narrates as past (resolved against its true date). Must be 0;
- ``earlier_than_narrated``: the inferred day is before a day of the story
  (no earlier than a week before its first dated article) that the article
  narrates as past, resolved against its true date: "never earlier than the
  latest event it reports as past";
- ``later_than_true``: informative: the inferred day is after the real one
  (the story's median day when the hidden article was the first to report).

The held-out part (``quality/gold/dates/heldout.json``, not looked at while
tuning) is stories of Baly et al. articles read by hand: two or three outlets'
articles on one news event, each dated by the data set (and by its address
where the address carries a day). The second tuning part (``dev2.json``) is
made the same way from Baly articles the held-out part does not use.

Run: ``python -m crosscheck.eval.inferred_dates [--split dev|dev2|heldout] [--verbose]``
prints JSON; ``--verbose`` lists every wrong day on stderr with the reason given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..models import Article, content_id

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "quality" / "gold" / "dates" / "dev.json"
HELDOUT = GOLD.with_name("heldout.json")
DEV2 = GOLD.with_name("dev2.json")
SPLITS = ("dev", "dev2", "heldout")

_DATE_LINE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}"
    r"|\d\d / \d\d / \d{2,4}", re.I)


@dataclass(frozen=True)
class GoldStory:
    name: str
    articles: tuple[tuple[str, str, str | None], ...]  # (key, text, title), in gold order
    days: tuple[str, ...]


def _without_date_lines(text: str) -> str:
    """ECB+ text without the date lines among its first four lines (the gold's source)."""
    lines = text.split("\n")
    head = [x for x in lines[:4] if not (len(x) < 70 and _DATE_LINE.search(x))]
    return "\n".join(head + lines[4:])


def load_stories(data: Path, split: str = "dev") -> list[GoldStory]:
    if split in ("dev2", "heldout"):
        return _baly_stories(data, DEV2 if split == "dev2" else HELDOUT)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    out = []
    ecb = {}
    with open(data / "ecbplus" / "ecbplus-dev.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            ecb[d["id"]] = d["text"]
    for event, days in sorted(gold["ecbplus"].items()):
        keys = sorted(days)
        out.append(GoldStory(f"ecbplus/{event}",
                             tuple((k, _without_date_lines(ecb[k]), None) for k in keys),
                             tuple(days[k] for k in keys)))
    allsides = {}
    with open(data / "allsides-stories" / "allsides-stories-dev.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            allsides[str(d["story"])] = {a["url"]: a for a in d["articles"]}
    for story, days in sorted(gold["allsides"].items()):
        keys = sorted(days)
        found = allsides[story]
        out.append(GoldStory(f"allsides/{story}",
                             tuple((k, found[k]["text"], found[k]["title"]) for k in keys),
                             tuple(days[k] for k in keys)))
    return out


def _baly_stories(data: Path, path: Path) -> list[GoldStory]:
    import gzip

    gold = json.loads(path.read_text(encoding="utf-8"))["baly"]
    wanted = {key for days in gold.values() for key in days}
    rows = {}
    with gzip.open(data / "baly-articles" / "baly-articles-8k.jsonl.gz", "rt",
                   encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in wanted:
                rows[d["id"]] = d
    out = []
    for story, days in sorted(gold.items()):
        keys = sorted(days)
        out.append(GoldStory(f"baly/{story}",
                             tuple((k, rows[k]["text"], rows[k]["title"]) for k in keys),
                             tuple(days[k] for k in keys)))
    return out


def _article(story: GoldStory, i: int, published: str | None) -> Article:
    key, text, title = story.articles[i]
    return Article(id=content_id("a", story.name, key), origin=key, title=title,
                   published=published, text=text)


def evaluate(data: Path, verbose: bool = False, split: str = "dev") -> dict[str, float]:
    from ..claims import extract_claims_batch
    from ..inferred_dates import infer_published

    stories = load_stories(data, split)
    dated = [_article(s, i, s.days[i]) for s in stories for i in range(len(s.days))]
    undated = [_article(s, i, None) for s in stories for i in range(len(s.days))]
    claims_dated = dict(zip((a.id for a in dated), extract_claims_batch(dated)))
    claims_undated = dict(zip((a.id for a in undated), extract_claims_batch(undated)))
    counts = dict(exact_day=0, within_one_day=0, later_than_allowed=0,
                  earlier_than_narrated=0, later_than_true=0)
    total = 0
    for s in stories:
        members = [_article(s, i, s.days[i]) for i in range(len(s.days))]
        for i, truth in enumerate(s.days):
            hidden = _article(s, i, None)
            others = members[:i] + members[i + 1:]
            claims = [c for a in others for c in claims_dated[a.id]] + claims_undated[hidden.id]
            got = infer_published(others + [hidden], claims)[hidden.id]
            earliest = min(a.published for a in others)
            window = (dt.date.fromisoformat(earliest) - dt.timedelta(days=7)).isoformat()
            narrated = [c.event.date for c in claims_dated[members[i].id]
                        if c.event and c.event.date and c.event.tense == "past"
                        and window <= c.event.date <= truth]
            latest_narrated = max(narrated, default="")
            allowed = max([a.published for a in others] + narrated)
            total += 1
            off = abs((dt.date.fromisoformat(got.date) - dt.date.fromisoformat(truth)).days)
            counts["exact_day"] += off == 0
            counts["within_one_day"] += off <= 1
            counts["later_than_allowed"] += got.date > allowed
            counts["earlier_than_narrated"] += got.date < latest_narrated
            counts["later_than_true"] += got.date > truth
            if verbose and off:
                print(json.dumps({"story": s.name, "article": s.articles[i][0], "true": truth,
                                  "inferred": got.date, "reason": got.reason,
                                  "latest_narrated": latest_narrated or None}), file=sys.stderr)
    out = {k: round(v / total, 4) for k, v in counts.items()}
    # The gate's floors are minimums: the shares that must stay low as their complements.
    out["within_evidence"] = round(1 - out["later_than_allowed"], 4)
    out["not_before_narrated"] = round(1 - out["earlier_than_narrated"], 4)
    out["articles"] = total
    out["stories"] = len(stories)
    return out


def main(argv: list[str] | None = None) -> int:
    from . import shared_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list wrong days on stderr")
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="dev and dev2 (tuned on) or heldout (Baly stories, not looked at)")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to measure", file=sys.stderr)
        return 2
    print(json.dumps(evaluate(data, args.verbose, args.split), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
