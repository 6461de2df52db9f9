"""The time words of an event's sentence, read against a resolved day: what
an undated sentence says of the day another outlet dates (split from
events.py along its seam; :func:`time_against` decides whether a statement
may tell a dated event, and what a finding quotes of its time)."""

from __future__ import annotations

from datetime import date

from ..claims.events import TIME_WORDS_JOIN, time_words
from ..clean.dates import MONTH_IN_TEXT, WEEKDAY_IN_TEXT, WEEKDAY_NAMES, month_number
from ..models import Claim

#: :func:`time_against`'s answer for a sentence that names another time.
OTHER_TIME = "another time"


def time_words_of(claim: Claim) -> str:
    """The time words of an event's sentence, as the claims reader kept them
    (``Event.when_text``), or read now from the sentence alone for a claim
    made before events kept them (events.v10 and older: the notes gold's
    stored mentions)."""
    kept = claim.event.when_text
    return kept if kept is not None else time_words(claim.sentence)


def time_words_each(when_text: str | None) -> list[str]:
    """The time words of ``Event.when_text``, one by one."""
    return when_text.split(TIME_WORDS_JOIN) if when_text else []


def time_against(when_text: str | None, day: str) -> str:
    """What an undated sentence's own time words (``Event.when_text``, as the
    claims reader saw them) say of ``day`` (YYYY-MM-DD):
    :data:`OTHER_TIME` when it names a weekday or a month (with its day or
    year, if given) none of which is ``day``'s ("… in September" of an
    event of Dec. 3); the month named, when that is all it names and ``day``
    falls in it ("early December" of Dec. 3: a vaguer time, the other
    outlet is more precise); "" when it names the day itself or no time at
    all. A year alone is left out: in news it mostly dates the background
    ("patients who had Covid-19 in 2020")."""
    when = date.fromisoformat(day)
    months = [m for w in time_words_each(when_text) if (m := MONTH_IN_TEXT.fullmatch(w))]
    weekdays = [m.group(0) for w in time_words_each(when_text) for m in WEEKDAY_IN_TEXT.finditer(w)]
    fits = [month_number(m.group(0)) == when.month
            and (not m.group(1) or int(m.group(1)) == when.day)
            and (not m.group(2) or int(m.group(2)) == when.year) for m in months]
    if (weekdays and WEEKDAY_NAMES[when.weekday()] not in weekdays) or (months and not any(fits)):
        return OTHER_TIME
    if weekdays or any(m.group(1) for m in months):
        return ""
    named = [m.group(0).strip() for m, fit in zip(months, fits) if fit]
    return named[0].rstrip(".") if named and len(named[0].split()[0]) > 4 else \
        named[0] if named else ""


def first_time_named(when_text: str | None) -> str:
    """The first weekday or month of a sentence's time words, as written; "" if none."""
    first = next(iter(time_words_each(when_text)), "")
    weekday = WEEKDAY_IN_TEXT.search(first)
    return weekday.group(0) if weekday else first
