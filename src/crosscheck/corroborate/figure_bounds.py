"""The values a figure's wording allows, and whether two wordings can both be true.

A figure is read as an interval: "more than 40" is (40, inf), a share
"8.6%" the 8.55 to 8.65 it stands for as written rounded, "about 200,000"
whatever rounds to it. Split out of :mod:`.figures` (which links and
judges counts) because the pair model (:mod:`.figure_align`), the months of
a figure (:mod:`.figure_months`) and the restatements read the same bounds.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from ..claims.figure_units import BASES
from ..models import Figure

if TYPE_CHECKING:
    from ..models import Claim

# A share written with a minus sign ("the US Q2 GDP printed -0.9%") is the
# fall another outlet tells with a verb ("GDP fell by 0.9 percent"): compared
# as the size of the fall, in the state "fell". The claims reader keeps the
# sign only before a share (claims/figure_runs.signed_share_run).
_SIGNED_UNITS = frozenset({"percent", "percentage point", "basis point"})
# ... whose bounds turn over with the sign: "more than -0.9%" is a fall of
# less than 0.9%.
_MIRRORED: dict[str, str] = {"over": "under", "under": "over", "at-least": "at-most",
                             "at-most": "at-least"}


def signed_fall(f: Figure) -> bool:
    """``f`` is a share written with a minus sign: a fall."""
    return f.unit in _SIGNED_UNITS and f.value < 0


# Units in which one measure is written: "75 basis points" is "three-quarters
# of a percentage point", "three weeks" is 21 days, "a four-decade high" a
# "40-year high". Only exact multiples:
# months and years are not counted in days (a month is 28 to 31 of them).
_SAME_MEASURE = {"basis point": ("percentage point", 0.01), "week": ("day", 7),
                 "decade": ("year", 10)}
# Shares and rates are given rounded: "47 percent" stands for any share that
# rounds to 47 (46.7 does), "8.6%" for 8.55 to 8.65. Counts are not: "12
# trapped" and "13 trapped" stay a conflict, since a count of people is
# written whole, and so do "12%" and "13%", whose rounding intervals meet
# but do not overlap.
ROUNDED_UNITS = {"percent", "percentage point"}
# A large number of one significant digit is a round number, written for any
# value that rounds to it: "a $1 trillion bill" is the "$1.2 trillion
# package", "about 200,000 arrests" the "212,672 people apprehended". From a
# thousand up: "12 trapped", "two vaccines" or "800 metres" are counted, not
# rounded, and "1,500" (two digits) may be a count as well.
ROUND_NUMBERS_FROM = 1000


def in_common_unit(f: Figure) -> Figure:
    """``f`` in the unit its measure is compared in (basis points as percentage
    points), a share written with a minus sign as the fall it is (:func:`signed_fall`)."""
    if signed_fall(f):
        f = replace(f, value=-f.value, low=None if f.high is None else -f.high,
                    high=None if f.low is None else -f.low,
                    qualifier=_MIRRORED.get(f.qualifier, f.qualifier))
    if f.unit not in _SAME_MEASURE:
        return f
    unit, factor = _SAME_MEASURE[f.unit]

    def scaled(x: float | None) -> float | None:
        return None if x is None else round(x * factor, 9)

    return replace(f, unit=unit, value=scaled(f.value), low=scaled(f.low), high=scaled(f.high))


def _interval(f: Figure) -> tuple[float, float, bool, bool]:
    """(low, high, open below, open above) of the values ``f``'s wording allows."""
    f = in_common_unit(f)
    if f.qualifier == "exact" and f.unit in ROUNDED_UNITS and f.low == f.high == f.value:
        decimals = len(f"{f.value:g}".partition(".")[2]) if "e" not in f"{f.value:g}" else 0
        half = 0.5 * 10.0 ** -decimals
        # Rounded so that 8.5's upper bound meets 8.6's lower one exactly.
        return (round(f.value - half, decimals + 2), round(f.value + half, decimals + 2),
                False, True)
    low = -math.inf if f.low is None else f.low
    high = math.inf if f.high is None else f.high
    if f.qualifier in ("exact", "about") and _round_number(f.value) and f.unit not in BASES:
        # (a length's rounding is its own, as written: claims/figure_units.py)
        place = 10.0 ** math.floor(math.log10(abs(f.value)))
        # What rounds to one significant digit: 150,000 to 250,000 give
        # 200,000; below a power of ten the digit is a place finer (550
        # billion rounds to 600 billion, not to a trillion), so 1 trillion
        # stands for 0.95 to 1.5 trillion.
        below = 0.05 * place if abs(f.value) == place else 0.5 * place
        return min(low, f.value - below), max(high, f.value + 0.5 * place), False, True
    return low, high, f.qualifier == "over", f.qualifier == "under"


