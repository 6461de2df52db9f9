"""RSS and Atom feed files, read with feedparser: one article per item."""

from __future__ import annotations

import time
from typing import Iterator

import feedparser

from ..models import RawDoc, Refusal
from .detect import HTML_TAG


def read_feed(name: str, text: str) -> Iterator[RawDoc | Refusal]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no items"
        yield Refusal(name, f"broken or empty feed: {reason}")
        return
    outlet = parsed.feed.get("title", "")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{name}#{number}"
        body, fmt = _entry_body(entry)
        if not body.strip():
            yield Refusal(entry.get("link") or where, "feed item has no content or summary")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = {
            "title": entry.get("title", ""),
            "url": entry.get("link", ""),
            "published": time.strftime("%Y-%m-%d", stamp) if stamp else "",
            "byline": entry.get("author", ""),
            "outlet": outlet,
        }
        yield RawDoc.make(entry.get("link") or where, fmt, body, meta, container="feed",
                          entry_id=entry.get("id", ""))


def _entry_body(entry) -> tuple[str, str]:
    for part in entry.get("content") or []:
        value = part.get("value", "")
        if value.strip():
            return value, "html" if "html" in part.get("type", "") else "text"
    summary = entry.get("summary", "")
    return summary, "html" if HTML_TAG.search(summary) else "text"
