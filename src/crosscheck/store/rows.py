"""Records to and from the stores' rows: both stores keep the same columns and
the same JSON, made here once."""

from __future__ import annotations

import json
from dataclasses import asdict

from ..models import Cited, Finding, Story

#: The columns of ``shards()`` and of ``story_summaries()``, in their order.
SHARD_KEYS = ("shard", "size", "documents", "refused", "finished")
SUMMARY_KEYS = ("id", "headline", "first_date", "last_date", "articles", "sources", "conflicts")


def to_json(data: dict) -> str:
    """A record's stored JSON (keys sorted: the same record, the same text)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def story_row(story: Story) -> tuple:
    """A story's columns: id, headline, first_date, last_date, data (its JSON),
    and the numbers of articles, independent sources and conflicts that a story
    list shows without decoding the JSON."""
    return (story.id, story.headline, story.first_date, story.last_date,
            to_json(asdict(story)), len(story.articles), story.sources,
            sum(f.status == "conflict" for f in story.findings))


def story_from_dict(d: dict) -> Story:
    """A story from its stored JSON (both stores keep the same JSON)."""
    return Story(
        id=d["id"], headline=d["headline"], articles=tuple(d["articles"]),
        claims=tuple(d.get("claims", ())),
        findings=tuple(Finding(**{**f, "claims": tuple(f["claims"]),
                                  "articles": tuple(f["articles"])})
                       for f in d.get("findings", ())),
        brief=tuple(Cited(c["text"], tuple(c["sources"]), c.get("date"), tuple(c.get("in_part", ())))
                    for c in d.get("brief", ())),
        timeline=tuple(Cited(c["text"], tuple(c["sources"]), c.get("date"))
                       for c in d.get("timeline", ())),
        first_date=d.get("first_date"), last_date=d.get("last_date"),
        sources=d.get("sources", 0), fingerprint=d.get("fingerprint", ""))
