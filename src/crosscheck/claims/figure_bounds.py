"""How far a figure's wording lets its value reach (step 3 of
:mod:`crosscheck.claims.figures`): the words before its number ("more than",
"nearly", "about", "up to"), a verb that sets a ceiling ("limit refugees to
15,000"), a span counted loosely ("a 40-year high"), and the bounds each
gives.
"""

from __future__ import annotations

from spacy.tokens import Span

from crosscheck.claims.nlp import lemma
from crosscheck.models import Qualifier

__all__ = ["ABOUT_MAX_SHARE", "FORECAST_WORDS", "LEVEL_NOUNS", "NEARLY_SHORTFALL", "a_forecast", "bounds",
           "qualifier_before", "since_a_level"]

# Longest first: "no more than" must win over "more than". "Not" denies a
# bound as "no" does ("imprisoned not more than ten years" is at most ten;
# read as "more than", the sense was reversed).
_QUALIFIERS: list[tuple[tuple[str, ...], Qualifier]] = sorted([
    (("no", "more", "than"), "at-most"), (("no", "fewer", "than"), "at-least"),
    (("no", "less", "than"), "at-least"), (("not", "more", "than"), "at-most"),
    (("not", "fewer", "than"), "at-least"), (("not", "less", "than"), "at-least"),
    (("not", "exceeding"), "at-most"), (("not", "to", "exceed"), "at-most"), (("at", "least"), "at-least"),
    (("at", "most"), "at-most"), (("up", "to"), "at-most"), (("as", "many", "as"), "at-most"),
    (("as", "much", "as"), "at-most"), (("more", "than"), "over"), (("greater", "than"), "over"),
    (("in", "excess", "of"), "over"), (("upwards", "of"), "over"), (("over",), "over"),
    (("above",), "over"), (("fewer", "than"), "under"), (("less", "than"), "under"),
    (("under",), "under"), (("below",), "under"), (("nearly",), "nearly"),
    (("almost",), "nearly"), (("close", "to"), "nearly"), (("just", "under"), "nearly"),
    (("just", "shy", "of"), "nearly"), (("about",), "about"), (("approximately",), "about"),
    (("around",), "about"), (("roughly",), "about"), (("some",), "about"),
    (("approx.",), "about"), (("an", "estimated"), "about"), (("estimated",), "about"),
    (("circa",), "about"), (("~",), "about"),
    # verbs that put a count past a mark: "exceed one billion jabs" is more
    # than a billion. Not "passed" ("the Senate passed 12 bills") nor "tops".
    *[((verb,), "over") for verb in ("exceed", "exceeds", "exceeded", "exceeding", "surpass",
                                      "surpasses", "surpassed", "surpassing", "topped")],
], key=lambda item: -len(item[0]))

# "nearly X" in news rarely means more than a tenth short of X.
NEARLY_SHORTFALL = 0.10
# "about X" never stretches past a tenth of X, however round X is.
ABOUT_MAX_SHARE = 0.10


# Verbs of a revision, after which "up to" is a direction, not a bound: "was
# revised up to 366,000 from 235,000" gives 366,000, where "can hold up to
# 500 people" gives at most 500. Verbs of motion ("rise up to", "go up to")
# are left out: "waves rising up to 10 feet" is a bound.
_REVISED_UP = frozenset({"revise", "raise", "bump", "push", "tick", "inch", "ratchet", "round",
                         "mark", "move", "adjust", "nudge"})


# Verbs that set a ceiling: what they limit "to" or cap "at" a number is at
# most that number ("limit refugees to 15,000" is "no more than 15,000
# refugees"). Not verbs that move a level ("raised the cap to 62,500",
# "cut rates to 0.25%"), which give the level itself.
_CEILING_VERBS = frozenset({"limit", "cap", "restrict"})


def qualifier_before(sent: Span, start: int) -> Qualifier:
    doc = sent.doc
    before = [doc[k].lower_ for k in range(max(sent.start, start - 3), start)]
    for words, qualifier in _QUALIFIERS:
        if tuple(before[-len(words):]) == words:
            if words == ("up", "to") and start - 3 >= sent.start \
                    and lemma(doc[start - 3]).lower() in _REVISED_UP:
                return "exact"
            return qualifier
    if before[-1:] in (["to"], ["at"]) and doc[start - 1].head.pos_ == "VERB" \
            and lemma(doc[start - 1].head).lower() in _CEILING_VERBS:
        return "at-most"
    return "exact"


def bounds(value: float, qualifier: Qualifier, step: float) -> tuple[float | None, float | None]:
    if qualifier in ("over", "at-least"):
        return value, None
    if qualifier in ("under", "at-most"):
        return None, value
    if qualifier == "nearly":
        return value * (1 - NEARLY_SHORTFALL), value
    if qualifier == "about":
        tolerance = min(step / 2, abs(value) * ABOUT_MAX_SHARE)
        return value - tolerance, value + tolerance
    return value, value


# Levels not seen for a span of years: "a 40-year high", "a four-decade
# low". The span is counted from a year each outlet picks (the last higher
# reading, or the year before it), so one level is "a 40-year high" in one
# article and "a 41-year high" in another (recession-46): it is read "about"
# its value, as round as it is written (40 within 4, 41 within a half); its
# qualifier stays "exact", what the outlet wrote.
LEVEL_NOUNS = frozenset({"high", "highs", "low", "lows", "peak", "record"})
_YEARS = frozenset({"year", "decade", "century"})


def since_a_level(sent: Span, unit: str | None, unit_end: int) -> bool:
    """The span of ``unit`` ending at ``unit_end`` is how long since a level was last seen."""
    return unit in _YEARS and unit_end < sent.end and sent.doc[unit_end].lower_ in LEVEL_NOUNS


# A forecast is an estimate: economists polled by one firm expect "360,000
# applications", by another "359,000 new claims" (AllSides dev2), and both
# are true of one week's forecast. A number a forecast word leads to is read
# within its rounding, as "about" it would be (so 360,000 within 5,000,
# 400,000 within 40,000), its qualifier "exact" as written. The word must lead to this number: within a few words
# ("the consensus number from analysts polled by Refinitiv was 700,000": 8),
# with no other number or past-tense verb between ("economists expected
# gains to slow after employers added 850,000 jobs"), and not "than
# expected" or "as expected", which compare an actual figure with the
# forecast ("far fewer jobs than expected in April, just 266,000").
FORECAST_WORDS = frozenset("""expect expects expected expecting expectation expectations forecast
forecasts forecasted forecasting predict predicts predicted consensus anticipated""".split())
FORECAST_REACH = 8


def a_forecast(sent: Span, start: int) -> bool:
    """The number at token ``start`` is what a forecast word leads to."""
    doc = sent.doc
    for k in range(start - 1, max(sent.start, start - FORECAST_REACH) - 1, -1):
        tok = doc[k]
        word = tok.lower_
        if word in FORECAST_WORDS or (word == "for" and k > sent.start
                                      and lemma(doc[k - 1]).lower() == "call"):
            return not (k > sent.start and doc[k - 1].lower_ in ("than", "as"))
        if tok.like_num or (tok.pos_ == "VERB" and tok.tag_ == "VBD") or word in (";", ":"):
            return False
    return False
