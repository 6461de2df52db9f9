"""Lengths and speeds in the units an outlet writes them in, and in one base
unit each, so that "58km" and "36 miles" are compared as one distance.

The claims reader leaves a length's unit in its subject ("64 km" has the
subject "km", "36 miles" "miles", "60 miles per hour" "miles reached"): the
corroborator reads it from there, and a speed's "per hour" from the words
after the number, and compares the two in metres or in km/h. What a note
shows stays the outlet's own value and words.

A length is a measure, given rounded: "36 miles" stands for 35.5 to 36.5
miles, which is how an outlet converting 58 km writes it. Two lengths can
both be true when those spans meet, whatever units they are written in; they
are one value when they differ by no more than half the step of the coarser
of the two (:func:`same_amount`): the rounding that side's writer applied.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from crosscheck.claims.numbers import roundness
from crosscheck.models import Claim, Figure

#: The base units lengths and speeds are compared in.
METRE, KM_PER_HOUR = "metre", "km/h"
BASES = frozenset({METRE, KM_PER_HOUR})

# Metres in one of each length unit, under the crude singular the corroborator
# reads subjects with (corroborate.common.words: "miles" -> "mile", "feet"
# stays "feet"). "m" is left out: it is as often a million ("$10m").
_LENGTHS = {
    "km": 1000.0, "kms": 1000.0, "kilometre": 1000.0, "kilometer": 1000.0,
    "mile": 1609.344, "metre": 1.0, "meter": 1.0, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048,
    "yard": 0.9144, "inch": 0.0254, "cm": 0.01, "centimetre": 0.01,
    "centimeter": 0.01,
}
_NAUTICAL_MILE = 1852.0
# km/h in one of each speed unit written as a word of its own.
_SPEEDS = {"kph": 1.0, "kmh": 1.0, "km/h": 1.0, "mph": 1.609344, "knot": 1.852}
# A length "per hour" after the number is a speed: "60 miles per hour", "120
# miles an hour", "100 km/h", "100km/h".
_PER_HOUR = re.compile(r"^\S*?(?:\s+\S+)?\s*(?:/\s*h(?:r|our)?\b|\s(?:per|an|a)\s+hour\b)", re.I)

_WORD = re.compile(r"[a-z][a-z/]*")


def _singular(word: str) -> str:
    if word == "inches":
        return "inch"
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def is_length_word(word: str) -> bool:
    """``word`` names a unit of length ("feet", "miles", "km")."""
    return _singular(word.lower()) in _LENGTHS


def written_measure(claim: Claim) -> tuple[str, str, float] | None:
    """(base unit, unit as written, how many base units one is) of a claim's
    length or speed, read from the first words of its subject: ("metre",
    "kilometre", 1000) of "64 kilometres", ("km/h", "mile", 1.609344) of "60
    miles per hour". None for a figure with a unit of the claims reader's
    (a share, a sum, a duration) and for any other subject ("5 people",
    "square miles", which is an area)."""
    f = claim.figure
    if f is None or f.unit is not None:
        return None
    tokens = [_singular(w) for w in _WORD.findall(f.subject.lower())][:2]
    if not tokens:
        return None
    if tokens[0] == "nautical" and tokens[1:] == ["mile"]:
        return METRE, "nautical mile", _NAUTICAL_MILE
    if tokens[0] in _SPEEDS:
        return KM_PER_HOUR, tokens[0], _SPEEDS[tokens[0]]
    if tokens[0] not in _LENGTHS:
        return None
    per_metre = _LENGTHS[tokens[0]]
    if tokens[0] in ("km", "kms", "kilometre", "kilometer", "mile") and _per_hour(claim):
        return KM_PER_HOUR, tokens[0], per_metre / 1000.0
    return METRE, tokens[0], per_metre


def _per_hour(claim: Claim) -> bool:
    """The words after the figure's number say "per hour" ("60 miles per hour", "100 km/h")."""
    from crosscheck.claims.figure_labels import number_written

    m = number_written(claim.figure, claim.sentence)
    return m is not None and _PER_HOUR.match(claim.sentence[m.start():m.start() + 40]) is not None


