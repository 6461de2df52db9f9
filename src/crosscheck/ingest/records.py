"""JSON and JSON Lines: one article per record.

A record needs ``text``; ``id``, ``title``, ``url``, ``published``, ``outlet``
and ``byline`` are optional. Each is also read under the names that common
export formats give it (:data:`_TEXT_KEYS`, :data:`_FIELDS`): NewsAPI's
``publishedAt`` and ``source: {"name": ...}``, news-please's (Common Crawl
news) ``date_publish`` and ``maintext``, Webz.io's ``thread.site``, GDELT's
``domain``. A record's origin is its ``url``, else ``FILE#ID`` (its ``id``,
else its line or position number).
"""

from __future__ import annotations

import io
import json
import math
import re
from typing import Any, BinaryIO, Iterator

from ..errors import RefusedInput
from ..models import RawDoc, Refusal
from .decode import decode
from .detect import HTML_TAG

# Where records keep each field: our own names and scrapers' common ones first,
# then the documented names of the export formats met in the wild, the first
# usable one winning. A dotted name is a field of an object ("thread.site").
#   NewsAPI (/v2/everything, /v2/top-headlines: "articles"): source {id, name},
#     author, title, description, url, urlToImage, publishedAt (ISO 8601, Z), content
#   news-please (its Common Crawl news extracts): authors, date_publish,
#     date_modify, date_download, source_domain, title, url, maintext
#   Webz.io News API ("posts"): uuid, url, author, published, crawled, title,
#     text, thread {site, site_full, title, published, ...}
#   GDELT DOC 2.0 ArtList ("articles"): url, title, seendate, domain, language,
#     sourcecountry (no text: such a record is refused for want of one)
# Times that are not when the article was published are never read as its
# date: when it was fetched (crawled, date_download), seen (GDELT's seendate)
# or modified (date_modify), nor any other field (urlToImage).
_TEXT_KEYS = ("text", "content", "body", "maintext")
_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "pubdate", "publishedAt",
                  "date_publish", "datePublished"),
    # An object's "name" (NewsAPI's source) or "title" stands for it.
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publication", "publisher",
               "domain", "source_domain", "thread.site"),
    "byline": ("byline", "author", "authors"),
}
# The lists of records a JSON document may hold its articles in.
_RECORD_LISTS = ("articles", "items", "records", "data", "posts")
# Deeply nested JSON is not an article dump; json's recursion would fail anyway.
_MAX_DEPTH = 50
# Reliability fix (tests/reliability): a JSON Lines file of millions of broken
# records (a small gzip of "{}" lines) wrote one refusal per line, minutes of
# work for nothing. After this many broken records in a row, with none read,
# the rest of the file is refused in one line; real dumps have the odd bad line.
MAX_BROKEN_RUN = 1000
# Blank lines count toward the same bound: 97 KB of gzip holding 10^8 newlines
# took 45 s to step through one line at a time (971 KB, over 300 s) and gave
# nothing. A real dump separates records by at most a few blank lines.
MAX_BLANK_RUN = MAX_BROKEN_RUN


def read_json(name: str, text: str) -> Iterator[RawDoc | Refusal]:
    try:
        data = _loads(text)
    except RecursionError:
        yield Refusal(name, "broken JSON: nested too deeply")
        return
    except ValueError as exc:
        yield Refusal(name, f"broken JSON: {exc}")
        return
    if isinstance(data, dict):
        items = next((data[k] for k in _RECORD_LISTS if isinstance(data.get(k), list)),
                     [data])
    elif isinstance(data, list):
        items = data
    else:
        yield Refusal(name, "JSON holds no article: expected an object or a list of objects")
        return
    # A 20 MB list of millions of empty objects is bounded like a JSON Lines file.
    yield from _bounded_broken_run(name, (_record(name, number, record)
                                          for number, record in enumerate(items, 1)))


def read_jsonl(name: str, text: str) -> Iterator[RawDoc | Refusal]:
    """JSON Lines already in memory: the same reading as a streamed file."""
    data = text.encode("utf-8")
    return read_jsonl_stream(name, io.BytesIO(data), max(len(data), 1))


