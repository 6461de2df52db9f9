"""What the pages show, computed from ``crosscheck/brief/1`` documents: plain
functions from dicts to dicts, so that each can be tested without a server.

Nothing here builds HTML by string concatenation except :func:`highlight`,
which escapes every text segment it emits; everything else is data for the
Jinja2 templates, which escape on output.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Mapping, Sequence

from markupsafe import Markup, escape

from ..claims.figure_labels import ordinal
from ..claims.numbers import DURATIONS
from ..corroborate.common import Context
from ..models import Article, Story

#: Findings are listed by how much a reader needs them: disputes first.
STATUS_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single-source": 3}
STATUS_LABEL = {"conflict": "disputed", "compatible": "compatible", "agree": "agreed",
                "single-source": "one source"}
_QUALIFIER = {"exact": "", "over": "more than ", "at-least": "at least ", "under": "under ",
              "at-most": "at most ", "about": "about ", "nearly": "nearly "}


def story_row(story: Story) -> dict[str, Any]:
    """One line of the story list (and one item of ``GET /api/stories``)."""
    return {"id": story.id, "headline": story.headline, "first_date": story.first_date,
            "last_date": story.last_date, "articles": len(story.articles),
            "sources": story.sources,
            "conflicts": sum(f.status == "conflict" for f in story.findings)}


def outlet_labels(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> the name a reader knows its source by (the same names the
    findings' notes use: the outlet, else the site, else the file name)."""
    context = Context.of(articles, None)
    return {a.id: context.outlet(a.id) for a in articles}


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def claim_value(claim: Mapping[str, Any]) -> str:
    """What a claim says, in a few words: '13', 'at least 43', 'former Mines Minister'."""
    if figure := claim.get("figure"):
        if figure["qualifier"] == "range":
            text = f"{format_number(figure['low'])}–{format_number(figure['high'])}"
        else:
            text = _QUALIFIER.get(figure["qualifier"], "") + format_number(figure["value"])
        unit = figure.get("unit")
        if unit == "ordinal":
            return ordinal(figure["value"])
        if unit in DURATIONS and (figure["qualifier"] == "range" or figure["value"] != 1):
            unit = "centuries" if unit == "century" else unit.rstrip("s") + "s"  # "2 minutes"
        return f"{text} {unit}" if unit else text
    if role := claim.get("role"):
        return ("former " if role["former"] else "") + role["title"]
    if quote := claim.get("quote"):
        return quote["speaker"] or "(speaker not named)"
    if event := claim.get("event"):
        return event["date"] or event["date_text"] or "says so"  # a statement: no date
    return claim.get("sentence", "")[:60]


#: One-word topics that name what a figure counts although they do not end in -s.
_COUNTED = {"people", "children", "men", "women", "staff", "personnel", "police", "cattle",
            "km", "kg", "mph"}
#: Units whose figures are sums or shares, never "how many".
_NOT_COUNTS = {"percent", "percentage point", "basis point", "age", "vote"}


def finding_title(kind: str, topic: str, figure: Mapping[str, Any] | None = None,
                  statement: bool = False) -> str:
    """What a finding is about, in words a reader takes in at a glance:
    "How many miners still trapped", "Adaeze Korrin’s title", "Who said “…”",
    "When “Shares fell”". The bare kind and topic ("FIGURE minutes") read as
    a code; ``figure`` is one of the finding's figures, for its unit;
    ``statement`` says an event finding is a statement, which has no "when"."""
    if kind == "figure":
        unit = (figure or {}).get("unit") or ""
        first = topic.split(" ", 1)[0].lower()
        counted = first in _COUNTED or (first.endswith("s") and not first.endswith(
            ("ss", "us", "is")) and len(first) > 2)
        if counted and unit not in _NOT_COUNTS and not unit.isupper():  # USD: a sum
            return f"How many {topic}"
        return f"The figure for {topic}"
    if kind == "role":
        return f"{topic}’s title"
    if kind == "quote":
        # "Speaker: “words…”", or with the subject its clause names before
        # the words ("Speaker: Brannock Deep “met or exceeded…”",
        # corroborate/quote_leads.py): who said what follows the colon.
        speaker, said, words = topic.partition(": ")
        return f"Who said {words}" if said and words and "“" in words else f"A quote: {topic}"
    if kind == "event":
        return f"Reported alike: “{topic}”" if statement else f"When “{topic}”"
    return topic