def _round_number(value: float) -> bool:
    """One significant digit, from :data:`ROUND_NUMBERS_FROM` up (200,000; $1 trillion)."""
    whole = abs(value)
    return whole >= ROUND_NUMBERS_FROM and whole == int(whole) and len(str(int(whole)).rstrip("0")) == 1


# A number written bare beside a bound of that very number ("spent three
# hours with the troops", "a little more than three hours on the ground";
# "171,109 voters", "more than 171,109 Democratic voters") is the bare
# writer's rounding of what the bound says more closely, not a value the
# bound excludes: the fact gold of dev-dev7 reads six such pairs as one
# compatible fact and none as a conflict. Only an open bound ("more than",
# "less than"): "at least 40" holds 40 already, and two bounds ("under 10",
# "at least 10") still exclude each other.
_OPEN_BOUNDS = frozenset({"over", "under"})


def bound_of_the_bare_number(bare: Figure, bound: Figure) -> bool:
    """``bound`` is an open bound of the very number ``bare`` writes ("more than 40", "40")."""
    return (bound.qualifier in _OPEN_BOUNDS and bare.qualifier in ("exact", "about")
            and in_common_unit(bare).value == in_common_unit(bound).value)


def overlap(a: Figure, b: Figure) -> bool:
    """Can both wordings be true at once? ("more than 40" and "43": yes; "12" and "13": no;
    the tallies "65-35" and "65-33": no; "more than 40" and a bare "40": yes,
    :func:`bound_of_the_bare_number`)."""
    if a.against is not None and b.against is not None and a.against != b.against:
        return False
    return bound_of_the_bare_number(a, b) or bound_of_the_bare_number(b, a) or intervals_meet(a, b)


def intervals_meet(a: Figure, b: Figure) -> bool:
    """The values ``a``'s and ``b``'s wordings allow meet, read strictly: "more
    than 40" excludes 40. The pair model's ``overlap`` feature, as it was
    trained (:mod:`.figure_align`); :func:`overlap` also reads a bare number
    beside an open bound of it as a rounding."""
    if a.against is not None and b.against is not None and a.against != b.against:
        return False
    lo_a, hi_a, open_lo_a, open_hi_a = _interval(a)
    lo_b, hi_b, open_lo_b, open_hi_b = _interval(b)
    lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
    if lo < hi:
        return True
    if lo > hi:
        return False
    open_lo = (open_lo_a and lo_a == lo) or (open_lo_b and lo_b == lo)
    open_hi = (open_hi_a and hi_a == hi) or (open_hi_b and hi_b == hi)
    return not (open_lo or open_hi)


#: Bounds that hold their own value: "at least 12" is 12 or more, "about 12"
#: is 12 or near it. Not "more than 12" or "nearly 12", which leave 12 out.
_HOLDING = frozenset({"at-least", "at-most", "about"})


def bound_holding(a: Claim, b: Claim) -> bool:
    """One article gives one count twice, once exactly and once as a bound
    that holds it ("at least 12 people were killed" in the lead, "12 people
    are confirmed dead" further on, dev7), in two sentences of one unit: one
    value, not two things. Two exact values, "more than 12" beside 12, or
    two counted nouns ("the Angels are believed to have offered at least $160
    million" and "the Nationals reportedly have bid $160 million", dev3's
    look-alike) stay two."""
    fa, fb = a.figure, b.figure
    if not ((a.span, a.sentence) != (b.span, b.sentence) and fa.unit == fb.unit and fa.value == fb.value
            and {fa.qualifier, fb.qualifier} - {"exact"} <= _HOLDING and "exact" in {fa.qualifier, fb.qualifier}):
        return False
    # (imported here, past the cheap checks: figure_subjects reads bounds from
    # this module, and the clustering asks this of many pairs)
    from .figure_subjects import counted_head

    ha, hb = counted_head(a), counted_head(b)
    return ha is None or hb is None or ha == hb
