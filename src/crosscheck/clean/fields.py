"""Header fields of scraper and CMS exports: ``date 2024-05-02``,
``title: …``, ``author …``, ``source …``, ``url …`` at the top of a text file.

Scrapers write them lowercase, followed by a space, a colon or an equals sign;
capitalised forms count only with a colon ("Title: …"), because a headline
may well open with the word ("Title fight set for Saturday", "Source of the
leak named"). They are read only before the first line of the body (the
caller's job), where a headline never starts with "date 2024".

A field may run straight into the first paragraph when the exporter lost the
line break: ``date 2024-05-02 Nairobi, May 2 Officials said on Thursday …``.
Only fields whose value has a shape of its own can be cut there: a date and
an address. A title, author or source is only read alone on its line, since
nothing says where a run-in name ends and the story begins.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import date_at_start

__all__ = ["Field", "read_field"]

# field name as written -> the metadata it fills
NAMES = {"date": "published", "published": "published", "pubdate": "published",
         "published_at": "published", "title": "title", "headline": "title",
         "author": "byline", "authors": "byline", "byline": "byline", "source": "outlet",
         "outlet": "outlet", "site": "outlet", "publication": "outlet", "url": "url",
         "link": "url"}
_KEY = "|".join(sorted(NAMES, key=len, reverse=True))
_LOWER = re.compile(rf"^(?P<key>{_KEY})(?:\s*[:=]\s*|\s+)(?=\S)")
_COLON = re.compile(rf"^(?P<key>{_KEY})\s*:\s*(?=\S)", re.I)
_URL = re.compile(r"https?://\S+")
# A value alone on its line is at most this long: a title or a name, not a paragraph.
MAX_VALUE_CHARS = 300


class Field(NamedTuple):
    name: str     # published, title, byline, outlet or url
    value: str    # an ISO date for ``published``
    text: str     # the field as written, to keep among the removed fragments
    rest: str     # what follows it on the line: the start of the body, or ""


def read_field(line: str) -> Field | None:
    """The header field opening ``line``, or None."""
    m = _LOWER.match(line) or _COLON.match(line)
    if not m:
        return None
    name = NAMES[m.group("key").lower()]
    after = line[m.end():]
    if name == "published":
        dated = date_at_start(after)
        if not dated:
            return None
        rest = dated[1].lstrip(" |·•,–—-")
        return Field(name, dated[0], line[: len(line) - len(rest)].rstrip(), rest)
    if name == "url":
        url = _URL.match(after)
        if not url:
            return None
        rest = after[url.end():].lstrip()
        return Field(name, url.group(0), line[: len(line) - len(rest)].rstrip(), rest)
    value = after.strip()
    if len(value) > MAX_VALUE_CHARS:
        return None  # a paragraph, not a field's value (a title may end in "?" or ".")
    return Field(name, value, line, "")
