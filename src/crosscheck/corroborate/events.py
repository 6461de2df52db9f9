"""Events across articles: the same happening, on the same resolved date or not.

Event mentions are aligned by a pair model (:mod:`.align`, trained on the fact
gold): the resolved days, the vectors of the event and of its sentence, shared
words, names and numbers. "Yellen warned members of Congress on Tuesday" and
"Yellen on Tuesday told Congress" are one event.

A conflict needs more: the strict rule of corroborate.v1, the same content
words (after folding plurals, at least two of them) resolved to two different
days by two independent sources. Linked mentions whose days differ without
that are kept apart, one finding per day, rather than risk a false dispute.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import numpy as np

from ..models import Claim, Finding
from .common import Context, join_names, make_finding, says, sources_phrase, words

#: The features of a pair of event mentions, in the order the shipped model
#: (``data/align-event.v1.json``) was trained on.
EVENT_FEATURES = ("same_day", "other_day", "undated", "text_cos", "sentence_cos", "text_jaccard",
                  "sentence_jaccard", "names_jaccard", "numbers_jaccard", "same_date_text",
                  "same_key")


def event_key(claim: Claim) -> frozenset[str] | None:
    e = claim.event
    if e is None or not e.date or len(e.date) != 10:
        return None
    key = frozenset(words(e.text))
    return key if len(key) >= 2 else None


def _day(claim: Claim) -> str | None:
    d = claim.event.date
    return d if d and len(d) == 10 else None


def event_pairs(ctx: Context, events: Sequence[Claim]) -> list[tuple[int, int, list[float]]]:
    """(i, j, features) for every pair of event mentions in two different articles."""
    from ..embed import embed

    from .align import jaccard, names, numbers

    candidates = [(i, j) for i in range(len(events)) for j in range(i + 1, len(events))
                  if events[i].article != events[j].article]
    if not candidates:
        return []
    texts = embed([c.event.text for c in events])
    sentences = embed([c.sentence for c in events])
    text_words = [frozenset(words(c.event.text)) for c in events]
    sentence_words = [frozenset(words(c.sentence)) for c in events]
    named = [names(c.sentence) for c in events]
    counts = [numbers(c.sentence) for c in events]
    days = [_day(c) for c in events]
    keys = [event_key(c) for c in events]
    out = []
    for i, j in candidates:
        a, b = events[i].event, events[j].event
        out.append((i, j, [
            float(days[i] is not None and days[i] == days[j]),
            float(days[i] is not None and days[j] is not None and days[i] != days[j]),
            float(days[i] is None or days[j] is None),
            float(texts[i] @ texts[j]), float(sentences[i] @ sentences[j]),
            jaccard(text_words[i], text_words[j]), jaccard(sentence_words[i], sentence_words[j]),
            jaccard(named[i], named[j]), jaccard(counts[i], counts[j]),
            float(a.date_text.lower().strip() == b.date_text.lower().strip()),
            float(keys[i] is not None and keys[i] == keys[j]),
        ]))
    return out


def _one_day_per_article(members: list[Claim]) -> bool:
    seen: dict[str, str | None] = {}
    return all(seen.setdefault(c.article, _day(c)) == _day(c) for c in members)


def event_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    from .align import cluster, load_model, probabilities

    events = [c for c in claims if c.event is not None]
    model = load_model("event")
    pairs = event_pairs(ctx, events)
    p = probabilities(model, np.asarray([f for _, _, f in pairs], dtype=float).reshape(
        len(pairs), len(EVENT_FEATURES)))
    scored = [(i, j, float(q)) for (i, j, _), q in zip(pairs, p)]
    findings = []
    for group in cluster(events, scored, model["threshold"], _one_day_per_article):
        members = [events[k] for k in group]
        days = {_day(c) for c in members} - {None}
        one_source = ctx.independent([c.article for c in members]) == 1
        if len(days) > 1 and not one_source and not _disputed(ctx, members):
            # Linked, but dated to different days without the strict rule's
            # support: one finding per day (an undated mention joins none).
            by_day: dict[str | None, list[Claim]] = defaultdict(list)
            for c in members:
                by_day[_day(c)].append(c)
            findings.extend(_finding(ctx, part) for _, part in sorted(by_day.items(), key=str))
        else:
            findings.append(_finding(ctx, members))
    return findings


def _disputed(ctx: Context, members: list[Claim]) -> bool:
    """Two independent sources date the same words (:func:`event_key`) to two days."""
    return any(_day(a) and _day(b) and _day(a) != _day(b) and event_key(a) is not None
               and event_key(a) == event_key(b)
               and ctx.groups.get(a.article, a.article) != ctx.groups.get(b.article, b.article)
               for i, a in enumerate(members) for b in members[i + 1:])


def _finding(ctx: Context, group: list[Claim]) -> Finding:
    text = max((c.event.text for c in group), key=len)
    by_date: dict[str | None, list[Claim]] = defaultdict(list)
    for c in group:
        by_date[c.event.date].append(c)
    parts = []
    for date, members in sorted(by_date.items(), key=lambda kv: str(kv[0])):
        outlets = [ctx.outlet(c.article) for c in members]
        quoted = sorted({c.event.date_text for c in members})
        parts.append(f"{join_names(outlets)} {says(outlets)} {date or 'no date'} "
                     f"(“{'”, “'.join(quoted)}”)")
    # Copies of one story republished on another day resolve "tomorrow" or
    # "on Sunday" against their own date: a difference within one source
    # group is an artefact of republication, not a dispute.
    dated = {d for d in by_date if d}
    conflict = len(dated) > 1 and _disputed(ctx, group)
    status = "conflict" if conflict else ("agree" if len(group) > 1 else "single-source")
    note = f"{text}: " + "; ".join(parts)
    if conflict:
        note += ": the dates differ"
    elif len(dated) > 1:
        note += ": copies of one source, dated against their own publication days"
    note += f" [{sources_phrase(ctx, [c.article for c in group])}]."
    return make_finding(ctx, "event", text, status, group, note)
