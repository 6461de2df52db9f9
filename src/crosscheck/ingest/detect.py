"""Which reader a document needs, by content as well as by extension.

The extension is a hint, the content decides: a ``.txt`` that is really HTML
is read as HTML, and a ``.json`` that does not parse is refused as broken JSON
rather than read as prose.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

Kind = Literal["text", "html", "json", "jsonl", "feed", "warc"]

_EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".md": "text", ".text": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.I | re.S)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.I)
# Block tags that mark a fragment of HTML without <html>; three of them in the
# first 4 KB are far more than prose that merely mentions a tag.
HTML_TAG = re.compile(r"</?(p|div|span|article|section|br|h[1-6]|a|ul|li|table)[\s/>]", re.I)


def extension_kind(name: str) -> Kind | None:
    """The kind an extension suggests (``.gz`` looked through), or None if unknown."""
    path = PurePath(name.lower())
    suffix = path.suffix
    if suffix == ".gz":
        suffix = PurePath(path.stem).suffix
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    return None


def sniff(head: str, hint: Kind | None) -> Kind:
    """Decide the kind from the first few KB of decoded text and the hint."""
    start = head.lstrip()[:4096]
    if start.startswith("WARC/"):
        return "warc"
    if start.startswith("<?xml") or _FEED_ROOT.match(start) or start.startswith("<rss"):
        if _FEED_ROOT.search(start):
            return "feed"
        if _HTML_START.search(start):
            return "html"
    if _HTML_START.match(start):
        return "html"
    if start[:1] in "{[":
        if hint in ("json", "jsonl"):
            return hint
        first_line = start.split("\n", 1)[0].strip()
        return "jsonl" if first_line.startswith("{") and first_line.endswith("}") \
            and "\n{" in start else "json"
    if hint in ("json", "jsonl", "feed", "warc"):
        return hint  # the reader will refuse it with a precise reason
    if len(HTML_TAG.findall(start)) >= 3:
        return "html"
    return "text"
