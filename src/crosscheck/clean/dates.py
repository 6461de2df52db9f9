"""Publication dates: recognising a date line, and normalising any stated date
to an ISO date as precise as stated (``2024``, ``2024-11``, ``2024-11-05``).

dateparser does the parsing; the regular expressions here only decide whether
a line *is* a date before asking it, because dateparser is permissive (it
reads "Share" or "4 min" as dates) and costs about a millisecond a call.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import dateparser
from dateparser.date import DateDataParser

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
_YEAR = r"(?:19|20)\d\d"
_TIME = (r"(?:\s*(?:[-–—|•,·@]|at)?\s*\d{1,2} ?[:.] ?\d\d(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*(?:[A-Z]{2,4}T|GMT|UTC|ET|PT)(?:[+-]\d\d?(?: ?: ?\d\d)?)?)?)?")

# A leading date in the common forms: "March 12, 2025", "12 March 2025",
# "Wed 12 Mar 2025 08.10 GMT", "2025-03-12", "12/03/2025", "March 2025", "2025-03".
# A number's separator may have a space on either side ("11: 11 GMT",
# "08 / 02 / 2013"): text that went through a tokenizer (ECB+'s articles) or a
# scraper that split on punctuation.
DATE_AT_START = re.compile(
    r"^\s*(?:(?:(?:article|story) )?(?:published|posted|updated|last updated|date)\s*(?:on)?\s*:?\s*)?"
    rf"{_WEEKDAY}?"
    r"(?P<date>"
    rf"{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+{_YEAR}"
    rf"|{_YEAR}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])(?![\d-])"  # month precision: "2024-05"
    rf"|\d{{1,2}} ?[/.] ?\d{{1,2}} ?[/.] ?{_YEAR}"
    rf"|{MONTHS}\s+{_YEAR}"
    r")"
    rf"{_TIME}",
    re.I,
)

_PARSER = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                     "RETURN_TIME_AS_PERIOD": False})


# The spaces :data:`DATE_AT_START` allows around a number's separator.
_DIGIT_GAP = re.compile(r"(?<=\d) ?([/.:]) ?(?=\d)")


def date_at_start(line: str) -> tuple[str, str] | None:
    """If ``line`` opens with a date, return (ISO date, the rest of the line)."""
    m = DATE_AT_START.match(line)
    if not m:
        return None
    iso = to_iso(_DIGIT_GAP.sub(r"\1", m.group("date")))
    if iso is None:
        return None
    return iso, line[m.end():]


@lru_cache(maxsize=4096)
def to_iso(text: str) -> str | None:
    """An ISO date as precise as ``text`` states it, or None when it is no date.

    Years outside 1900–2100 are refused: a news date out of that range is a
    parsing accident, not a publication date.
    """
    text = text.strip()[:100]
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ].*)?", text)
    if m:
        year, month, day = m.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat()
            if month:
                return f"{int(year):04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None
            return year if 1900 <= int(year) <= 2100 else None
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m:
        # Dots between the numbers are the European order, day first
        # ("08.07.2012" is 8 July), where slashes are ambiguous and left to
        # dateparser's month-first reading of English.
        day, month, year = map(int, m.groups())
        try:
            return date(year, month, day).isoformat() if 1900 <= year <= 2100 else None
        except ValueError:
            return None
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        # No stated year: "4 min", "2 hours ago" or "March 3" would be read
        # relative to today, which is not when the article was published.
        return None
    try:
        data = _PARSER.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    when: datetime | None = data.date_obj
    if when is None or not 1900 <= when.year <= 2100:
        return None
    if data.period == "year":
        return f"{when.year:04d}"
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def resolve_month_day(text: str, anchor: str | None) -> str | None:
    """A month-and-day without a year ("March 3") placed in the year of the
    anchor date, or the year before when that would put it in the future by
    more than a month (a January article speaking of "December 30")."""
    if not anchor or len(anchor) < 7:
        return None
    base = datetime(int(anchor[:4]), int(anchor[5:7]), int(anchor[8:10]) if len(anchor) == 10 else 1)
    when = dateparser.parse(text, languages=["en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                      "REQUIRE_PARTS": ["month", "day"]})
    if when is None:
        return None
    if (when - base).days > 31:
        when = when.replace(year=when.year - 1)
    return when.date().isoformat()


# -- the time words a sentence names -----------------------------------------------
# One list for every stage: the claims reader resolves weekdays with it, and
# corroborate reads the months and weekdays an undated sentence names with it
# (corroborate/events.py, statements.py), so that the two never disagree on
# what a time word is.

MONTH_NAMES = ("January February March April May June July August September October "
               "November December").split()
WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: A month as written (capitalised, full or cut: "Dec."), with the day and
#: the year after it when given ("Dec. 3", "Sept. 23, 2020", "May 2021").
MONTH_IN_TEXT = re.compile(r"(?<![\w-])" + MONTHS + r"(?![\w-])(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d))?"
                           r"(?:,?\s+((?:19|20)\d\d)(?!\d))?")
#: A year as written in an article's words, 1800 to 2099 ("in December 2003",
#: "the 1967 slayings"): found in running text, or a whole token that is one.
WRITTEN_YEAR = r"(?:1[89]|20)\d\d"
YEAR_IN_TEXT = re.compile(rf"\b{WRITTEN_YEAR}\b")
IS_YEAR = re.compile(rf"^{WRITTEN_YEAR}$")
#: A weekday as written, capitalised.
WEEKDAY_IN_TEXT = re.compile(r"\b(?:%s)\b" % "|".join(WEEKDAY_NAMES))
#: "May" is a month before a number or after a preposition of time; else
#: mostly the verb ("May God bless…", "the deal may fall").
_MAY_MONTH = re.compile(r"\b(?:in|of|by|since|until|early|late|mid-?|last|next|this)\s*$")


def months_named(sentence: str) -> list[re.Match[str]]:
    """The months a sentence names (:data:`MONTH_IN_TEXT`: group 1 the day,
    group 2 the year when given), "May" only as a month."""
    return [m for m in MONTH_IN_TEXT.finditer(sentence)
            if not m.group(0).startswith("May") or m.group(1) or m.group(2)
            or _MAY_MONTH.search(sentence[:m.start()])]


def weekdays_named(sentence: str) -> list[re.Match[str]]:
    """The weekdays a sentence names, as written."""
    return list(WEEKDAY_IN_TEXT.finditer(sentence))


def month_number(text: str) -> int:
    """1-12 for a month's name, full or cut ("Dec.", "Sept"), as written."""
    return next(n for n, name in enumerate(MONTH_NAMES, 1) if text[:3] == name[:3])
