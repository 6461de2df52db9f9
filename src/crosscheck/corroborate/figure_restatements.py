"""Figures an article gives again: the same value of the same subject (a lead
and its repetition), or rounded or bounded ("188,829 migrants" and, in its
lead, "nearly 190,000"). :func:`join_restatements`, run by
:func:`.figure_align.align_figures` after the pair model has made its facts,
joins each such mention to the fact of several articles it gives again, in
one pass, with the vectors of the mentions' subjects made once for the
story's figures (:class:`.figure_align.FigureVectors`).
"""

from __future__ import annotations

import math
import re
from typing import Callable, Sequence

from ..claims.numbers import significant_digits
from ..models import Claim, Figure
from .figure_joins import MARKS
from .figure_months import forecast, own_month
from .figure_bounds import ROUND_NUMBERS_FROM, in_common_unit, overlap
from .figure_subjects import counted_head, figure_states, subject_key
from .figures import _other_periods

# An article gives one figure twice, exactly and rounded or bounded: Fox's
# "188,829 border crossers" and, in its lead, "nearly 190,000 migrant
# encounters"; NBC's "188,829 migrants" and "more than 188,000 immigrants".
# The pair model links the exact values across outlets and leaves the other
# forms alone (their values differ from every other outlet's), so each stood
# as a single-source finding of what the multi-source one already says. A
# lone form joins the fact of its article's exact value when it is that value
# rounded the way its hedge rounds (:func:`_rounded_to`: "nearly 190,000" for
# 188,829, never "more than 1,000" for it), said
# of no other month or period, about a subject like one of the fact's, and
# when it can be true with every value of the fact, so a join never makes a
# conflict. The fact's subject is read from all its mentions: Fox's own
# "border crossers" is 0.39 alike to "migrant encounters", NBC's "migrants
# encountered" 0.91. A subject is read as its label shows it: NBC's
# "immigrants trying stopped" is 0.59 alike to "migrants encountered", its
# label "immigrants" 0.69. Subjects are like when they share a head noun or their
# vectors reach 0.6: "immigrants" and "migrants encountered" are 0.69 alike,
# "deaths" and "people killed" 0.72, while "arrests" and "deportations" are
# 0.54, "people arrested" and "people deported" 0.54, "encounters" and
# "apprehensions" 0.44.
RESTATED_SUBJECT_COSINE = 0.6

#: The cosine of two figure mentions' subjects as their labels show them
#: (:meth:`.figure_align.FigureVectors.label_cos`).
SubjectCosine = Callable[[Claim, Claim], float]


def join_restatements(facts: Sequence[list[Claim]], subject_cos: SubjectCosine) -> list[list[Claim]]:
    """``facts`` with each fact of one article joined to the one fact of
    several articles whose figure its every mention gives again
    (:func:`gives_again`); one that gives none again joins the earlier one
    of its article it repeats (:func:`repeats`), so a figure said twice and
    said by no one else is one single-source fact."""
    linked = [list(fact) for fact in facts if len({m.article for m in fact}) > 1]
    lone: list[list[Claim]] = []
    for single in (fact for fact in facts if len({m.article for m in fact}) == 1):
        homes = [fact for fact in linked
                 if all(gives_again(m, fact, subject_cos) for m in single)]
        if len(homes) == 1:  # one fact only: two would be a guess
            homes[0].extend(single)
            continue
        same = next((fact for fact in lone if all(repeats(fact[0], m) for m in single)), None)
        if same is not None:
            same.extend(single)
        else:
            lone.append(list(single))
    return [sorted(fact, key=lambda c: (c.article, c.span, c.id)) for fact in linked + lone]


def gives_again(mention: Claim, fact: Sequence[Claim], subject_cos: SubjectCosine) -> bool:
    """``mention`` gives again a figure its article gives in ``fact``: the
    same value of the same subject (:func:`repeats`), or that value rounded
    or bounded (:func:`_restated_form`), or the exact value of which the fact
    holds its article's rounded or bounded form, about a subject like one of
    the fact's (:func:`like_subjects`) and true with every value of the fact."""
    if any(repeats(mention, m) for m in fact):
        return True
    # Either way round: the fact may hold the article's rounded or bounded
    # form while the exact value stands alone ("more than 180 people were
    # killed" linked with other outlets' "at least 150", and "189 people
    # killed" further down the same article).
    return ((any(_restated_form(mention, exact) for exact in fact)
             or any(_restated_form(form, mention) for form in fact))
            and any(like_subjects(mention, m, subject_cos(mention, m)) for m in fact)
            and all(overlap(mention.figure, m.figure) for m in fact))


