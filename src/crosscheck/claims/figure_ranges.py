"""A range or a change then a level: "X to Y" after a verb of change is
either ("sales fell by 5 to 10 percent", "claims rose by 29,000 to
348,000"); step 3 of :mod:`crosscheck.claims.figures`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosscheck.claims.figure_subjects import LEVEL_VERBS
from crosscheck.claims.nlp import lemma

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
