"""Figures: numbers with what they count and the bounds their wording allows.

Steps for each parsed sentence:
1. find runs of numerals and number words ("1.2 million", "three dozen",
   "tens of thousands"), with a currency before or a unit after;
2. refuse what is not a figure: years, calendar dates, clock times, ages used
   as descriptions, numbers inside names, page furniture, phone and street
   numbers, a bare "one";
3. read the bounds from the words before it ("more than", "nearly", "about") or
   a range ("between X and Y", "two or three");
4. find the subject, the thing counted, from the dependency parse
   (:mod:`crosscheck.claims.figure_subjects`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from crosscheck.claims.figure_ages import extract_ages
from crosscheck.claims.figure_bounds import a_forecast, bounds, qualifier_before, since_a_level
from crosscheck.claims.figure_forms import (extract_fractions, extract_pairs, extract_tallies, fraction_at,
                                            words_of)
from crosscheck.claims.figure_multiples import extract_doublings, extract_halves, extract_multiples
from crosscheck.claims.figure_names import in_address, in_name, numbers_a_name
from crosscheck.claims.figure_ordinals import extract_ordinals
from crosscheck.claims.figure_subjects import LEVEL_VERBS, noun_phrase, subject_of
from crosscheck.claims.nlp import lemma
from crosscheck.claims.numbers import (DURATION_SINGULAR, DURATIONS, PLURAL_SCALES, SCALES,
                                       WORDS_BETWEEN, parse_numeral, parse_words, roundness,
                                       word_value)
from crosscheck.models import Figure, Qualifier

# v2: read from one parse of the whole article (nlp.py) instead of parses of
# single sentences, and with POS from the dependency labels too; same rules.
# v3: a count written "2,000" is never a year; v4: ages, vote tallies and
# halving (figure_forms.py), and the count a verb reaches ("claims reached
# 348,000") or a partitive names ("Of the 71 miners, 12 remain trapped").
# v5: ordinals ("the 81st Academy Awards"); verb lemmas read without the
# lemmatizer, which the claims pass does not run ("dies at 91", "halve").
# v6: vague quantities ("thousands of migrants") as the span of their order
# (1,000 to a million), not "at least 2,000"; fractions of a point
# ("three-quarters of a percentage point", once read as three quarters of a
# year); "a pair of"; durations with a word between ("four consecutive
# days"); ages of "she was 85" and of a name the model did not tag; ranks
# of superlatives ("the third-biggest weekend"); what "down from 5.2%" and
# "rose back to 8.58%" measure; multiples ("twice a day", "married three
# times", "twice as likely"); "he" and "she" as the person named last before.
# v7: a range whose second number repeats the currency ("$145 million to
# $175 million"); no verb of saying or showing in a subject ("Data showed
# 373,000 Americans filed" gave "americans filed showed"), nor an irregular
# past whose object is counted ("the gang drove two cars" gave "cars drove"),
# nor the second half of a tally or score ("a 9-0 decision" gave 0 decisions).
# v8: each figure carries its label and the unit of measure written after
# its number (claims/figure_labels.py), read from this pass's parse: the
# corroborator parsed those sentences again (12 % of a run's CPU); the same
# figures and claim ids otherwise.
# v9: "she was 85" is the age of a name the tagger read as an organisation
# when the roles reader takes it for a person ("Bettie Page", tagged ORG,
# named "Page" further on); a ratio given as a whole multiple ("twice as
# likely") is read "about" it (figure_multiples.RATIO_ROUNDING), a count of times
# ("married twice") stays exact.
# v10: numbers inside names and addresses refused where the recognizer did
# not tag the name ("1619 Project", "60 Minutes", "40 East 5th Ave", "the
# 3400 block of", "5 a. m."; figure_names.py), and ordinals that number a
# street or a court ("5th Ave", "2nd U.S. Circuit"); "rose by 29,000 to
# 348,000" is a change and a level, not a range, after any verb of change
# and "by" (while "fell by 5 to 10 percent" stays a range: RANGE_MAX_RATIO),
# and "revised higher by 88,000 jobs to 938,000" reads the level.
# v15: "a four-decade high" (a word beginning like a month's name, "decade",
# is no month); a share left without its noun after "and" ("6% unemployment
# and the 3.6% we have today"); the rank of a run ("the second-straight
# month"); "the sixth week of pregnancy" as five to six weeks into it; "the
# 20th anniversary" as 20 years; "for a week" as one week; an amount no noun
# names known by its verb ("to spend another $3.5 trillion").
# v16: a number with no counted noun measures what its clause names (issue
# 12): the subject of "be" ("the moving average was 394,500"), the noun it is
# "of" ("a peak of 904,000"), the object a verb of setting brings "to" it
# ("limit refugees to 15,000"), a level after "by"/"from" ("revised down by
# 1,000 to 405,000"), the subject up a complement or adverbial clause ("claims
# continued to fall to 473,000"); doubling and tripling ("doubles the risk").
# v17: a number printed with a space after its point or thousands separator
# read whole ("$368. 0 million", "100, 000 people": ECB+), and "59 - year
# old" as an age (figure_ages.py); a count set off by a comma restates the plural noun of its
# clause ("fewer jobs than expected in April, just 266,000"); a verb that sets
# a ceiling gives at most its number ("limit refugees to 15,000"); the years
# since a level ("a 40-year high", "a four-decade low") and a forecast
# ("economists had called for 360,000 applications") read within their
# rounding, as written; points hyphenated before a noun are the unit ("a
# 75-basis-point move", once 75 of "basis").
EXTRACTOR = "figures.v17"

CURRENCIES = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD", "a$": "AUD"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "pound": "GBP", "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR"}

# Words before a number that say it is a label, not a quantity ("page 3",
# "flight 370", "No. 10").
_LABELS = {"page", "pages", "photo", "image", "slide", "chapter", "episode", "season", "no.",
           "number", "#", "vol.", "volume", "issue", "part", "step", "figure", "table", "item",
           "line", "room", "gate", "platform", "route", "channel", "exit", "apartment", "suite",
           "unit", "flight", "section", "article", "title", "amendment", "highway", "interstate",
           "district", "ward", "precinct", "level", "grade", "category", "phase", "week"}
# A month's name or its abbreviation, whole: any word beginning with one
# ("decade", "market", "mayor") read as a month once refused "a four-decade
# high", which the recognizer tags a DATE.
_MONTHS = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                     r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                     r"(?:\.|\b)", re.I)
_WEEKDAYS = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)



def _is_number_token(tok: Token) -> bool:
    return _is_number_word(tok.lower_)


def _is_number_word(t: str) -> bool:
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
            and not (i > sent.start and _MONTHS.fullmatch(doc[i - 1].text)))


def _number_run(sent: Span, i: int) -> tuple[int, float, str, bool] | None:
    """From token index ``i`` (in ``sent.doc``): (end index, value, written mantissa, plural scale)."""
    doc = sent.doc
    end = i
    words = []
    while end < sent.end and _is_number_token(doc[end]):
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


def _scale_run(sent: Span, at: int, factor: float, mantissa: str) -> tuple[int, float, str, bool] | None:
    """A scale word or a run of them from ``at`` ("million", "hundred thousand")
    times ``factor``: (end index, value, written mantissa, False). spaCy gives
    no value to a scale alone, and _number_run reads none without a number before it."""
    doc = sent.doc
    end, value = at, factor
    while end < sent.end and doc[end].lower_ in SCALES:
        value *= SCALES[doc[end].lower_]
        end += 1
    return (end, value, mantissa, False) if end > at else None


def _after_half(sent: Span, i: int) -> int | None:
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


def _vague_bounds(sent: Span, start: int, value: float) -> tuple[float, float]:
    """(low, high) of a vague quantity whose least value is ``value`` (two of its order)."""
    first = sent.doc[start].lower_
    return value, value / 2 * _VAGUE_REACH.get(first, _ORDER_REACH)


def _unit_after(sent: Span, end: int) -> tuple[str | None, int, bool]:
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
    hyphen = 1 if nxt[0] == "-" else 0
    if nxt[0] in WORDS_BETWEEN and len(nxt) > 1 and nxt[1] in DURATIONS:
        hyphen = 1  # "four consecutive days", "two more weeks": the word between is skipped
    if len(nxt) > hyphen and nxt[hyphen] in DURATIONS:
        word = nxt[hyphen]
        rest = nxt[hyphen + 1:]
        if rest[:2] == ["-", "old"] or rest[:1] == ["old"]:
            return None, end, True
        unit = DURATION_SINGULAR.get(word, word.rstrip("s"))
        return unit, end + hyphen + 1, False
    return None, end, False


# "a week" is one week after a word that makes it a span: "for a week",
# "within a day", "more than a year". Elsewhere it is a rate or a date:
# "twice a week", "a week ago", "a week after the vote".
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_BEFORE_ONE_SPAN = frozenset({"for", "within", "than", "nearly", "almost", "about", "least"})
# ... and a date when a word after it makes it a point in time: "lower than
# a month ago" ("for a week after the post" stays a span).
_DATING = frozenset({"ago", "earlier", "later", "prior"})

def _entity_text(doc: Doc, i: int) -> str:
    """The text of the entity token ``i`` is part of, "" when none: the span
    ``Doc.ents`` gives, found from the tokens' IOB marks (``Doc.ents`` makes a
    Span of every entity of the article on each call: 1,392 calls took 1.6 s
    of a cProfile of 200 Baly articles)."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return ""
    begin, end = i, i + 1
    while begin > 0 and doc[begin].ent_iob_ == "I":
        begin -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[begin:end].text