def written_step(value: float) -> float:
    """The step a length is written to: 1 for "58", 0.1 for "5.2", 10 for "250".
    A number of one significant digit from ten up ("100 km", "60 miles") is
    read at two: converters write "100 km (62 miles)" as often as "(60
    miles)", and a step of 100 would make "100 km" anything from 50 to 150."""
    step = roundness(f"{abs(value):.6f}".rstrip("0").rstrip("."))
    if step >= 10 and step >= 10.0 ** math.floor(math.log10(abs(value))):
        step /= 10
    return step


def in_base_unit(claim: Claim) -> Claim:
    """``claim`` with its length or speed in the base unit (:data:`BASES`):
    the unit as written kept in ``written_unit``, and a value written exactly
    widened to its rounding (half its :func:`written_step` each way). Any
    other claim is returned as it is."""
    measure = written_measure(claim)
    if measure is None:
        return claim
    base, written, factor = measure
    f = claim.figure
    low, high = f.low, f.high
    if f.qualifier == "exact" and low == high == f.value:
        half = written_step(f.value) / 2
        low, high = f.value - half, f.value + half

    def scaled(x: float | None) -> float | None:
        return None if x is None else round(x * factor, 6)

    figure = replace(f, unit=base, value=scaled(f.value), low=scaled(low), high=scaled(high),
                     written_unit=written)
    return replace(claim, figure=figure)


def _per_base(base: str, written: str) -> float:
    """How many base units one ``written`` unit is."""
    if base == METRE:
        return _NAUTICAL_MILE if written == "nautical mile" else _LENGTHS[written]
    return _SPEEDS[written] if written in _SPEEDS else _LENGTHS[written] / 1000.0


def _half_step(f: Figure) -> float:
    """Half the step ``f``'s number is written to, in base units."""
    per = _per_base(f.unit, f.written_unit)
    return written_step(f.value / per) * per / 2


def one_amount(a: Figure, b: Figure) -> bool:
    """Two lengths or speeds in base units (:func:`in_base_unit`) whose
    numbers are no further apart than half the step of the coarser one,
    however each is worded ("64 kilometres" and "about 40 miles", 64.4 km:
    the coarser side, miles, was rounded to the nearest mile, 1.6 km)."""
    if a.unit not in BASES or a.unit != b.unit or a.written_unit is None or b.written_unit is None:
        return False
    return abs(a.value - b.value) <= max(_half_step(a), _half_step(b)) + 1e-6


def converted(a: Figure, b: Figure) -> bool:
    """``a`` and ``b`` are one length or speed written in two units: one
    outlet's number is the other's converted, to the rounding it is written
    to (:func:`one_amount`; "64 kilometres" and "about 40 miles", whose
    "about" is the conversion's own rounding)."""
    return a.written_unit != b.written_unit and one_amount(a, b)


def value_as_written(f: Figure) -> float:
    """``f``'s number as its outlet wrote it: 10 of "10 feet" (3.048 in
    metres), any other figure's value as it is."""
    if f.unit not in BASES or f.written_unit is None:
        return f.value
    return round(f.value / _per_base(f.unit, f.written_unit), 6)


# An outlet that converts a length writes the rounding it applied: "64
# kilometres" and "about 40 miles" (the facts gold's one such pair: agree).
_CONVERSION_QUALIFIERS = frozenset({"exact", "about"})


def same_amount(a: Figure, b: Figure) -> bool:
    """Two figures give one value in one wording: the same value and
    qualifier, or two lengths or speeds of :func:`one_amount` ("58km" and "36
    miles"), in one qualifier or, one converted from the other, one of them
    "about" it."""
    if a.qualifier != b.qualifier:
        return {a.qualifier, b.qualifier} <= _CONVERSION_QUALIFIERS and converted(a, b)
    return a.value == b.value or one_amount(a, b)
