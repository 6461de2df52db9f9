"""A range or a change then a level: "X to Y" after a verb of change is
either ("sales fell by 5 to 10 percent", "claims rose by 29,000 to
348,000"); the scale a range writes once for both ends ("between $140 and
$150 million"); a range written with a hyphen ("$5-$10 billion", "3-5
years"). Step 3 of :mod:`crosscheck.claims.figures`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosscheck.claims.figure_subjects import LEVEL_VERBS
from crosscheck.claims.nlp import lemma
from crosscheck.claims.numbers import PLURAL_SCALES, SCALES

# Verbs of change: "X to Y" after one is a change of X and the level Y it
# reached ("claims rose by 29,000 to 348,000"), or a range of the change
# ("sales fell by 5 to 10 percent"); change_then_level tells which.
_CHANGE_VERBS = LEVEL_VERBS | frozenset("""revise raise lower cut reduce lift boost gain add lose
shed slash""".split())
_DIRECTIONS = frozenset({"up", "down", "higher", "lower"})
# The bounds of a range said of a change are within a few times each other:
# in the 8,000 Baly and the AllSides dev articles, "verb (by) X to Y" with no
# unit after X was a range up to Y = 2.5 X ("gained 15 to 18 points", "went
# up by 30 to 50 percent", "picks up 20 to 50 bodies"), and a change then a
# level from 11 X up ("rose by 37,000 to 412,000", "revised down 2,000 to
# 5,506,500"), but for one change of 324,718 to 505,137.
RANGE_MAX_RATIO = 4.0
# ... which the number of digits tells apart: the ends of a range are
# estimates, rounded ("2.25 to 2.50"), while a level is often reported to
# the unit ("505,137").
RANGE_MAX_DIGITS = 3


def after_a_change(sent: Span, start: int) -> bool:
    """The number at ``start`` follows a verb of change, directly ("dropped
    29,000"), through "by" ("rose by 29,000", "revised higher by 88,000") or
    an adverb of direction ("down 29,000")."""
    if start <= sent.start:
        return False
    before = sent.doc[start - 1]
    if before.lower_ in _DIRECTIONS:
        return True
    if before.lower_ == "by":
        before = before.head
        if before.lower_ in _DIRECTIONS and before.head.pos_ in ("VERB", "AUX"):
            before = before.head
    return before.pos_ in ("VERB", "AUX") and lemma(before) in _CHANGE_VERBS


def _significant_digits(written: str) -> int:
    return len(re.sub(r"\D", "", written).strip("0"))


def change_then_level(low: float, low_written: str, high: float, high_written: str) -> bool:
    """"X to Y" after a verb of change is a change then a level, not a range
    (see RANGE_MAX_RATIO): Y is many times X, or either is written to more
    digits than an estimate is."""
    return (high >= RANGE_MAX_RATIO * low
            or max(_significant_digits(low_written), _significant_digits(high_written)) > RANGE_MAX_DIGITS)


# Scales a range may write once, after its second number: "between $140 and
# $150 million", "18 to 23 million people", "$1.5–2.9 billion". In the
# 9,000 AllSides, Baly, ECB+ and recession articles, 30 ranges "X to/and/or/-
# Y million" leave the scale off X: 16 were read with X alone ("$140" to
# $150 million), 11 not at all or as their top alone. Not "dozen" nor "hundred":
# "between 2 and 3 hundred" is not how news writes a range.
_SHARED_SCALES = frozenset({"thousand", "million", "billion", "trillion"})


def shares_the_scale(sent: Span, start: int, end: int, value: float,
                     second: tuple[int, float, str, bool]) -> float:
    """What the first number of a range (tokens ``start`` to ``end``, read as
    ``value``) is multiplied by: the scale the second (``second``, a
    :func:`.figure_runs.number_run`) writes when the first writes none and
    so scaled stays below the second ("between $140 and $150 million": 140
    million); else 1, a first number whole without it ("from 500,000 to 1.5
    million")."""
    doc = sent.doc
    last = doc[second[0] - 1].lower_
    if last not in _SHARED_SCALES or any(
            doc[k].lower_ in SCALES or doc[k].lower_ in PLURAL_SCALES for k in range(start, end)):
        return 1.0
    return float(SCALES[last]) if value * SCALES[last] < second[1] else 1.0


def hyphen_range(sent: Span, second: tuple[int, float, str, bool], currency: bool) -> bool:
    """Two numbers joined by a hyphen are a range when they are sums ("$250,000-300,000",
    "$140-150 million") or the second writes a scale ("300-600 million
    tons"); other pairs are tallies, scores and splits ("a 6-3 decision",
    "won 3-2", "leads 49-44 percent"). Of 32 hyphenated ranges of sums,
    scaled counts and durations in the 9,000 articles above, the 11 sums and
    scaled counts were read as their top alone ("300-600 million tons": 600
    million) or not at all. (A duration's first number, "3-5 years", is
    tagged a date and refused before any range is read.)"""
    return currency or sent.doc[second[0] - 1].lower_ in _SHARED_SCALES