def _refused(sent: Span, start: int, end: int, value: float, unit: str | None,
             currency: bool) -> bool:
    """True when the number at [start, end) is not a figure (see module docstring)."""
    doc = sent.doc
    first, last = doc[start], doc[end - 1]
    before = doc[start - 1] if start > sent.start else None
    after = doc[end] if end < sent.end else None
    ent = first.ent_type_
    if ent in ("DATE", "TIME"):
        ent_text = _entity_text(doc, start)
        if _MONTHS.search(ent_text) or _WEEKDAYS.search(ent_text) or re.search(r"\b1[89]\d\d|20\d\d\b", ent_text):
            return True
        if unit is None or unit not in {u.rstrip("s") for u in DURATIONS}:
            if not currency and unit not in ("percent", "percentage point", "basis point"):
                return True
    elif ent and ent not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return True
    # A year is written without a thousands separator: "2,000 people" is a count.
    if (re.fullmatch(r"1[89]\d\d|20\d\d", first.text) and end == start + 1 and not currency
            and unit not in ("percent", "percentage point", "basis point")):
        return True
    if before is not None and before.lower_ in ("aged", "age", "ages"):
        return True
    if before is not None and (before.lower_ in _LABELS or before.text == "#"):
        return True
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        return True
    if after is not None and after.lower_ == "times":
        return True  # "married three times", "2.34 times greater odds": multiples (figure_multiples.py)
    if after is not None and after.text in ("-", "–") and end + 1 < sent.end \
            and doc[end + 1].lower_ in ("half", "quarter", "quarters", "third", "thirds"):
        return True  # "three-quarters of voters": a fraction, not three quarters of a year
    if after is not None and after.text in ("-", "–", "/", ":") and end + 1 < sent.end \
            and (doc[end + 1].like_num or doc[end + 1].lower_.startswith("to-")) and unit is None:
        return True  # scores and tallies ("218-to-210"), phone numbers, clock times, fractions
    if before is not None and before.text in ("-", "–") and start - 2 >= sent.start \
            and unit is None and not currency:
        first_half = parse_numeral(doc[start - 2].text)
        if first_half is not None and first_half >= value:
            return True  # "a 9-0 decision", "won 102-99": the second half of a tally or score
    if after is not None and [doc[k].lower_ for k in range(end, min(end + 2, sent.end))] in (
            ["and", "older"], ["or", "older"]):
        return True  # "people 65 and older": an age (figure_ages.py)
    if after is not None and (after.lower_ in ("a.m.", "p.m.", "am", "pm", "o'clock") or (
            after.lower_ in ("a.", "p.") and end + 1 < sent.end and doc[end + 1].lower_ == "m.")):
        return True  # a clock time, also as some sources space it ("5 a. m.")
    if in_address(sent, start, end) or in_name(sent, start, end, unit, currency):
        return True  # "40 East 5th Ave", "the 1619 Project", "60 Minutes" (figure_names.py)
    if last.lower_ == "one" and unit is None and not currency:
        return True  # "one of the biggest ports", "one senior insider": a determiner
    head = last.head
    if unit is None and not currency and head.pos_ == "PROPN" and head.i < start \
            and not any(doc[k].text == "," for k in range(head.i + 1, start)):
        # "Title 42", "Boeing 737", "Jan. 6"; not a count set off after a
        # name by a comma ("fewer jobs than expected in April, just 266,000")
        return True
    return False


