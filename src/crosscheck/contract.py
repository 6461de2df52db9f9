"""The output contract, ``crosscheck/brief/1``: records to the JSON document the
CLI prints and the HTTP API returns (``../shared/contract/brief.schema.json``).

Required fields keep their meaning; extra fields (``outlet``, ``url``,
``first_date``, ``independent_sources``...) are allowed by the contract.
"""

from __future__ import annotations

from typing import Any, Iterable

from .models import Article, Claim, Story
from .store import Store

FORMAT = "crosscheck/brief/1"


def story_document(story: Story, articles: list[Article], claims: list[Claim]) -> dict[str, Any]:
    return {
        "id": story.id,
        "headline": story.headline,
        "first_date": story.first_date,
        "last_date": story.last_date,
        "sources": story.sources,
        "articles": [a.to_dict() for a in articles],
        "claims": [c.to_dict() for c in claims],
        "findings": [{"id": f.id, "kind": f.kind, "topic": f.topic, "status": f.status,
                      "claims": list(f.claims), "articles": list(f.articles), "note": f.note,
                      "independent_sources": f.independent_sources} for f in story.findings],
        "brief": [{"text": c.text, "sources": list(c.sources)} for c in story.brief],
        "timeline": [{"date": c.date, "text": c.text, "sources": list(c.sources)}
                     for c in story.timeline if c.date],
    }


def brief_document(store: Store, stories: Iterable[Story]) -> dict[str, Any]:
    """The whole ``crosscheck/brief/1`` document for ``stories``, read from ``store``."""
    out = []
    for story in stories:
        articles = store.articles(story.articles)
        out.append(story_document(story, articles, store.claims(story.articles)))
    return {"format": FORMAT, "stories": out}
