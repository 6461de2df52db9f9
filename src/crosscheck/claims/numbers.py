"""Reading a number written in digits or words: "1,657", "1.2 million", "three dozen".

Plain functions over strings; the figures module decides which tokens form a
number. No library here covers "three dozen" or "tens of thousands" and the
vocabulary is small, so it is written out.
"""

from __future__ import annotations

import re
import unicodedata

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "dozen": 12}
# Suffixes as newsrooms abbreviate scales: "$5bn", "10m", "3k".
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# "hundreds of", "thousands", "dozens": a vague quantity of that order (figures.py
# gives its bounds: "thousands" are 1,000 to a million).
PLURAL_SCALES = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                 "billions": 1_000_000_000}

_NUMERAL = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
# Fractions written as one character ("2½"): Unicode's vulgar fractions, by
# their numeric value (unicodedata knows it; listed so the hot path above
# asks a set, not the database).
_VULGAR_FRACTIONS = {ch: unicodedata.numeric(ch) for ch in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}
_NUMERAL_SUFFIX = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(k|m|mn|bn|b|tn|trn)$", re.I)


def parse_numeral(text: str) -> float | None:
    """``"1,657"`` → 1657.0, ``"5.9"`` → 5.9, ``"5bn"`` → 5e9; anything else → None."""
    t = text.strip()
    # Both patterns open on a digit or a point, and the rules ask of every
    # word of every sentence (461,639 calls for 200 Baly articles, nearly all
    # of them words, not numerals): most are answered here, without a regex.
    # ``str.isdecimal`` is what ``\d`` matches (Unicode's decimal digits).
    if not t or not (t[0].isdecimal() or t[0] == "." or t[0] in _VULGAR_FRACTIONS):
        return None
    if _NUMERAL.match(t):
        return float(t.replace(",", ""))
    if t[-1] in _VULGAR_FRACTIONS and (len(t) == 1 or _NUMERAL.match(t[:-1])):
        # "2½ years", "¾ of a point": the fraction one character writes
        return (float(t[:-1].replace(",", "")) if len(t) > 1 else 0.0) + _VULGAR_FRACTIONS[t[-1]]
    m = _NUMERAL_SUFFIX.match(t)
    if m:
        return float(m.group(1).replace(",", "")) * SUFFIX_SCALES[m.group(2).lower()]
    return None


def word_value(word: str) -> float | None:
    """The value of one number word or hyphenated compound ("twenty-five")."""
    w = word.lower()
    if w in UNITS:
        return float(UNITS[w])
    if w in TENS:
        return float(TENS[w])
    if "-" in w:
        head, _, tail = w.partition("-")
        if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
            return float(TENS[head] + UNITS[tail])
    return None


def parse_words(words: list[str]) -> float | None:
    """A run of number words and numerals: ``["three", "dozen"]`` → 36, ``["1.2", "million"]`` → 1.2e6.

    Returns None when the run is not a well-formed number ("million three").
    """
    total, current, seen = 0.0, None, False
    for raw in words:
        w = raw.lower()
        if w in ("and", "a", "an"):
            if w in ("a", "an") and current is None:
                current = 1.0
            continue
        value = parse_numeral(w)
        if value is None:
            value = word_value(w)
        if value is not None:
            if current is not None and current >= 1 and value >= 1 and current % 1 == 0 \
                    and not (current % 100 == 0 or current >= 20 and value < 10):
                return None
            current = (current or 0.0) + value
            seen = True
            continue
        if w in SCALES:
            scale = SCALES[w]
            current = (current if current is not None else 1.0) * scale
            if scale >= 1000:
                total, current = total + current, None
            seen = True
            continue
        return None
    if not seen:
        return None
    return total + (current or 0.0)


def roundness(written: str, multiplier: float = 1.0) -> float:
    """The step a written number is rounded to: "3,400" → 100, "20" → 10, "5.9" → 0.1.

    "1.2" with multiplier 1e6 ("1.2 million") → 100,000. Used to size the
    tolerance of "about X": "approximately 3,400" admits 3,420, "about 20" does
    not admit 30.
    """
    t = written.replace(",", "")
    if "." in t:
        decimals = len(t.split(".", 1)[1])
        return 10.0 ** -decimals * multiplier
    digits = t.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** zeros * multiplier


# -- units of time ---------------------------------------------------------------

# A sport's seasons and a stay's or an event's nights are spans too ("DiLeo
# has spent 19 seasons with the 76ers", "debated over two nights"): 55 "N
# seasons" or "N nights" in the AllSides, Baly, ECB+ and recession texts,
# each tagged a DATE and so refused as one when read as a count.
DURATIONS = {"second", "minute", "hour", "day", "night", "week", "month", "quarter", "season",
             "year", "decade", "century", "seconds", "minutes", "hours", "days", "nights",
             "weeks", "months", "quarters", "seasons", "years", "decades", "centuries"}
#: A plural unit whose singular is not the plural less its "s".
DURATION_SINGULAR = {"centuries": "century"}
#: The units of time as a figure carries them (singular): the one list the
#: claims reader and the corroborator read durations by.
DURATION_UNITS = frozenset(DURATION_SINGULAR.get(u, u.rstrip("s")) for u in DURATIONS)


def duration_plural(unit: str) -> str:
    """The plural of a unit of time: "months", "centuries" (not "centurys",
    which once named the subject of "two centuries")."""
    return next((plural for plural, one in DURATION_SINGULAR.items() if one == unit), unit + "s")
#: Words that may stand between a number and its unit of time ("four
#: consecutive days").
WORDS_BETWEEN = {"consecutive", "straight", "successive", "full", "more", "additional", "extra",
                 "whole"}


def significant_digits(value: float) -> int:
    """1 for $3 billion, 2 for $3.2 billion, 3 for 194,000, 6 for 188,829:
    how precisely a value is given, read from the value written out in full
    (to six decimals), never in the exponent form ("3.2e+09", once read as
    four digits)."""
    text = f"{abs(value):.6f}".replace(".", "").strip("0")
    return len(text) if text else 1


def number_forms(value: float) -> set[str]:
    """How a value may be written in a sentence's words: "194000", "194,000", "194"."""
    forms = {f"{value:g}", f"{value:,.0f}" if value == int(value) else f"{value:g}"}
    for scale in (1e9, 1e6, 1e3):
        if abs(value) >= scale:
            forms.add(f"{value / scale:g}")
    return forms
