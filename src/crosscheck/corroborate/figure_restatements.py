"""Figures an article gives twice, exactly and rounded or bounded ("188,829
migrants" and, in its lead, "nearly 190,000"): the lone form joins the fact of
the exact value (:func:`join_restatements`, run by
:func:`.figure_align.align_figures` after the pair model has made its facts).
"""

from __future__ import annotations

import math
import re

from ..models import Claim, Figure
from .figure_align import MARKS, _head, _states, own_month
from .figures import ROUND_NUMBERS_FROM, _other_periods, in_common_unit, overlap

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
# encountered" 0.91. Subjects are like when they share a head noun or their
# vectors reach 0.6: "immigrants" and "migrants encountered" are 0.69 alike,
# "deaths" and "people killed" 0.72, while "arrests" and "deportations" are
# 0.54, "people arrested" and "people deported" 0.54, "encounters" and
# "apprehensions" 0.44.
RESTATED_SUBJECT_COSINE = 0.6


def join_restatements(facts: list[list[Claim]]) -> list[list[Claim]]:
    """Facts of one article whose every mention restates (:func:`_restated_form`)
    an exact value of one fact of several articles, joined into that fact."""
    from ..embed import embed

    linked = [c for c in facts if len({m.article for m in c}) > 1]
    alone = [c for c in facts if len({m.article for m in c}) == 1]
    pairs = [(form, k) for single in alone for form in single for k, fact in enumerate(linked)
             if any(_restated_form(form, exact) for exact in fact)]
    if not pairs:
        return facts
    texts = sorted({_subject_text(c) for form, k in pairs for c in (form, *linked[k])})
    vector = dict(zip(texts, embed(texts)))
    homes: dict[str, set[int]] = {}
    for form, k in pairs:
        fact = linked[k]
        like = any(like_subjects(form, m, float(vector[_subject_text(form)] @ vector[_subject_text(m)]))
                   for m in fact)
        if like and all(overlap(form.figure, m.figure) for m in fact):
            homes.setdefault(form.id, set()).add(k)
    out = [list(fact) for fact in linked]
    for single in alone:
        found = {k for form in single for k in homes.get(form.id, ())}
        if len(found) == 1 and all(form.id in homes for form in single):
            out[found.pop()].extend(single)  # one fact only: two would be a guess
        else:
            out.append(single)
    return [sorted(c, key=lambda c: (c.article, c.span, c.id)) for c in out]


def _subject_text(claim: Claim) -> str:
    """The figure's subject as a topic shows it ("immigrants", not "immigrants trying stopped")."""
    return claim.figure.label or claim.figure.subject


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
    if not _rounded_to(fl, fe.value):
        return False
    ml, me = own_month(form), own_month(exact)
    return not ((ml is not None and me is not None and ml != me)
                or _other_periods(_without_base(form.sentence), _without_base(exact.sentence))
                or _head(form) in MARKS or _head(exact) in MARKS)


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
    is a rounding only from :data:`.figures.ROUND_NUMBERS_FROM` up, as for
    :func:`.figures.overlap`: "almost 5,000" for 4,901, but mishtalk's "around
    10%" of gasoline prices is no rounding of its 9.1% inflation."""
    from .align import significant_digits

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
    sa, sb = _states(a), _states(b)
    if sa and sb and not sa & sb:
        return False
    return (_head(a) is not None and _head(a) == _head(b)) or subject_cos >= RESTATED_SUBJECT_COSINE
