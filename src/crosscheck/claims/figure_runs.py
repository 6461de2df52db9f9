"""The run of tokens that writes a number and the unit after it (step 1 of
:mod:`crosscheck.claims.figures`): numerals and number words ("1.2 million",
"three dozen", "tens of thousands", "twenty-five"), numbers printed with a
space inside them ("$368. 0 million", "100, 000 people"), a scale alone ("a
million", "half a billion") and the span of a vague quantity.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosscheck.claims.numbers import (DURATION_SINGULAR, DURATIONS, PLURAL_SCALES, SCALES,
                                       SUFFIX_SCALES, WORDS_BETWEEN, parse_numeral, parse_words,
                                       word_value)
from crosscheck.clean.dates import MONTHS

CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "pound": "GBP", "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR"}

# A month's name or its abbreviation (clean.dates.MONTHS), whole: any word
# beginning with one ("decade", "market", "mayor") read as a month once
# refused "a four-decade high", which the recognizer tags a DATE.
MONTH_WORD = re.compile(rf"\b{MONTHS}(?!\w)", re.I)


def is_number_token(tok: Token) -> bool:
    return is_number_word(tok.lower_)


def is_number_word(t: str) -> bool:
    """``t`` (in lower case) is a numeral, a number word or a scale."""
    return (parse_numeral(t) is not None or word_value(t) is not None or t in SCALES
            or t in PLURAL_SCALES or t == "tens")


# The whole part of a number some sources print with a space after its
# decimal point ("$368. 0 million", "40. 3 million people", "a magnitude of
# 6. 1": 93 such numbers in the 1,900 ECB+ dev articles, which read "$368"
# and lost the scale): at most three digits, so that no year ("2012. 08. 08")
# nor an article's number is joined to the next sentence's, and one or two
# after the point.
_WHOLE_PART = re.compile(r"\d{1,3}(?:,\d{3})*")
_DECIMALS = re.compile(r"\d{1,2}")


def _split_decimal(sent: Span, i: int) -> bool:
    """Token ``i`` is the whole part of a number split after its decimal
    point: "368", ".", "0", the point glued to the whole part."""
    doc = sent.doc
    return (i + 2 < sent.end and doc[i + 1].text == "." and not doc[i].whitespace_
            and _WHOLE_PART.fullmatch(doc[i].text) is not None
            and _DECIMALS.fullmatch(doc[i + 2].text) is not None)


# ... and with a space after its thousands separator ("An estimated 100, 000
# people", "about $6, 000", "120, 000 people": ECB+ again). A group of three
# digits after the comma, and never after a day of a date ("On June 8, 200
# workers walked out" is a date and a count).
_THOUSANDS = re.compile(r"\d{3}")


def _split_thousands(sent: Span, i: int) -> bool:
    """Token ``i`` is a number whose next group of thousands follows ", "."""
    doc = sent.doc
    return (i + 2 < sent.end and doc[i + 1].text == "," and not doc[i].whitespace_
            and _WHOLE_PART.fullmatch(doc[i].text) is not None
            and _THOUSANDS.fullmatch(doc[i + 2].text) is not None
            and doc[i].ent_type_ not in ("DATE", "TIME")
            and not (i > sent.start and MONTH_WORD.fullmatch(doc[i - 1].text)))


# A scale some sources join to a number by a hyphen ("$137-million of
# diamonds", "a two-million-euro booty", "one-million dollars") or, after a
# currency, glue on as a suffix past a spaced point ("£1. 7m", "$2. 6m"): 28
# such sums in the AllSides, Baly, ECB+ and recession texts (22 hyphenated,
# 6 suffixed), each read as its mantissa alone ("$137", "£1.7"). A suffix
# needs a currency, before or after ("2m euros"): "falling about 60m" is 60
# metres.
_HYPHEN_SCALES = frozenset({"thousand", "million", "billion", "trillion"})


def scale_after(sent: Span, end: int, currency: bool) -> tuple[int, float, bool]:
    """(index after, factor, glued) of a scale hyphenated or glued to the
    number ending at ``end``; (end, 1.0, False) when there is none."""
    doc = sent.doc
    if end + 1 < sent.end and doc[end].text in ("-", "–") and doc[end + 1].lower_ in _HYPHEN_SCALES \
            and not (end + 2 < sent.end and is_number_token(doc[end + 2])):
        return end + 2, float(SCALES[doc[end + 1].lower_]), False
    named = end + 1 < sent.end and doc[end + 1].lower_ in CURRENCY_WORDS  # "2m euros"
    if (currency or named) and end < sent.end and not doc[end - 1].whitespace_ \
            and doc[end].lower_ in SUFFIX_SCALES:
        return end + 1, float(SUFFIX_SCALES[doc[end].lower_]), True
    return end, 1.0, False


def number_run(sent: Span, i: int) -> tuple[int, float, str, bool] | None:
    """From token index ``i`` (in ``sent.doc``): (end index, value, written mantissa, plural scale)."""
    doc = sent.doc
    end = i
    words = []
    while end < sent.end and is_number_token(doc[end]):
        words.append(doc[end].text)
        end += 1
        while _split_thousands(sent, end - 1):
            words[-1] = f"{words[-1]},{doc[end + 1].text}"  # "100, 000 people": 100,000
            end += 2
        if _split_decimal(sent, end - 1):
            words[-1] = f"{words[-1]}.{doc[end + 1].text}"  # "$368. 0 million": 368.0 million
            end += 2
        # "twenty - five" is split by the tokenizer; "tens of thousands" keeps going.
        if end + 1 < sent.end and doc[end].text == "-" and doc[end - 1].lower_ in (
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety") \
                and word_value(doc[end + 1].text) is not None:
            words[-1] = words[-1] + "-" + doc[end + 1].text
            end += 2
        if end + 1 < sent.end and doc[end].lower_ == "of" and words[-1].lower() in (
                "tens", "hundreds", "dozens") and doc[end + 1].lower_ in PLURAL_SCALES:
            words.append("of")
            end += 1
    if not words:
        return None
    lowered = [w.lower() for w in words]
    # A vague quantity ("thousands", "tens of thousands") comes back as two
    # of its order, the least it says, with plural True: its bounds are that order's.
    if lowered[0] == "tens" and len(lowered) == 3:
        return end, 20.0 * PLURAL_SCALES[lowered[2]], "20", True
    if len(lowered) == 3 and lowered[1] == "of":
        return end, 2.0 * PLURAL_SCALES[lowered[0]] * PLURAL_SCALES[lowered[2]], "2", True
    if lowered[-1] in PLURAL_SCALES:
        head = parse_words(words[:-1]) if len(words) > 1 else 2.0
        if head is None:
            return None
        return end, head * PLURAL_SCALES[lowered[-1]], "2", len(words) == 1
    if lowered == ["tens"] or lowered[0] in SCALES:
        return None
    value = parse_words(words)
    if value is None:
        return None
    mantissa = words[0] if parse_numeral(words[0]) is not None else str(int(value)) \
        if value == int(value) and len(words) == 1 else words[0]
    return end, value, mantissa, False


def scale_run(sent: Span, at: int, factor: float, mantissa: str) -> tuple[int, float, str, bool] | None:
    """A scale word or a run of them from ``at`` ("million", "hundred thousand")
    times ``factor``: (end index, value, written mantissa, False). spaCy gives
    no value to a scale alone, and number_run reads none without a number before it."""
    doc = sent.doc
    end, value = at, factor
    while end < sent.end and doc[end].lower_ in SCALES:
        value *= SCALES[doc[end].lower_]
        end += 1
    return (end, value, mantissa, False) if end > at else None


def after_half(sent: Span, i: int) -> int | None:
    """Where the scale of "half a million" or "half billion" starts, or None."""
    doc = sent.doc
    at = i + 1
    if at < sent.end and doc[at].lower_ in ("a", "an"):
        at += 1
    return at if at < sent.end and doc[at].lower_ in SCALES and doc[at].lower_ != "dozen" else None


# How far a vague quantity reaches: "thousands" (at least 2,000) are fewer
# than a million, "hundreds" fewer than a thousand, "tens of thousands" fewer
# than a hundred thousand. Read as "at least 2,000" with no end, "thousands"
# allowed any count above, and "millions of retirees" read as a fact of "at
# least 2 million" only.
_VAGUE_REACH = {"dozens": 100 / 12, "hundreds": 10.0, "tens": 10.0}
_ORDER_REACH = 1000.0


# ... and from the order itself: a reader takes "thousands of people" for
# "in the thousands", the order 1,000 the gold writes for it (AllSides dev:
# "put the figure in the thousands", "thousands of Haitian migrants"; dev3:
# "tens of thousands of immigrants" 10,000, "hundreds of lives" 100), and
# would not call "thousands" and "1,500" a conflict. From two of the order
# (2,000), every gold mention of a vague quantity (5) went unread.
def vague_bounds(sent: Span, start: int, value: float) -> tuple[float, float]:
    """(low, high) of a vague quantity ``value`` (two of its order): from that
    order to where its reach ends."""
    first = sent.doc[start].lower_
    return value / 2, value / 2 * _VAGUE_REACH.get(first, _ORDER_REACH)


# An adjective between a number and its unit of time says what the span was
# like, not what is counted: "two horrific nights", "seven short weeks",
# "eight tumultuous years", "two fiscal years" (48 such forms of 37 words
# in the AllSides, Baly, ECB+ and recession texts beside those of
# WORDS_BETWEEN, none read). Not a superlative ("the 10 warmest years"
# ranks years, JJS) nor "last" or "next", which date a number of something
# else ("won two last year").
_DATING_ADJECTIVES = frozenset({"last", "next"})


def describes_a_span(tok: Token) -> bool:
    """``tok``, between a number and a unit of time, is an adjective describing the span."""
    return tok.tag_ == "JJ" and tok.lower_ not in _DATING_ADJECTIVES and not tok.like_num


def unit_after(sent: Span, end: int) -> tuple[str | None, int, bool]:
    """(unit, index after the unit, age) for the tokens following a number."""
    doc = sent.doc
    nxt = [doc[k].lower_ for k in range(end, min(end + 4, sent.end))]
    if not nxt:
        return None, end, False
    if nxt[0] in ("%", "percent") or nxt[:2] == ["per", "cent"]:
        return "percent", end + (2 if nxt[0] == "per" else 1), False
    if nxt[:2] in (["percentage", "point"], ["percentage", "points"]):
        return "percentage point", end + 2, False
    if nxt[:2] in (["basis", "point"], ["basis", "points"]):
        return "basis point", end + 2, False
    # ... hyphenated before a noun: "a 75-basis-point move", "a
    # 0.75-percentage-point hike" (once read as 75 of "basis").
    if nxt[0] in ("-", "–") and nxt[2:3] in (["-"], ["–"]) and len(nxt) == 4 \
            and nxt[1] in ("basis", "percentage") and nxt[3] == "point":
        return f"{nxt[1]} point", end + 4, False
    if nxt[0] in CURRENCY_WORDS:
        return CURRENCY_WORDS[nxt[0]], end + 1, False
    if nxt[0] in ("-", "–") and nxt[1:2] and nxt[1] in CURRENCY_WORDS:
        return CURRENCY_WORDS[nxt[1]], end + 2, False  # "a two-million-euro booty"
    hyphen = 1 if nxt[0] == "-" else 0
    if len(nxt) > 1 and nxt[1] in DURATIONS and (nxt[0] in WORDS_BETWEEN
                                                 or describes_a_span(doc[end])):
        hyphen = 1  # "four consecutive days", "two horrific nights": the word between is skipped
    if len(nxt) > hyphen and nxt[hyphen] in DURATIONS:
        word = nxt[hyphen]
        rest = nxt[hyphen + 1:]
        if rest[:2] == ["-", "old"] or rest[:1] == ["old"]:
            return None, end, True
        unit = DURATION_SINGULAR.get(word, word.rstrip("s"))
        return unit, end + hyphen + 1, False
    return None, end, False


# A share written with its sign ("the US Q2 GDP printed -0.9% Annualized",
# "-0.3 percentage points"): the sign says which way it changed, and the
# value keeps it (the corroborator reads -0.9% as a fall of 0.9%,
# corroborate/figure_bounds.in_common_unit). Other signed numbers ("-5 degrees", a
# "-3" of a goal difference) stay unread, as they were before any sign was.
_SIGNED = re.compile(r"[-−+](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SHARES = frozenset({"percent", "percentage point", "basis point"})


def signed_share_run(sent: Span, i: int) -> tuple[int, float, str, bool] | None:
    """(end index, signed value, written mantissa, False) of a share written
    with its sign at token ``i``, or None."""
    text = sent.doc[i].text
    if _SIGNED.fullmatch(text) is None or unit_after(sent, i + 1)[0] not in _SHARES:
        return None
    value = parse_numeral(text[1:])
    if value is None:
        return None
    return i + 1, -value if text[0] in "-−" else value, text[1:], False
