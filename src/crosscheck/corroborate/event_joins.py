"""Statements that tell a dated event: a statement finding that shares a
sentence with an event finding joined to it (:func:`join_statements`), split
from :mod:`.events` when that module passed 500 lines."""

from __future__ import annotations

from typing import Sequence

from ..models import Claim, Finding
from .common import Context
from .event_links import event_day
from .event_times import OTHER_TIME, time_against, time_words_of
from .events import _finding


def join_statements(ctx: Context, claims: Sequence[Claim], events: Sequence[Finding],
                    statements: Sequence[Finding]) -> list[Finding]:
    """The event findings, each statement finding that shares a sentence with
    one of them joined to it, so that a sentence is aligned once. The claims
    reader reads a dated sentence twice, as a dated event and as a statement
    ("Homeland Security Secretary Alejandro Mayorkas on Tuesday issued a memo
    ordering..."), and each kind is aligned apart: the statement linker
    finds the other outlets that tell it with no day ("A senior American
    diplomat … has resigned" of "Daniel Foote resigned Thursday"), the event
    model those that date it. Joined, the finding holds both: one fact,
    dated by some outlets and not by others. A statement finding joins only
    when one event finding holds its dated sentences (two would be a guess)
    and none of its other sentences names a time the event's day is not
    (:func:`time_against`: "… in September" is not an event of Dec. 3); the
    statement linker has already required the sentences to share content
    words beyond names. A statement finding that shares no sentence with an
    event finding stays its own."""
    by_id = {c.id: c for c in claims}

    def sentences(f: Finding) -> set[tuple[str, str]]:
        return {(by_id[c].article, by_id[c].sentence) for c in f.claims}

    held = [sentences(e) for e in events]
    members = {k: [by_id[c] for c in e.claims] for k, e in enumerate(events)}
    joined: set[int] = set()
    kept = []
    for s in statements:
        said = sentences(s)
        hosts = [k for k, h in enumerate(held) if said & h]
        days = {event_day(c) for c in members[hosts[0]] if not c.event.statement} - {None} \
            if len(hosts) == 1 else set()
        if len(hosts) == 1 and not any(
                time_against(time_words_of(c), d) == OTHER_TIME for c in (by_id[k] for k in s.claims)
                if (c.article, c.sentence) not in held[hosts[0]] for d in days):
            members[hosts[0]].extend(by_id[c] for c in s.claims)
            joined.add(hosts[0])
        else:
            kept.append(s)
    return [_finding(ctx, members[k]) if k in joined else e for k, e in enumerate(events)] + kept
