"""Figure mentions of two articles that are one figure though their values
differ: a bound that rounds the other's value ("more than 600 points" and
"fell 617 points"), a range that holds it ("three or four robbers" and "four
armed robbers"). The pair model, which reads a difference of values as a
difference of things, scores such pairs low; :func:`.figure_align.align_figures`
links them by these rules.
"""

from __future__ import annotations

import math

from ..claims.figure_units import value_as_written
from ..claims.numbers import significant_digits
from ..models import Claim, Figure
from .figure_bounds import bound_of_the_bare_number, in_common_unit, overlap
from .figure_months import ROUNDED_COSINE, forecast, own_month
from .figure_subjects import counted_head
from .figures import _other_periods

# A number that names a mark ("breaking the 200,000 threshold", "passed the
# one million mark") is a benchmark a count is set against, not the count:
# the model linked "the 200,000 threshold" with "about 200,000 arrests", one
# value in sentences 0.64 alike. A mark is linked only with a mark.
MARKS = frozenset({"threshold", "mark", "milestone", "barrier"})


# Two outlets give a value and a third a bound of it ("about 5,200 U.S.
# troops are in Iraq" twice, "more than 5,000 troops in Iraq"; "fell 617
# points" and "lost more than 600 points"): all three are one fact, the bound
# true of the value. The model, which reads a difference of values as a
# difference of things, scored such pairs 0.04 to 0.53 against its 0.6 link
# (dev5: three facts of the fact gold left apart). A bound joins a value when
# it is that value rounded the way its hedge rounds (:func:`bounds_rounding`:
# "more than 6,000" never joins 5,200, nor "more than 1,000" 5,200) or is
# the very number the value is written as ("more than three hours", "three
# hours": figure_bounds.bound_of_the_bare_number), about a
# like subject (one head noun or subjects 0.6 alike, no two states:
# figure_restatements.like_subjects), in sentences as alike as a share and its
# rounding must be (ROUNDED_COSINE), said of no other month or period, and
# neither is a mark or a forecast.
BOUNDS = frozenset({"over", "at-least", "under", "at-most", "nearly"})


def bound_alike(a: Claim, b: Claim, sentence_cos: float, subject_cos: float) -> bool:
    """One of ``a`` and ``b`` bounds the other's value, rounding it, said of a
    like subject in alike sentences of one period."""
    fa, fb = in_common_unit(a.figure), in_common_unit(b.figure)
    if fa.unit != fb.unit or (fa.qualifier in BOUNDS) == (fb.qualifier in BOUNDS):
        return False
    (bound, fbound), (value, fvalue) = ((a, fa), (b, fb)) if fa.qualifier in BOUNDS else ((b, fb), (a, fa))
    if fvalue.qualifier not in ("exact", "about") \
            or not (bounds_rounding(fbound, fvalue.value) or fbound.value == fvalue.value) or not overlap(fa, fb) \
            or forecast(value):
        return False
    if distinct_value(value.figure) and bounds_rounding(fbound, fvalue.value):
        # A bound that rounds a value written with three significant digits
        # or more ("topped 331 million people" / "the U.S. population was
        # 331.5 million"; "had fallen to a little over 11,000" / "up from
        # 11,300 on June 23") rounds a number seldom given for two things of
        # one story (DISTINCT_DIGITS, the reason the very number given twice
        # joins whatever its subjects): one figure, though the outlets name it
        # in unlike words (subjects 0.18 and 0.17 alike, under the 0.6 a like
        # subject needs). Every other guard stays: alike sentences
        # (ROUNDED_COSINE), no two states, months or periods, no mark.
        return _one_thing_alike(a, b, sentence_cos, subject_cos=1.0)
    return _one_thing_alike(a, b, sentence_cos, subject_cos)


def _one_thing_alike(a: Claim, b: Claim, sentence_cos: float, subject_cos: float) -> bool:
    """The guards a join of two values needs: neither a mark, alike
    sentences (:data:`ROUNDED_COSINE`), a like subject, and no two months or
    periods."""
    from .figure_restatements import like_subjects

    if counted_head(a) in MARKS or counted_head(b) in MARKS:
        return False
    ma, mb = own_month(a), own_month(b)
    return (sentence_cos >= ROUNDED_COSINE and like_subjects(a, b, subject_cos)
            and (ma is None or mb is None or ma == mb) and not _other_periods(a.sentence, b.sentence))


