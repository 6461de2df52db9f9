"""A figure's month, its rounding and forecasts: what lets the figure
aligner link two values that are not equal ("46.7 percent" and "47
percent"; "8.58% in May" and "8.6% in May") and keep apart two that are
("9.1% in June" and "9.1% for July"). Split out of figure_align.py, which
asks these of every pair the model scores."""

from __future__ import annotations

import re
from functools import lru_cache

from ..claims.figure_bounds import FORECAST_REACH, FORECAST_WORDS
from ..claims.numbers import number_forms, significant_digits
from ..clean.dates import MONTH_NAMES, MONTHS, month_number
from ..models import Claim
from .figure_bounds import ROUNDED_UNITS, in_common_unit, overlap


# A share given to more decimals and one that is its rounding ("Wright taking
# 46.7 percent" and "53 percent to 47 percent", sentences 0.70 alike) are one
# figure when their sentences are alike; the pair model, which weighs any
# difference of values against a link, gave that pair 0.46. A whole number is
# no such rounding: "6%" admits the 6.3% of many other measures. On the dev
# stories, of the pairs of shares of two or more digits that round to each
# other, those from 0.55 up are one figure (46.7 / 47; 8.54 / 8.5 in March),
# those under 0.45 mostly not ("the Federal Reserve in June projected 2.6%"
# and "At 2.64%, the 10-Year Treasury Yield", 0.38). The one figure under
# the bar ("inflation hit 8.6% in May" and "rose back to 8.58% in May", 0.42)
# is linked by the month both are said of (:func:`own_month`).
ROUNDED_COSINE = 0.5


def rounded_alike(a: Claim, b: Claim, sentence_cos: float) -> bool:
    """One of two shares is the other rounded, to two or more digits, in alike
    sentences or said of one month ("inflation hit 8.6% in May" / "rose back
    to 8.58% in May", sentences 0.42 alike); never of two months."""
    if not is_rounding(a, b):
        return False
    ma, mb = own_month(a), own_month(b)
    if ma is not None and mb is not None:
        return ma == mb
    return sentence_cos >= ROUNDED_COSINE


def is_rounding(a: Claim, b: Claim) -> bool:
    """One of two exact shares is the other rounded to two or more digits (46.7 / 47)."""
    fa, fb = in_common_unit(a.figure), in_common_unit(b.figure)
    if fa.unit not in ROUNDED_UNITS or fa.unit != fb.unit or fa.value == fb.value \
            or not fa.qualifier == fb.qualifier == "exact":
        return False
    coarse = min((fa, fb), key=lambda f: _decimals(f.value))
    return (_decimals(fa.value) != _decimals(fb.value) and significant_digits(coarse.value) >= 2
            and overlap(fa, fb))


# The month a figure is said of: a month named within three words of its
# number, with no other number between ("the index reached 8.54% in March,
# fell to 8.3% in April": 8.54 is March's, 8.3 April's; "fell to 4.8% from
# 5.2% in August": August is 5.2's). Further away a month is as often when
# the figure was told ("inflation for June was reported in mid-July to have
# climbed to 9.1 percent"). A month after "from", "since" or "than" is the
# base of a change, not the figure's own. Only months: a year is as often the
# start of a span ("the largest increase since 1981") as the figure's own.
OWN_MONTH_WORDS = 3
# A month's name or abbreviation as written ("March", "Aug"), capitalised: a
# lower-case "may" is a verb. Named in full, so that "Aug." and "August" are one month.
_MONTH = re.compile(MONTHS)
_BASE_OF_A_CHANGE = frozenset({"from", "since", "than"})
_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?")


def own_month(claim: Claim) -> str | None:
    """The month ``claim``'s figure is said of (see :data:`OWN_MONTH_WORDS`), or None."""
    return _month_of(claim.sentence, claim.figure.value)


@lru_cache(maxsize=4096)  # asked once per pair: a story of 150 figures has 10,000 pairs
def _month_of(sentence: str, value: float) -> str | None:
    tokens = _TOKEN.findall(sentence)
    forms = number_forms(value)
    at = next((i for i, t in enumerate(tokens) if t.replace(",", "") in forms or t in forms), None)
    if at is None:
        return None

    def between(i: int) -> list[str]:
        return tokens[min(i, at) + 1:max(i, at)]

    months = [(abs(i - at), MONTH_NAMES[month_number(t) - 1]) for i, t in enumerate(tokens) if _MONTH.fullmatch(t)
              and 0 < abs(i - at) <= OWN_MONTH_WORDS
              and not any(w[0].isdigit() for w in between(i))
              and (i == 0 or tokens[i - 1].lower() not in _BASE_OF_A_CHANGE)]
    if not months:
        return None
    months.sort()
    if len(months) > 1 and months[0][0] == months[1][0] and months[0][1] != months[1][1]:
        return None  # as near to one month as to another: neither is surely its own
    return months[0][1]


def _decimals(value: float) -> int:
    text = f"{value:g}"
    return 0 if "e" in text else len(text.partition(".")[2])


# Two forecasts of one quantity that can both be true are one forecast
# polled by two firms ("called for 360,000 applications", "expectations of
# 359,000 new claims"; "expected claims to fall to 400,000", "called for
# 387,000 applications": AllSides dev2), which the pair model, weighing the
# difference of values and of subjects, scored 0.03 to 0.26. The claims
# reader reads a forecast within its rounding (claims/figure_bounds.a_forecast);
# a story's forecasts of other quantities differ in unit or cannot both be
# true ("360,000" claims and "3.3 million" continuing claims).
_FORECAST_LEADS = re.compile(r"\b(?:" + "|".join(sorted(FORECAST_WORDS)) + r"|call(?:s|ed|ing)? for)\b",
                             re.I)


def forecast(claim: Claim) -> bool:
    """The claims reader read ``claim``'s figure as a forecast: a number
    written without a hedge but read within its rounding, with a forecast
    word in the words leading to it."""
    f = claim.figure
    if f.qualifier != "exact" or f.low == f.high:
        return False
    tokens = _TOKEN.findall(claim.sentence)
    spelled = number_forms(f.value)
    at = next((i for i, t in enumerate(tokens) if t in spelled or t.replace(",", "") in spelled), None)
    return at is not None and bool(_FORECAST_LEADS.search(" ".join(tokens[max(0, at - FORECAST_REACH):at])))


def forecasts_alike(a: Claim, b: Claim) -> bool:
    """Two forecasts of one quantity class that can both be true, said of no
    two different months."""
    if in_common_unit(a.figure).unit != in_common_unit(b.figure).unit \
            or not overlap(a.figure, b.figure) or not (forecast(a) and forecast(b)):
        return False
    ma, mb = own_month(a), own_month(b)
    return ma is None or mb is None or ma == mb
