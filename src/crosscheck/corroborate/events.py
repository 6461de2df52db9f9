"""Events across articles: the same happening, on the same resolved date or not.

Events are aligned only when their descriptions share the same content words
(after folding plurals), at least two of them: "the vote took place" and "the
vote was held" stay apart rather than risk joining two different votes. Only
events resolved to a day are compared; a conflict needs two different days.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..models import Claim, Finding
from .common import Context, join_names, make_finding, says, sources_phrase, words


def event_key(claim: Claim) -> frozenset[str] | None:
    e = claim.event
    if e is None or not e.date or len(e.date) != 10:
        return None
    key = frozenset(words(e.text))
    return key if len(key) >= 2 else None


def event_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    by_key: dict[frozenset[str], list[Claim]] = defaultdict(list)
    for c in claims:
        key = event_key(c)
        if key is not None:
            by_key[key].append(c)
    return [_finding(ctx, by_key[k]) for k in sorted(by_key, key=sorted)]


def _finding(ctx: Context, group: list[Claim]) -> Finding:
    text = max((c.event.text for c in group), key=len)
    by_date: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        by_date[c.event.date].append(c)
    parts = []
    for date, members in sorted(by_date.items()):
        outlets = [ctx.outlet(c.article) for c in members]
        quoted = sorted({c.event.date_text for c in members})
        parts.append(f"{join_names(outlets)} {says(outlets)} {date} (“{'”, “'.join(quoted)}”)")
    # Copies of one story republished on another day resolve "tomorrow" or
    # "on Sunday" against their own date: a difference within one source
    # group is an artefact of republication, not a dispute.
    conflict = len(by_date) > 1 and len({ctx.groups.get(c.article, c.article)
                                         for c in group}) > 1
    status = "conflict" if conflict else ("agree" if len(group) > 1 else "single-source")
    note = f"{text}: " + "; ".join(parts)
    if conflict:
        note += ": the dates differ"
    elif len(by_date) > 1:
        note += ": copies of one source, dated against their own publication days"
    note += f" [{sources_phrase(ctx, [c.article for c in group])}]."
    return make_finding(ctx, "event", text, status, group, note)