# Verbs of change: "X to Y" after one is a change of X and the level Y it
# reached ("claims rose by 29,000 to 348,000"), or a range of the change
# ("sales fell by 5 to 10 percent"); _change_then_level tells which.
_CHANGE_VERBS = LEVEL_VERBS | frozenset("""revise raise lower cut reduce lift boost gain add lose
shed slash""".split())
_DIRECTIONS = frozenset({"up", "down", "higher", "lower"})
# The bounds of a range said of a change are within a few times each other:
# in the 8,000 Baly and the AllSides dev articles, "verb (by) X to Y" with no
# unit after X was a range up to Y = 2.5 X ("gained 15 to 18 points", "went
# up by 30 to 50 percent", "picks up 20 to 50 bodies"), and a change then a
# level from 11 X up ("rose by 37,000 to 412,000", "revised down 2,000 to
# 5,506,500"), but for one change of 324,718 to 505,137.
RANGE_MAX_RATIO = 4.0
# ... which the number of digits tells apart: the ends of a range are
# estimates, rounded ("2.25 to 2.50"), while a level is often reported to
# the unit ("505,137").
RANGE_MAX_DIGITS = 3


def _after_a_change(sent: Span, start: int) -> bool:
    """The number at ``start`` follows a verb of change, directly ("dropped
    29,000"), through "by" ("rose by 29,000", "revised higher by 88,000") or
    an adverb of direction ("down 29,000")."""
    if start <= sent.start:
        return False
    before = sent.doc[start - 1]
    if before.lower_ in _DIRECTIONS:
        return True
    if before.lower_ == "by":
        before = before.head
        if before.lower_ in _DIRECTIONS and before.head.pos_ in ("VERB", "AUX"):
            before = before.head
    return before.pos_ in ("VERB", "AUX") and lemma(before) in _CHANGE_VERBS


