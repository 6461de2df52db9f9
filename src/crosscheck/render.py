"""Human-readable renderings of a ``crosscheck/brief/1`` document: Markdown,
and a self-contained HTML report (one file, no external assets).

Article text is untrusted. In HTML, Jinja2 escapes every value (autoescape)
and the page's own Content-Security-Policy allows no script at all. Markdown
viewers render raw HTML, so ``<``, ``>`` and ``&`` from articles are written
as entities, and Markdown's own markup characters are escaped so that a title
cannot become a link.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from jinja2 import Environment, PackageLoader, select_autoescape

from .corroborate.common import unknown_outlet
from .models import Article

_ENV = Environment(loader=PackageLoader("crosscheck", "templates"),
                   autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def md_escape(text: str | None) -> str:
    if not text:
        return ""
    # A bare "&" is text in Markdown ("AP Politics & Fact Check" read as
    # "&amp;" in a terminal); only one that would start an entity ("&lt;")
    # is escaped, so that article text never turns into markup.
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]|])", r"\\\1", text)
    return re.sub(r"^([#>+-])", r"\\\1", text, flags=re.M)


def outlet_name(article: dict[str, Any]) -> str:
    if article.get("outlet"):
        return article["outlet"]
    return unknown_outlet(article.get("origin") or article["id"], article["id"])


def _numbered(story: dict[str, Any]) -> tuple[dict[str, int], dict[str, str]]:
    """Sources numbered in the order the story lists its articles."""
    number = {a["id"]: i for i, a in enumerate(story["articles"], 1)}
    outlets = {a["id"]: outlet_name(a) for a in story["articles"]}
    return number, outlets


def relation_words(kind: str, mine: str | None, theirs: str | None,
                   agency: str | None = None) -> str:
    """How an article relates to another, in words that lead to the other's
    reference. Relations are stored on both articles alike, so "rewrite of"
    on both would make each the other's rewrite: a rewrite is the later of
    the two (by date, stated or inferred), its source the earlier; of one
    day or undated, neither is said to come first. ``agency`` is written as
    an article credits it where one does ("Reuters", not the key "reuters")."""
    if kind == "rewrite":
        if mine and theirs and mine != theirs:
            return "rewrite of" if mine > theirs else "rewritten in"
        return "rewrite pair with"
    if kind == "syndicated":
        return "same syndicated text as"
    if kind == "same-wire":
        return f"same {agency} wire material as" if agency else "same wire material as"
    return f"{kind} of"


def article_date(article: Mapping[str, Any] | Article) -> str | None:
    """The day an article is dated by when two are compared: the day it is
    published, else the day inferred from its text (inferred_dates.py). One
    rule for the stored record (the web pages) and the document's dict (the
    Markdown and HTML reports)."""
    if isinstance(article, Mapping):
        return article.get("published") or article.get("published_inferred")
    return article.published or article.published_inferred


def _related(story: Mapping[str, Any], number: Mapping[str, int]
             ) -> dict[str, list[tuple[str, int | str]]]:
    """Each article's relations as a report words them, with the number of
    the article each names ("rewrite of", 2)."""
    dates = {a["id"]: article_date(a) for a in story["articles"]}
    by_id = {a["id"]: a for a in story["articles"]}
    return {a["id"]: [(relation_words(r["kind"], article_date(a), dates.get(r["article"]),
                                      agency_as_credited(r.get("agency"), a,
                                                         by_id.get(r["article"], {}))),
                       number.get(r["article"], "?"))
                      for r in a["relations"]] for a in story["articles"]}


def agency_as_credited(agency: str | None, *articles: dict[str, Any]) -> str | None:
    credited = [c for a in articles for c in a.get("agencies") or ()]
    return next((c for c in credited if agency and c.lower() == agency.lower()), agency)


def _listed_single(finding: dict[str, Any]) -> bool:
    """A single-source finding is listed only with a note to show: a heading
    over empty items would read as if the findings had been lost."""
    return finding["status"] == "single-source" and bool((finding.get("note") or "").strip())


def to_markdown(document: dict[str, Any]) -> str:
    lines: list[str] = []
    for story in document["stories"]:
        number, outlets = _numbered(story)
        cite = lambda ids: "".join(f"[{number.get(i, '?')}]" for i in ids)  # noqa: E731
        lines.append(f"# {md_escape(story['headline'])}")
        span = " – ".join(dict.fromkeys(d for d in (story.get("first_date"),
                                                    story.get("last_date")) if d))
        sources = story.get("sources")
        lines.append(f"_{len(story['articles'])} article(s)"
                     + (f", {sources} independent source(s)" if sources else "")
                     + (f", {span}_" if span else "_"))
        lines.append("")
        if story["brief"]:
            lines.append("## Brief")
            for sentence in story["brief"]:
                part = sentence.get("in_part") or ()
                lines.append(f"- {md_escape(sentence['text'])} {cite(sentence['sources'])}"
                             + (f" (in part: {cite(part)})" if part else ""))
            lines.append("")
        conflicts = [f for f in story["findings"] if f["status"] == "conflict"]
        lines.append("## Discrepancy report")
        if not conflicts:
            lines.append("No conflicting accounts found.")
        for f in conflicts:
            lines.append(f"- **conflict** ({f['kind']}, {md_escape(f['topic'])}): "
                         f"{md_escape(f['note'])} {cite(f['articles'])}")
        lines.append("")
        agreed = [f for f in story["findings"] if f["status"] in ("agree", "compatible")]
        if agreed:
            lines.append("## Corroborated")
            for f in agreed:
                lines.append(f"- **{f['status']}** ({f['kind']}): {md_escape(f['note'])} "
                             f"{cite(f['articles'])}")
            lines.append("")
        single = [f for f in story["findings"] if _listed_single(f)]
        if single:
            lines.append(f"## Single-source ({len(single)})")
            for f in single:
                lines.append(f"- ({f['kind']}) {md_escape(f['note'])} {cite(f['articles'])}")
            lines.append("")
        if story["timeline"]:
            lines.append("## Timeline")
            for entry in story["timeline"]:
                lines.append(f"- {entry['date']}: {md_escape(entry['text'])} {cite(entry['sources'])}")
            lines.append("")
        lines.append("## Sources")
        related = _related(story, number)
        for a in story["articles"]:
            when = a["published"] or (f"inferred {a['published_inferred']}"
                                      if a.get("published_inferred") else "undated")
            meta = ", ".join(md_escape(x) for x in (when, a["byline"]) if x)
            relations = "; ".join(f"{words} [{n}]" for words, n in related[a["id"]])
            lines.append(f"{number[a['id']]}. **{md_escape(outlets[a['id']])}**: "
                         f"{md_escape(a['title'] or '(untitled)')} ({meta})"
                         + (f"; {relations}" if relations else "")
                         + f" — `{a['id']}` {md_escape(a['origin'])}")
        lines.append("")
    return "\n".join(lines)


def to_html(document: dict[str, Any]) -> str:
    """One self-contained HTML file: inline CSS, no script, no external asset."""
    stories = []
    for story in document["stories"]:
        number, outlets = _numbered(story)
        claims = {c["id"]: c for c in story["claims"]}
        findings = [{**f, "claim_objects": [claims[c] for c in f["claims"] if c in claims]}
                    for f in story["findings"]
                    if f["status"] != "single-source" or _listed_single(f)]
        related = _related(story, number)
        stories.append({**story, "number": number, "outlets": outlets, "findings": findings,
                        "related": related, "sources": story.get("sources") or len(story["articles"])})
    # The report opens on the biggest story (most articles, then most independent
    # sources), after a list of them all; the order of the document is kept otherwise.
    stories.sort(key=lambda s: (-len(s["articles"]), -s["sources"]))
    return _ENV.get_template("report.html").render(stories=stories, format=document["format"])
