"""The real stories the notes gold is collected from and read again
(:mod:`.notes`, :mod:`.notes_texts`): AllSides dev stories, ECB+ dev events,
and the multi-outlet stories the engine's own story stage finds in a slice of
the day-sorted Baly articles, each as (name, cleaned articles)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable


def allsides_and_ecb_stories(data: Path, allsides: Iterable[int], ecb: Iterable[str]) -> list[tuple[str, list]]:
    """(name, cleaned articles) of the AllSides dev stories on lines
    ``allsides`` and of the ECB+ dev events ``ecb`` ("1_1", "1_1plus"...)."""
    from .findings import _article

    lines = (data / "allsides-stories" / "allsides-stories-dev.jsonl").read_text(
        encoding="utf-8").splitlines()
    out = []
    for line in allsides:
        story = json.loads(lines[line])
        out.append((f"allsides:{story['story']}",
                    [_article(f"allsides-{story['story']}-{a['outlet']}", a["text"], a.get("title"),
                              a["outlet"], story["date"]) for a in story["articles"]]))
    events: dict[str, list] = defaultdict(list)
    wanted = set(ecb)
    for row in (data / "ecbplus" / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(row)
        key = f"{r['topic']}_{r['event']}"
        if key in wanted:
            events[key].append(_article(f"ecbplus-{r['id']}", r["text"], None, None, None))
    out.extend((f"ecbplus:{key}", events[key]) for key in sorted(events))
    return out


def baly_rows(data: Path) -> list[dict]:
    """The Baly articles that carry a day (``YYYY-MM-DD``), oldest first (by day, then id)."""
    import gzip
    import re

    with gzip.open(data / "baly-articles" / "baly-articles-8k.jsonl.gz", "rt",
                   encoding="utf-8") as lines:
        rows = [r for r in map(json.loads, lines)
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.get("date") or "")]
    return sorted(rows, key=lambda r: (r["date"], r["id"]))


def baly_article(row: dict):
    from .findings import _article

    return _article(f"baly-{row['id']}", row["text"], row.get("title"), row["outlet"], row["date"])


def baly_stories(data: Path, start: int, stop: int) -> list[tuple[str, list]]:
    """The stories the engine's own story stage (:func:`cluster_articles`) finds
    in the Baly articles ``start:stop`` of the day-sorted list, kept when two
    outlets or more tell them; each named "baly:" and its Baly ids joined by "+"."""
    from ..group.stories import cluster_articles

    rows = baly_rows(data)[start:stop]
    articles = [baly_article(r) for r in rows]
    row_of = {a.id: r for a, r in zip(articles, rows)}
    article_of = {a.id: a for a in articles}
    stories, _ = cluster_articles(articles)
    out = []
    for story in stories:
        members = [row_of[i] for i in story.articles]
        if len({r["outlet"] for r in members}) >= 2:
            out.append(("baly:" + "+".join(sorted(r["id"] for r in members)),
                        [article_of[i] for i in story.articles]))
    return sorted(out)


def story_articles(data: Path, stories: Iterable[str]) -> dict[str, list]:
    """The cleaned articles of gold stories named "allsides:ID", "ecbplus:T_E"
    or "baly:ID+ID…"."""
    wanted = set(stories)
    lines = (data / "allsides-stories" / "allsides-stories-dev.jsonl").read_text(
        encoding="utf-8").splitlines()
    at = [n for n, line in enumerate(lines)
          if f"allsides:{json.loads(line)['story']}" in wanted]
    ecb = [s.split(":", 1)[1] for s in wanted if s.startswith("ecbplus:")]
    out = dict(allsides_and_ecb_stories(data, at, ecb))
    baly = {s: s.split(":", 1)[1].split("+") for s in wanted if s.startswith("baly:")}
    if baly:
        rows = {r["id"]: r for r in baly_rows(data)}
        out.update({s: [baly_article(rows[i]) for i in ids] for s, ids in baly.items()})
    return out