def _significant_digits(written: str) -> int:
    return len(re.sub(r"\D", "", written).strip("0"))


def _change_then_level(low: float, low_written: str, high: float, high_written: str) -> bool:
    """"X to Y" after a verb of change is a change then a level, not a range
    (see RANGE_MAX_RATIO): Y is many times X, or either is written to more
    digits than an estimate is."""
    return (high >= RANGE_MAX_RATIO * low
            or max(_significant_digits(low_written), _significant_digits(high_written)) > RANGE_MAX_DIGITS)


def extract_figures(sent: Span) -> list[Figure]:
    """Figures of one parsed sentence (a span whose tokens carry dependency labels)."""
    doc = sent.doc
    lower = words_of(sent)[1]  # strings, not a new Token per look (figure_forms.words_of)
    out: list[Figure] = []
    i = sent.start
    while i < sent.end:
        word = lower[i - sent.start]
        start = i
        # A scale written without digits is a round figure: "a dozen
        # ambulances" is about 12, as "about 12" is, and not the "12 miners"
        # another sentence of the story counts.
        spelled = False
        if word in ("a", "an") and i + 1 < sent.end and lower[i + 1 - sent.start] in SCALES:
            run = _scale_run(sent, i + 1, 1.0, "1")  # "a million people", "a dozen eggs"
            spelled = True
        elif word in ("a", "an") and i + 1 < sent.end and i > sent.start \
                and lower[i + 1 - sent.start] in _SPAN_UNITS \
                and lower[i - 1 - sent.start] in _BEFORE_ONE_SPAN \
                and not (i + 2 < sent.end and lower[i + 2 - sent.start] in _DATING):
            run = (i + 1, 1.0, "1", False)  # "suspended for a week": one week, as "seven days"
        elif word == "half" and (at := _after_half(sent, i)) is not None:
            run = _scale_run(sent, at, 0.5, "0.5")  # "half a million", "another half billion"
            spelled = True
        elif (fraction := fraction_at(sent, i)) is not None:
            i = fraction[2]  # read by extract_fractions
            continue
        elif _is_number_word(word) and not (i > sent.start
                                            and _is_number_word(lower[i - 1 - sent.start])):
            run = _number_run(sent, i)
        else:
            run = None
        if run is None:
            i += 1
            continue
        end, value, mantissa, plural = run
        currency = None
        if start > sent.start and doc[start - 1].lower_ in CURRENCIES:
            currency = CURRENCIES[doc[start - 1].lower_]
        unit, unit_end, age = _unit_after(sent, end)
        i = max(end, unit_end)
        if age or _refused(sent, start, end, value, unit, bool(currency)):
            continue
        unit = currency or unit
        q_start = start - 1 if currency else start
        qualifier: Qualifier = "range" if plural else qualifier_before(sent, q_start)
        if spelled and qualifier == "exact":
            qualifier = "about"
        step = roundness(mantissa, value / (parse_numeral(mantissa) or value or 1.0)) if mantissa else 1.0
        low, high = _vague_bounds(sent, start, value) if plural else bounds(value, qualifier, step)
        if qualifier == "exact" and (since_a_level(sent, unit, unit_end) or a_forecast(sent, q_start)):
            # Read within its rounding, as "about" it is; the qualifier stays
            # what the outlet wrote, so that "a 40-year high" and "a 40-year
            # high" still agree, and a note shows the number as written.
            low, high = bounds(value, "about", step)
        # Ranges: "between 2.25 and 2.50 percent", "two or three quarters", "10 to 20".
        link = doc[end].lower_ if end < sent.end else ""
        before = doc[q_start - 1].lower_ if q_start > sent.start else ""
        if before in ("near", "nearly", "about", "around", "roughly", "almost") \
                and q_start - 1 > sent.start and doc[q_start - 2].lower_ == "from":
            before = "from"  # "from near zero to 2.25%": a change, not a range
        change = link == "to" and _after_a_change(sent, q_start)
        # "$145 million to $175 million": the second number may repeat the currency.
        at = end + 1
        if currency and at + 1 < sent.end and CURRENCIES.get(doc[at].lower_) == currency:
            at += 1
        level = None  # where the level is, after a change ("rose by 29,000 to 348,000")
        if link in ("and", "or", "to") and at < sent.end and before != "from" \
                and (link != "and" or before == "between") and _is_number_token(doc[at]):
            second = _number_run(sent, at)
            if second and second[1] > value and change \
                    and _change_then_level(value, mantissa, second[1], doc[at].text):
                level = (at, second[0])
            elif second and second[1] > value:
                unit2, unit2_end, _ = _unit_after(sent, second[0])
                unit = currency or unit2 or unit
                qualifier, low, high = "range", value, second[1]
                i = max(second[0], unit2_end)
                end = second[0]
        subject = subject_of(sent, start, end, unit if not currency else None, bool(currency))
        if not subject and level is not None:
            # The parser may read "29,000 to 348,000" as one range, with the
            # change hanging on the level: the change is of what reached it.
            subject = subject_of(sent, level[0], level[1], unit if not currency else None, bool(currency))
        if not subject:
            continue
        out.append(Figure(subject=subject, value=value, low=low, high=high,
                          qualifier=qualifier, unit=unit))
    return (out + extract_ages(sent) + extract_tallies(sent) + extract_halves(sent, noun_phrase)
            + extract_ordinals(sent, noun_phrase, numbers_a_name) + extract_pairs(sent, noun_phrase)
            + extract_multiples(sent, noun_phrase, lambda i: qualifier_before(sent, i))
            + extract_doublings(sent, noun_phrase, lambda i: qualifier_before(sent, i))
            + extract_fractions(sent, lambda start, end, unit: subject_of(sent, start, end, unit, False)))
