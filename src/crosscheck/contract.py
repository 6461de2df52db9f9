"""The output contract, ``crosscheck/brief/1``: records to the JSON document the
CLI prints and the HTTP API returns, described by the JSON Schema shipped in the
package (``data/brief.schema.json``, a copy of the project's shared contract;
a test keeps the two equal). ``crosscheck schema`` prints it.

Required fields keep their meaning; extra fields (``outlet``, ``url``,
``first_date``, ``independent_sources``...) are allowed by the contract.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, Iterable

from .models import Article, Claim, Story
from .store import Store

FORMAT = "crosscheck/brief/1"


def schema_text() -> str:
    """The JSON Schema of ``crosscheck/brief/1``, as shipped (JSON text)."""
    return files("crosscheck").joinpath("data", "brief.schema.json").read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema of ``crosscheck/brief/1``, parsed: validate a document
    with it (``jsonschema.validate(document, schema())``)."""
    return json.loads(schema_text())


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
        # "in_part" (an extra field, present only when not empty): articles
        # reporting a fact the sentence states, but not the whole sentence.
        "brief": [{"text": c.text, "sources": list(c.sources),
                   **({"in_part": list(c.in_part)} if c.in_part else {})} for c in story.brief],
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