def story_view(doc: Mapping[str, Any], articles: Sequence[Article],
               single_source: bool = False) -> dict[str, Any]:
    """Everything the story page shows, from the story's brief/1 document.

    The story page shows what more than one article says; what a single
    article says (most findings of a big story: 456 of 493 in the largest
    8k-corpus story, 450 KB of HTML) has its own page, ``single_source=True``.
    """
    labels = outlet_labels(articles)
    claims = {c["id"]: c for c in doc["claims"]}
    texts = {a.id: a.text for a in articles}
    number = {a["id"]: n for n, a in enumerate(doc["articles"], 1)}
    outlets = list(dict.fromkeys(labels[a["id"]] for a in doc["articles"]))
    single = [f for f in doc["findings"] if f["status"] == "single-source"]
    shown = single if single_source else [f for f in doc["findings"]
                                          if f["status"] != "single-source"]
    findings = [_finding(f, claims, labels)
                for f in sorted(shown, key=lambda f: STATUS_ORDER.get(f["status"], 9))]
    return {
        "outlets": outlets,
        "numbers": number,
        "labels": labels,
        "brief": [{"text": c["text"], "cites": [_cite(a, c["text"], texts, number, labels)
                                               for a in c["sources"] if a in number],
                   "in_part": [_cite(a, c["text"], texts, number, labels)
                               for a in c.get("in_part", ()) if a in number]}
                  for c in doc["brief"]],
        "findings": findings,
        "groups": [(status, STATUS_LABEL[status], [f for f in findings if f["status"] == status])
                   for status in STATUS_ORDER if any(f["status"] == status for f in findings)],
        "matrix": [{"finding": f, "cells": _cells(f, claims, labels, outlets)}
                   for f in findings],
        "single_count": len(single),
        "timeline": timeline_layout(doc["timeline"]),
        "outline": timeline_layout(timeline_outline(doc["timeline"])),
        "agencies": sorted({g for a in doc["articles"] for g in a["agencies"]}),
        "relations": _relations(doc["articles"], labels),
        "conflicts": sum(f["status"] == "conflict" for f in doc["findings"]),
    }


def _cite(article_id: str, text: str, texts: Mapping[str, str], number: Mapping[str, int],
          labels: Mapping[str, str]) -> dict[str, Any]:
    """A citation marker; it points at the cited sentence when the article holds it verbatim."""
    start = texts.get(article_id, "").find(text)
    span = (start, start + len(text)) if start >= 0 and text else None
    return {"article": article_id, "n": number[article_id], "label": labels[article_id],
            "span": span}


def _finding(finding: Mapping[str, Any], claims: Mapping[str, Any],
             labels: Mapping[str, str]) -> dict[str, Any]:
    """A finding with its claims grouped by outlet, to show them side by side."""
    sides: dict[str, list[dict[str, Any]]] = {}
    for claim_id in finding["claims"]:
        claim = claims.get(claim_id)
        if claim is not None:
            sides.setdefault(labels.get(claim["article"], claim["article"]), []).append(
                {**claim, "value": claim_value(claim)})
    # Outlets giving the same value sit together, the most common value first,
    # so that the camps of a dispute read left to right.
    counts: dict[str, int] = {}
    for claims_of_outlet in sides.values():
        for claim in claims_of_outlet:
            counts[claim["value"]] = counts.get(claim["value"], 0) + 1
    order = sorted(sides, key=lambda o: (-counts[sides[o][0]["value"]], sides[o][0]["value"]))
    figure = next((c["figure"] for side in sides.values() for c in side if c.get("figure")),
                  None)
    statement = all(c.get("event") and not c["event"].get("date_text")
                    for side in sides.values() for c in side)
    return {**finding, "label": STATUS_LABEL.get(finding["status"], finding["status"]),
            "title": finding_title(finding["kind"], finding["topic"], figure, statement),
            "sides": {o: sides[o] for o in order}}


def _cells(finding: Mapping[str, Any], claims: Mapping[str, Any], labels: Mapping[str, str],
           outlets: Sequence[str]) -> list[list[str]]:
    """One cell per outlet: the distinct values that outlet gives; empty when silent."""
    given: dict[str, list[str]] = {o: [] for o in outlets}
    for claim_id in finding["claims"]:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        values = given.setdefault(labels.get(claim["article"], claim["article"]), [])
        value = claim_value(claim)
        if value not in values:
            values.append(value)
    return [given[o] for o in outlets]