def read_jsonl_stream(name: str, stream: BinaryIO, limit: int) -> Iterator[RawDoc | Refusal]:
    """JSON Lines read line by line, so that a dump of any size streams; the
    size limit bounds each record instead of the file."""
    return _bounded_broken_run(name, _read_jsonl_stream(name, stream, limit))


def _read_jsonl_stream(name: str, stream: BinaryIO, limit: int) -> Iterator[RawDoc | Refusal]:
    number = blank = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            yield Refusal(f"{name}#{number}", f"record larger than {limit // 1_000_000} MB")
            while line and not line.endswith(b"\n"):  # skip the rest of that line
                line = stream.readline(1 << 20)
            continue
        if not line.strip():
            blank += 1
            if blank > MAX_BLANK_RUN:
                yield Refusal(name, f"rest of the file skipped after line {number}: "
                                    f"more than {MAX_BLANK_RUN} blank lines in a row "
                                    "(is it a JSON Lines article dump?)")
                return
            continue
        blank = 0
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = decode(line)
            except RefusedInput as exc:
                yield Refusal(f"{name}#{number}", str(exc))
                continue
        try:
            record = _loads(text)
        except (ValueError, RecursionError) as exc:
            yield Refusal(f"{name}#{number}", f"broken JSON on line {number}: {exc}")
            continue
        yield _record(name, number, record)


def _bounded_broken_run(name: str, items: Iterator[RawDoc | Refusal]
                        ) -> Iterator[RawDoc | Refusal]:
    """The items, until ``MAX_BROKEN_RUN`` refusals come in a row before any document."""
    broken = 0
    for item in items:
        if isinstance(item, RawDoc):
            broken = -1  # a real dump: its bad lines are reported one by one
        elif broken >= 0:
            broken += 1
            if broken > MAX_BROKEN_RUN:
                yield Refusal(name, f"rest of the file skipped: its first {MAX_BROKEN_RUN} "
                                    "records are all broken (is it a JSON Lines article dump?)")
                return
        yield item


# Reliability fix (tests/reliability): JSON may escape a lone surrogate
# ("\ud800"), which Python keeps in the string and then cannot encode as UTF-8
# (hashing the id, writing SQLite): ingest crashed. They become U+FFFD.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _loads(text: str) -> Any:
    value = json.loads(text, parse_constant=_reject_constant)
    return _without_surrogates(value) if _ESCAPED_SURROGATE.search(text) else value


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not valid JSON")


def _record(name: str, number: int, record: Any) -> RawDoc | Refusal:
    where = f"{name}#{number}"
    if not isinstance(record, dict):
        return Refusal(where, f"record {number} is a {type(record).__name__}, not an object")
    rid = record.get("id")
    if isinstance(rid, (str, int)) and not isinstance(rid, bool) and str(rid).strip():
        where = f"{name}#{rid}"
    # The first that holds text: news-please writes "text": null beside "maintext".
    text = next((record[k] for k in _TEXT_KEYS
                 if isinstance(record.get(k), str) and record[k].strip()), None)
    if not isinstance(text, str) or not text.strip():
        return Refusal(where, "record has no 'text' (a non-empty string is required)")
    meta = {key: _scalar(record, key, aliases) for key, aliases in _FIELDS.items()}
    meta = {k: v for k, v in meta.items() if v}
    origin = meta.get("url") or where
    fmt = "html" if len(HTML_TAG.findall(text[:4096])) >= 3 else "text"
    return RawDoc.make(origin, fmt, text, meta, container="json")


def _scalar(record: dict[str, Any], field: str, aliases: tuple[str, ...]) -> str:
    """The first alias of ``field`` holding a usable value, as a string; wrong
    types are dropped (an object or a number is no date)."""
    for alias in aliases:
        value = _value(record, alias)
        if isinstance(value, dict) and field != "published":
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()[:1000]
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return ", ".join(v.strip() for v in value if v.strip())[:1000]
        # Reliability fix (tests/reliability): math.isfinite(10**400) raises
        # OverflowError; an int is always finite, so only floats are tested.
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and (isinstance(value, int) or math.isfinite(value)) and field != "published":
            return str(value)
    return ""


def _value(record: dict[str, Any], alias: str) -> Any:
    """``record[alias]``, or for a dotted alias the field of the object it names."""
    value: Any = record
    for name in alias.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(name)
    return value