def bounds_rounding(bound: Figure, value: float) -> bool:
    """``bound`` is ``value`` rounded at the bound's last significant digit
    the way its hedge rounds: down for "more than" and "at least" (617:
    "more than 600"), up for "nearly", "under" and "up to" (4,870: "nearly
    5,000"). Unlike a bare or "about" number (figure_restatements._rounded_to),
    a bound of one digit under a thousand counts: its hedge says it rounds
    ("more than 600 points"), where "around 10%" may be another share than 9.1%."""
    digits = significant_digits(bound.value)
    if bound.value <= 0 or value <= 0 or significant_digits(value) <= digits:
        return False
    place = 10.0 ** (math.floor(math.log10(bound.value)) - digits + 1)
    way = math.floor if bound.qualifier in ("over", "at-least") else math.ceil
    return math.isclose(way(value / place) * place, bound.value)


# A range holds what another outlet gives as one number: "Three or four
# robbers burst into the store" and "four armed robbers"; "as many as 35 to
# 40 volunteer firefighters" and "about 40 volunteer firefighters" (fact
# gold dev4: each left a single-source finding beside the fact it belongs
# to). A range joins a figure when the figure's value lies in it, or two
# ranges meet, about a like subject (figure_restatements.like_subjects), in
# sentences as alike as a bound's must be, said of no other month or
# period, neither a mark nor a forecast: the same guards as a bound's.
RANGE = "range"


def range_alike(a: Claim, b: Claim, sentence_cos: float, subject_cos: float) -> bool:
    """One of ``a`` and ``b`` is a range that holds the other's value (or
    both are ranges that meet), said of a like subject in alike sentences
    of one period."""
    fa, fb = in_common_unit(a.figure), in_common_unit(b.figure)
    if fa.unit != fb.unit or RANGE not in (fa.qualifier, fb.qualifier):
        return False
    (span, fspan), (other, fother) = ((a, fa), (b, fb)) if fa.qualifier == RANGE else ((b, fb), (a, fa))
    if fspan.low is None or fspan.high is None:
        return False
    if fother.qualifier == RANGE:
        held = overlap(fa, fb)
    else:
        held = fspan.low <= fother.value <= fspan.high and overlap(fa, fb)
    if not held or forecast(span) or forecast(other):
        return False
    return _one_thing_alike(a, b, sentence_cos, subject_cos)


# A count or an amount written with three significant digits or more
# ("171,109", "$34.5 million", "507,000") is seldom given for two things of
# one story, so two outlets giving that very number, bare or as a bound of it
# ("More than 171,109 Democratic voters turned out" / "a turnout of
# 171,109"), give one figure however unlike their subjects or sentences:
# the model scored such pairs 0.44 to 0.56, and a bound of the bare number
# said of unlike subjects was kept apart (figure_align._bound_of_another_subject,
# made for the "$160 million" of two teams' offers: two digits). Read on
# every candidate pair of the fact gold's tuning parts (dev to dev7): of the
# pairs giving one such value that were not linked, three are one figure and
# none two; a share is left out (one 10.8% was an unemployment rate in one
# article and a forecast in another: a number below a hundred with a
# decimal is no rarer than any two-digit one), and so is a range. The guards
# of every join stay: no mark, no forecast, no two months or periods.
DISTINCT_DIGITS = 3
#: The units of amounts of money (claims/figures.py, claims/figure_runs.py).
MONEY_UNITS = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD"})


def distinct_value_alike(a: Claim, b: Claim) -> bool:
    """``a`` and ``b`` give one count or amount of :data:`DISTINCT_DIGITS` or
    more, bare or one bounding the other's very number, of one period."""
    fa, fb = in_common_unit(a.figure), in_common_unit(b.figure)
    if fa.unit != fb.unit or fa.value != fb.value or not distinct_value(a.figure) \
            or RANGE in (fa.qualifier, fb.qualifier):
        return False
    if fa.qualifier != fb.qualifier and not (bound_of_the_bare_number(fa, fb)
                                             or bound_of_the_bare_number(fb, fa)):
        return False
    if counted_head(a) in MARKS or counted_head(b) in MARKS or forecast(a) or forecast(b):
        return False
    ma, mb = own_month(a), own_month(b)
    return (ma is None or mb is None or ma == mb) and not _other_periods(a.sentence, b.sentence)


def distinct_value(figure: Figure) -> bool:
    """A count or an amount of money written with :data:`DISTINCT_DIGITS` or more."""
    return (figure.unit is None or figure.unit in MONEY_UNITS) \
        and significant_digits(value_as_written(figure)) >= DISTINCT_DIGITS