def _relations(articles: Sequence[Mapping[str, Any]],
               labels: Mapping[str, str]) -> list[dict[str, Any]]:
    """Each relation between two articles once, strongest kind first."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for a in articles:
        for r in a["relations"]:
            key = (min(a["id"], r["article"]), max(a["id"], r["article"]), r["kind"])
            if key in seen or r["article"] not in labels:
                continue
            seen.add(key)
            out.append({"a": a["id"], "b": r["article"], "kind": r["kind"],
                        "score": r["score"]})
    kinds = ["duplicate", "syndicated", "rewrite", "same-wire"]
    return sorted(out, key=lambda r: (kinds.index(r["kind"]) if r["kind"] in kinds else 9,
                                      -r["score"]))


# -- the article text, highlighted -------------------------------------------------------
def highlight(text: str, spans: Iterable[tuple[int, int, str, str]]) -> Markup:
    """``text`` as HTML with each span wrapped in ``<mark>``: spans are
    ``(start, end, css_class, title)``, may overlap and may be out of range
    (they are clamped). Every segment of text is escaped."""
    n = len(text)
    marks = [(max(0, s), min(n, e), cls, title) for s, e, cls, title in spans
             if max(0, s) < min(n, e)]
    bounds = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    starts = {m[0] for m in marks}
    out: list[str] = []
    for lo, hi in zip(bounds, bounds[1:]):
        covering = [m for m in marks if m[0] <= lo and hi <= m[1]]
        segment = str(escape(text[lo:hi]))
        if not covering:
            out.append(segment)
            continue
        classes = " ".join(sorted({m[2] for m in covering}))
        titles = "; ".join(dict.fromkeys(m[3] for m in covering if m[3]))
        anchor = f' id="s-{lo}"' if lo in starts else ""
        out.append(f'<mark class="{escape(classes)}" title="{escape(titles)}"{anchor}>'
                   f"{segment}</mark>")
    return Markup("".join(out))


def claim_spans(claims: Iterable[Mapping[str, Any]]) -> list[tuple[int, int, str, str]]:
    return [(c["span"][0], c["span"][1], f"claim {c['kind']}",
             f"{c['kind']}: {claim_value(c)}") for c in claims]


# -- the timeline, drawn on the server -----------------------------------------------------
TIMELINE_WIDTH = 960
_LINE_CHARS = 112      # about what fits in 800 px of 13 px sans-serif
_ROW = 18              # px per line of text


def _parse(day: str) -> date | None:
    parts = day.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _wrap(text: str, width: int = _LINE_CHARS, lines: int = 2) -> list[str]:
    """At most ``lines`` lines of at most ``width`` characters, an ellipsis if cut."""
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    out = [part[:width] for part in out]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return out


def timeline_outline(entries: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """One event a day: the one the most articles report (the earliest listed
    on a tie). The story page draws this and folds the full timeline."""
    best: dict[str, Mapping[str, Any]] = {}
    for entry in entries:
        kept = best.get(entry["date"])
        if kept is None or len(entry["sources"]) > len(kept["sources"]):
            best[entry["date"]] = entry
    return list(best.values())


def timeline_layout(entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Positions for the timeline SVG: a vertical date axis, one mark per event,
    gaps between dates growing with the days between them (capped)."""
    rows, y, previous = [], 24, None
    for entry in sorted(entries, key=lambda e: e["date"]):
        day = _parse(entry["date"])
        new_date = previous is None or entry["date"] != previous[0]
        gap_label = None
        if new_date and previous is not None:
            days = (day - previous[1]).days if day and previous[1] else 0
            y += 14 + min(max(days, 0), 10) * 4
            gap_label = f"{days} days later" if days > 1 else None
        lines = _wrap(entry["text"])
        rows.append({"y": y, "date": entry["date"] if new_date else None, "gap": gap_label,
                     "lines": lines, "text": entry["text"], "sources": list(entry["sources"])})
        y += _ROW * len(lines) + 8
        previous = (entry["date"], day)
    return {"rows": rows, "height": y + 8, "width": TIMELINE_WIDTH}
