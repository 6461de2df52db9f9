"""How a figure's value reads in a note: as a reader writes it ("about $3.5
trillion", "81st", "aged 91") when the sentence writes that amount, else the
article's own words around the number, quoted. Split from
:mod:`.figure_words`, which builds the topic a note brackets after the
values; like it, this module reads no parse of a figure's sentence but the
one the claims stage carried with the claim."""

from __future__ import annotations

import re

from ..claims.figure_labels import (WORD_NUMBERS, labelled_alone, number_written, ordinal,
                                    writes_another_amount)
from ..claims.numbers import DURATION_UNITS as _DURATION_UNITS
from ..models import Claim, Figure
from .excerpts import excerpt

# How many words on each side of the number a note quotes.
TOPIC_WINDOW = 5


def render_value(f: Figure) -> str:
    """The value as a reader writes it: "$3.5 trillion", "about 50%", "more
    than 2,100", "65-35", "aged 91", "7 hours"."""
    words_for = {"exact": "", "over": "more than ", "at-least": "at least ", "under": "fewer than ",
                 "at-most": "at most ", "about": "about ", "nearly": "nearly ", "range": ""}

    def num(x: float) -> str:
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(x) >= scale and round(x / scale, 3) == x / scale:
                return f"{x / scale:g} {name}"
        return f"{x:,.0f}" if x == int(x) else f"{x:g}"

    unit = f.unit or ""
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit, "")
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        text = f"{symbol}{num(f.low)} to {symbol}{num(f.high)}"
    else:
        # The qualifier goes before the currency sign: "about $3.5 trillion".
        text = words_for[f.qualifier] + symbol + num(f.value)
    if unit in ("vote", "record") and f.against is not None:
        return f"{text}-{num(f.against)}"  # a tally "65-35", a win-loss record "52-3"
    if unit == "age":
        return f"aged {text}"
    if unit == "ordinal":
        return ordinal(f.value)
    if unit == "percent":
        return text + "%"
    if symbol or not unit:
        return text
    if f.value == 1 and f.qualifier != "range":
        return f"{text} {unit}"  # "1 week", not "1 weeks"
    return f"{text} {'centuries' if unit == 'century' else unit + 's'}"


def _read(claim: Claim) -> Figure:
    """The claim's figure with what the parse says of its words: as the
    claims stage carried it, or read now from the sentence alone for a claim
    made before figures carried it (figures.v7 and older)."""
    f = claim.figure
    return f if f.label is not None else labelled_alone(f, claim.sentence)


_VAGUE_AMOUNT = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions)\b", re.I)
# Words that open a rank ("the third quarter", "its 81st", "No. 8"); an
# ordinal after none of them names a kind ("third country nationals", "first
# responders", "second homes"), not a place in an order.
_RANKED_AFTER = frozenset("""the a an its his her their our my your this that no. no number
whose each every""".split())


def _written_amount(claim: Claim) -> bool:
    """The figure's amount is one the sentence writes: not "75M" read as 75,
    not "1, 000" read as 0, not "millions of dollars" read as 2 million, not
    "two-million-euro" or "$140 - 150MM" read as 2 or 140 (a scale written
    after the number), not "weighing 200 pounds" read as £200 (the bare word
    "pounds" is a weight as often as money), not "third country nationals"
    read as a rank. An amount the sentence writes in a form not recognised
    here (a number in words) is taken as written: only a sure misreading is
    left out."""
    m = number_written(claim.figure, claim.sentence)
    f = claim.figure
    if m is None:
        return not (f.value == 0 or _VAGUE_AMOUNT.search(claim.sentence))
    if writes_another_amount(claim.sentence, m, f.value):
        return False
    if f.qualifier != "range" and _top_of_range(claim.sentence, m):
        return False
    if f.unit is None or f.unit in _DURATION_UNITS:
        # "a six-Justice majority" counts no justices; "its biggest one-year
        # increase" is an increase over a year, while "a three-year service
        # plan" lasts three years and reads as "3 years (service plan)".
        word = _modifier_word(claim.sentence, m)
        if word is not None and (f.unit is None or _modifies_a_change(claim.sentence, m)):
            return False
    if f.unit == "GBP" and "£" not in m.group() and not re.search(
            r"\b(?:sterling|GBP)\b", claim.sentence):
        return False
    if f.unit == "ordinal":
        before = claim.sentence[:m.start()].split()[-1:]
        return bool(before) and (before[0].lower() in _RANKED_AFTER or before[0].endswith(
            ("'s", "’s")))
    return True