def repeats(a: Claim, b: Claim) -> bool:
    """One article gives one value, worded alike, of one subject (the same
    words or the same :func:`.figure_subjects.subject_key`) twice: a lead and its repetition."""
    fa, fb = a.figure, b.figure
    return (a.article == b.article and (fa.value, fa.qualifier, fa.unit) == (fb.value, fb.qualifier, fb.unit)
            and (fa.subject == fb.subject or (subject_key(a) is not None and subject_key(a) == subject_key(b))))


# A writer marks a figure given rounded with a hedge ("nearly", "more than",
# "about"). A bare round number is as often a forecast, a target or a mark:
# on AllSides dev "Economists had expected claims to fall to 400,000" fits the
# "385,000" jobless claims of its article, and "breaking the 200,000
# threshold" the "212,672 migrants encountered" of its own.
HEDGES = frozenset({"over", "at-least", "under", "at-most", "about", "nearly"})


def _restated_form(form: Claim, exact: Claim) -> bool:
    """``form`` gives ``exact``'s value again in the same article, rounded or
    bounded, in another sentence, said of no other month or period."""
    fl, fe = in_common_unit(form.figure), in_common_unit(exact.figure)
    # Two numbers of one sentence are two things ("fell to 5.2% from 5.4%").
    if fl.qualifier not in HEDGES or form.article != exact.article \
            or (form.span, form.sentence) == (exact.span, exact.sentence) or fl.unit != fe.unit or fe.qualifier != "exact" or fl.value == fe.value \
            or not overlap(fl, fe):
        return False
    if not _rounded_to(fl, fe.value) or forecast(form):
        return False  # a forecast is no rounding of the figure it forecasts
    ml, me = own_month(form), own_month(exact)
    return not ((ml is not None and me is not None and ml != me)
                or _other_periods(_without_base(form.sentence), _without_base(exact.sentence))
                or counted_head(form) in MARKS or counted_head(exact) in MARKS)


# The base of a change is another figure's time: "188,829 migrants were
# encountered, an increase from the 180,034 encountered in May" says nothing of
# May about the 188,829, so its period words are not set against a "nearly
# 190,000 in June" of the same article.
# The clause runs to the next comma or semicolon, not one inside a number.
_BASE_CLAUSE = re.compile(r"\b(?:from|since|than|compared (?:with|to))\b(?:[^,;]|(?<=\d),(?=\d))*",
                          re.I)


def _without_base(sentence: str) -> str:
    return _BASE_CLAUSE.sub("", sentence)


def _rounded_to(form: Figure, exact: float) -> bool:
    """``form`` is ``exact`` rounded to ``form``'s last significant digit, the
    way its hedge rounds: down for "more than" (188,829: "more than 188,000"),
    up for "nearly" ("nearly 190,000"), to the nearest for "about". One digit
    is a rounding only from :data:`.figure_bounds.ROUND_NUMBERS_FROM` up, as for
    :func:`.figure_bounds.overlap`: "almost 5,000" for 4,901, but mishtalk's "around
    10%" of gasoline prices is no rounding of its 9.1% inflation."""
    digits = significant_digits(form.value)
    if form.value <= 0 or significant_digits(exact) <= digits \
            or (digits == 1 and form.value < ROUND_NUMBERS_FROM):
        return False
    place = 10.0 ** (math.floor(math.log10(form.value)) - digits + 1)
    way = {"over": math.floor, "at-least": math.floor, "nearly": math.ceil, "under": math.ceil,
           "at-most": math.ceil}.get(form.qualifier, round)
    return math.isclose(way(exact / place) * place, form.value)


def like_subjects(a: Claim, b: Claim, subject_cos: float) -> bool:
    """One head noun or close subject vectors (:data:`RESTATED_SUBJECT_COSINE`),
    and no two different states ("arrested" and "deported")."""
    sa, sb = figure_states(a), figure_states(b)
    if sa and sb and not sa & sb:
        return False
    return (counted_head(a) is not None and counted_head(a) == counted_head(b)) or subject_cos >= RESTATED_SUBJECT_COSINE