# Words after a hyphen that leave the number an amount: scales ("$300-million"),
# "a"/"per" of a rate ("$300-a-week"), fractions ("two-thirds") and ages.
_STILL_AMOUNT = frozenset("""a an per old million billion trillion thousand hundred half halves
third thirds quarter quarters fifth fifths""".split()) | set(WORD_NUMBERS)


def _modifier_word(sentence: str, m: re.Match) -> str | None:
    """The word a number is hyphenated to when the pair modifies the noun
    after it ("a six-Justice majority", "its biggest one-year increase"):
    the number then says what kind of thing the noun is, not how many of
    anything a reader could count, and is shown in the article's words.
    None for a number standing alone ("six justices"), a scale or a rate
    ("$300-million", "$300-a-week"), a fraction ("two-thirds") or an age."""
    parts = re.split(r"(?<=\w)-(?=\w)", m.group().strip(".,;:()“”\"'"))
    if len(parts) < 2 or not parts[1].isalpha() or parts[1].lower() in _STILL_AMOUNT:
        return None
    following = re.match(r"\s+([A-Za-z][\w’'-]*)", sentence[m.end():])
    if following is None or m.group().rstrip()[-1:] in ",.;:)”\"'":
        return None
    return parts[1]


# Nouns of a change or an extreme: a duration before one is the period it is
# measured over ("a five-year high", "the biggest one-year increase"), not how
# long something lasts ("a three-year sentence"). The nouns of the claims
# reader's verbs of level, and the extremes a period bounds.
_CHANGES = frozenset("""increase rise jump surge gain growth climb fall drop decline decrease
loss slide plunge change high low record peak""".split())


def _modifies_a_change(sentence: str, m: re.Match) -> bool:
    """The compound at ``m`` ("one-year") stands before a noun of change,
    an adjective or two between ("one-year murder increase")."""
    after = re.findall(r"[A-Za-z]+", sentence[m.end():])[:3]
    return any(w.lower() in _CHANGES for w in after)


_NUMBER_BEFORE = re.compile(r"[$€£]?\d[\d.,]*\s*(?:[a-z]+\s+)?(?:to|-|–)\s*$", re.I)


def _top_of_range(sentence: str, m: re.Match) -> bool:
    """The number is the top of a range the sentence writes ("in the range
    of $145 million to $175 million"), read as a value alone: a level after
    "from … to" ("rose from 5% to 7%") is not a range, and is kept."""
    before = sentence[:m.start()]
    found = _NUMBER_BEFORE.search(before)
    if found is None:
        return False
    return not re.search(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$",
                         before[:found.start()], re.I)


def shown_value(claim: Claim) -> str:
    """The value as a note shows it: written as a reader writes it
    (:func:`render_value`) when the sentence writes that amount, else the
    article's own words around the number, quoted."""
    if _written_amount(claim):
        unit = _read(claim).written_unit
        return render_value(claim.figure) + (f" {unit}" if unit else "")
    m = number_written(claim.figure, claim.sentence)
    if m is not None:
        start = m.start()
        found = _NUMBER_BEFORE.search(claim.sentence[:start])
        if found is not None and _top_of_range(claim.sentence, m):
            start = found.start()  # the whole range, and the words before it
        # A period before a change ("biggest one-year increase on record in
        # murders") is followed by what changed: it is quoted too.
        after = TOPIC_WINDOW if _modifier_word(claim.sentence, m) \
            and claim.figure.unit in _DURATION_UNITS else 3
        return f"“{excerpt(claim.sentence, start, m.end(), before=TOPIC_WINDOW, after=after, whole_clause=True)}”"
    head = (claim.figure.subject.split() or [""])[-1]
    at = re.search(rf"\b{re.escape(head)}", claim.sentence, re.I) if head else None
    if at is None:
        return render_value(claim.figure)
    return f"“{excerpt(claim.sentence, *at.span(), before=TOPIC_WINDOW, after=3, whole_clause=True)}”"
