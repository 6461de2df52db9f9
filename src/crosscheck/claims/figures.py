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

Step 1 is :mod:`.figure_runs`, step 2 :mod:`.figure_refusals`, step 3
:mod:`.figure_bounds` and :mod:`.figure_ranges`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosscheck.claims.figure_ages import extract_ages
from crosscheck.claims.figure_bounds import a_forecast, bounds, qualifier_before, since_a_level
from crosscheck.claims.figure_forms import (extract_fractions, extract_pairs, extract_tallies, fraction_at,
                                            words_of)
from crosscheck.claims.figure_multiples import extract_doublings, extract_halves, extract_multiples
from crosscheck.claims.figure_magnitudes import MAGNITUDE, glued_magnitudes, is_a_magnitude
from crosscheck.claims.figure_names import numbers_a_name
from crosscheck.claims.figure_ordinals import extract_ordinals
from crosscheck.claims.figure_parallels import beside_the_previous
from crosscheck.claims.figure_polls import MARGIN_OF_ERROR, margin_of_error
from crosscheck.claims.figure_records import extract_records
from crosscheck.claims.figure_ranges import (after_a_change, change_then_level, hyphen_range,
                                            shares_the_scale)
from crosscheck.claims.figure_refusals import refused
from crosscheck.claims.figure_shares import extract_shares, in_a_ratio
from crosscheck.claims.figure_runs import (after_half, is_number_token, is_number_word, number_run,
                                           scale_after, scale_run, signed_share_run, unit_after,
                                           vague_bounds)
from crosscheck.claims.figure_states import toll_state
from crosscheck.claims.figure_phrases import noun_phrase
from crosscheck.claims.figure_subjects import subject_of
from crosscheck.claims.numbers import SCALES, parse_numeral, roundness
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
# and "by" (while "fell by 5 to 10 percent" stays a range: figure_ranges.py),
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
# v18: a share written with its sign ("GDP printed -0.9%") keeps the sign
# (figure_runs.signed_share_run); a level a verb reaches is of what reached it
# ("claims ... after reaching a peak of 904,000": "initial jobless claims
# peak", not "peak"; figure_subjects._reached_by).
# v19: a total a verb brings to a number counts what it totals ("bringing the
# total number of candidates to 24": "candidates", not "number bringing";
# "Five more firefighters tested positive, bringing the total to 19":
# "firefighters"; figure_subjects._totalled); an age at death is of whoever
# died, not of a person named in the words describing them ("John Warner,
# the former Navy secretary who was once married to Elizabeth Taylor, has
# died at 94"; figure_ages._who_died).
# v20: a range that writes its scale once reads it for both ends ("between
# $140 and $150 million": 140 to 150 million, once 140 to 150 million
# dollars; "18 to 23 million people"; a level "from 5.1 to 5.4 million"),
# and a range of sums or scaled counts written with a hyphen is a range
# ("300-600 million tons", once 600 million; "$250,000-300,000"), not a
# tally (figure_ranges.py; 30 such ranges in the AllSides, Baly, ECB+ and
# recession texts, 27 misread); a count a toll names by its state alone is
# read ("Two people were killed and 116 injured", "with 121 still missing":
# figure_states.py; 222 in those texts, 39 of a sample of 60 were dropped),
# and so is a count a verb of a toll takes as its object ("killing 12 and
# wounding 48 others": 67 in those texts, 40 of 40 sampled dropped).
# v21 (issue 12, the forms dev3 and dev4 left unread, counted across the
# AllSides, Baly, ECB+ and recession texts): "N years old" is an age (190,
# none read: "the congregation is about 30 years old"), and so is what a
# named person turns or will be ("Steward, who turned 68 on Saturday",
# "Teixeira will be 29 in April"; figure_ages.py); a scale hyphenated to a
# sum or glued on after a spaced point is read with it ("$137-million",
# "£1. 7m", "2m euros": 28, once read "$137", "£1.7"; figure_runs.scale_after);
# a vague quantity reaches down to its order ("thousands" from 1,000, not
# 2,000: what the gold writes and a reader takes it for); a part "of" a
# whole written in numbers counts what the whole does ("landing 178 of 369
# punches": punches, once unread; "30 of the 80 wounded remained": "wounded
# remained", once "80 wounded"; 138 such parts in those texts); a win-loss
# record is read as one ("Klitschko (52-3, 46 KOs)", "a 43 - 39 record",
# "fell to 36 - 3": figure_records.py), once refused as a tally or score.
# v22 (issue 12, counted in the AllSides, Baly, ECB+ and recession texts): a
# word sizing a length before its number is no part of its unit ("a good 10
# feet": "feet", once "good feet", which the corroborator read as no length;
# figure_subjects._sizing); an "N-year-old" is the age of the name "old"
# modifies, however the tagger reads it ("The 32-year-old Klitschko ...
# Rahman", once Rahman's; figure_ages._described_name); a record after a
# name tagged NORP ("Klitschko (52-3, 46 KOs)"); "N seasons" and "N nights"
# are durations (55 in those texts, once refused as dates); "$160MM" is $160
# million.
# v23 (issue 12, counted on dev-dev6): an adjective between a number and its
# unit of time ("two horrific nights", "eight tumultuous years"; 48 in those
# texts) is skipped as "consecutive" is; a reported clause the parser left
# without a subject takes the object of its verb of saying ("Kroon said the
# church, which ..., is about 30 years old": figure_ages); a share of no noun
# that says or holds a view counts a poll's respondents ("Fifty-seven percent
# said so": figure_polls.py).
# v24 (issue 12): a duration of no noun is known by its unit's plural as
# English writes it ("two centuries": "centuries", once "centurys"); a second
# value of no noun set beside the sentence's previous one, of its unit,
# counts what that one counts ("699.57 state delegate equivalents, versus
# 695.49 for Sanders": figure_parallels.py); "N times the X" is a ratio to
# the level X names ("more than five times the legal limit": figure_multiples).
# v25 (issue 12): an age given by its decade of life is a range ("who was in
# her 60s", "a man in his early twenties": figure_ages._decade_ages); "the
# 68-year-old" alone is the person named before; a poll's margin of error is
# read as one ("plus or minus 4 percentage points": figure_polls); a quake's
# magnitude is one subject however written ("a 5.6 quake", "magnitude-5.6",
# "5.6 on the Richter scale": figure_magnitudes).
# v26 (issues 12 and 15): a number that counts the people the report rests
# on is no figure ("according to three people familiar with the meeting",
# "five anonymous sources": figure_refusals.counts_the_sources; 10 of the
# 3,341 figures of 400 Baly articles, each read: all source counts).
# v27 (issue 15's notes): an ordinal before "amendment" numbers it, capitalised
# or not ("the 25th amendment": figure_names); "a thing or two", "a day or
# two" is a few, no count (figure_refusals).
# v28 (issue 15's notes): "until age 26", "children under age 5" is a limit
# a rule sets, no one's age (figure_ages._AGE_LIMITS).
# v29 (issue 15's notes): "one day" as some day ("One day you wake up …",
# "will one day lead") is no duration; "for one day", "one day later", "one
# day of talks", "spent one day" stay (figure_refusals._one_day_some_day).
# v30 (issue 15's notes): a set phrase of politics a number opens ("the
# two-state solution", "a two-party system", "the three-strikes law") names
# a policy, no count (figure_refusals._names_a_policy).
# v32 (issues 12 and 15): a share of a group written in words is a
# percentage ("seven in 10 Americans", "two-thirds of voters", "half of
# Americans": figure_shares.py), and the terms of its ratio count nothing;
# "not more than" is at most, as "no more than" is (figure_bounds); "the
# No. 2 House Democrat" is a rank (figure_refusals).
# v33 (issue 12): one age given for two people named before it ("Tom
# Tennant and William Hakim, both 51,": figure_ages._shared_ages) is each
# one's; a number the tagger marked a DATE alone before a plural noun that
# is no unit of time counts it ("a remarkable 46 wins":
# figure_refusals._a_count_tagged_a_date).
# v34 (issue 12): a plural in "-men" the tagger called a singular proper
# noun is counted ("Four Guardsmen and seven Marines died":
# figure_names._plural_in_men); a model's name with its number counts the
# plural it is a kind of ("seven AK-47 assault rifles": rifles).
# v35 (issue 12, stop 44): a bare number after "at" is the level of an amount
# a verb of placing sets ("officials put the death toll at 13", "caps the
# number of refugees at 50,000": figure_subjects._SETTING_AT_VERBS); a time or a
# place after "at" is not ("set the meeting at 10"). Claims gate unchanged
# (figures P 0.912 R 0.886); facts dev6 one figure more extracted. Reverted
# once, since such a level was given the source of the sentence's first speech
# verb ("The company says 12 remain trapped; the union puts the number at 13":
# the company's), which lost the sample's 12-or-13 dispute (findings conflict
# recall 1.0 -> 0.75); kept since attribution.v18 gives it its placer
# (clause_sources.placed_by).
# v36 (issue 12, stop 46): a number hyphened to "strong" counts the noun
# after it ("the 14,000-strong U.S. military contingent":
# figure_subjects._strong); "12 strong men" is left alone.
# v37 (stop 46): a figure in a relative clause of a thing ("which", "that")
# counts the noun the clause hangs on ("The federal minimum wage, which
# currently stands at $7.25": figure_phrases.clause_subject); a measure before
# a participle measures the noun after it ("at a 2.6 percent annualized rate").
# v38 (stop 46): a small number after a copula counts its subject when the
# subject is an amount noun; "range in age from A to B" is an age range
# (figure_ages).
# v39 (stop 46): a fraction written as one character is read ("2½ years":
# numbers._VULGAR_FRACTIONS).
# v40 (stop 46): a relative clause of a person ("who") is read as before v37:
# the parser hangs it on the nearest noun.
# v41 (issue 12, stop 47): a dollar with its country after the sign ("$US1
# million", "$A300 million") and the bound before "US $"; a win-loss record
# after "to" that a clause goes on from, of a person named, or the record
# itself taken to it, and after a name the recogniser left untagged ("the
# 33-year-old Pukall (14-13-2)"); a number tagged a place or a body alone
# before a plural noun counts it ("the 288 candidates"), not a product's nor
# one after a maker's name; a model's name tagged a number ("seven AK-47
# rifles"); "from 52 to 51" tagged a DATE whole is a change. Claims gate
# unchanged (figures P 0.912 R 0.886); facts dev3 0.5794 -> 0.5841, dev4
# 0.4438 -> 0.4551.
EXTRACTOR = "figures.v41"

CURRENCIES = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD", "a$": "AUD"}

# "a week" is one week after a word that makes it a span: "for a week",
# "within a day", "more than a year". Elsewhere it is a rate or a date:
# "twice a week", "a week ago", "a week after the vote".
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_BEFORE_ONE_SPAN = frozenset({"for", "within", "than", "nearly", "almost", "about", "least"})
# ... and a date when a word after it makes it a point in time: "lower than
# a month ago" ("for a week after the post" stays a span).
_DATING = frozenset({"ago", "earlier", "later", "prior"})


# "MM" in capitals glued to a sum is a million in a finance writer's hand
# ("an eight-year, $200MM deal", "the Nationals at eight years, $160MM"): 5
# such sums in the AllSides, Baly, ECB+ and recession texts, all unread. Only
# after a currency sign: "a 9mm handgun", "5.56mm rifles" are millimetres (9
# in those texts).
def _millions_mm(sent: Span, i: int) -> tuple[int, float, str, bool] | None:
    """(end, value, mantissa, False) of a sum written "$160MM" at token ``i``."""
    text = sent.doc[i].text
    if not text.endswith("MM") or i <= sent.start or sent.doc[i - 1].lower_ not in CURRENCIES:
        return None
    value = parse_numeral(text[:-2])
    return None if value is None else (i + 1, value * 1e6, text[:-2], False)


# A dollar written with its country after the sign, as Australian and Asian
# papers print it ("estimated at $US1 million", "$A300 million"): the
# tokenizer splits off the sign and glues the country to the number ("US1"),
# which no number reader took for one, so the sum went unread (ECB+: "Damage
# to the church was estimated at $US1 million", beside twelve outlets'
# "$1 million"). Only right after a dollar sign: "US1" elsewhere is a road.
_COUNTRY_DOLLARS = {"us": "USD", "a": "AUD", "c": "CAD"}
_COUNTRY_NUMBER = re.compile(r"^(US|A|C)(\d[\d,]*(?:\.\d+)?)$")


def _country_dollars(sent: Span, i: int) -> tuple[tuple[int, float, str, bool], str] | None:
    """((end, value, mantissa, False), currency) of a sum written "$US1" at token ``i``."""
    doc = sent.doc
    m = _COUNTRY_NUMBER.match(doc[i].text)
    if m is None or i <= sent.start or doc[i - 1].text != "$":
        return None
    value = parse_numeral(m.group(2))
    if value is None:
        return None
    run = scale_run(sent, i + 1, value, m.group(2)) or (i + 1, value, m.group(2), False)
    return run, _COUNTRY_DOLLARS[m.group(1).lower()]


def extract_figures(sent: Span) -> list[Figure]:
    """Figures of one parsed sentence (a span whose tokens carry dependency labels)."""
    return [figure for figure, _ in figures_at(sent)]


def figures_at(sent: Span) -> list[tuple[Figure, int | None]]:
    """The figures of :func:`extract_figures`, each with the index (in
    ``sent.doc``) of its number's first token, so that a figure's own source
    can be read from the clause its number stands in
    (:mod:`crosscheck.claims.clause_sources`); None for the forms read apart
    (ages, tallies, records, multiples, fractions, shares ...), whose source
    is the sentence's."""
    doc = sent.doc
    lower = words_of(sent)[1]  # strings, not a new Token per look (figure_forms.words_of)
    out: list[Figure] = []
    starts: list[int] = []
    i = sent.start
    while i < sent.end:
        word = lower[i - sent.start]
        start = i
        # A scale written without digits is a round figure: "a dozen
        # ambulances" is about 12, as "about 12" is, and not the "12 miners"
        # another sentence of the story counts.
        spelled = False
        dollars = None
        if word in ("a", "an") and i + 1 < sent.end and lower[i + 1 - sent.start] in SCALES:
            run = scale_run(sent, i + 1, 1.0, "1")  # "a million people", "a dozen eggs"
            spelled = True
        elif word in ("a", "an") and i + 1 < sent.end and i > sent.start \
                and lower[i + 1 - sent.start] in _SPAN_UNITS \
                and lower[i - 1 - sent.start] in _BEFORE_ONE_SPAN \
                and not (i + 2 < sent.end and lower[i + 2 - sent.start] in _DATING):
            run = (i + 1, 1.0, "1", False)  # "suspended for a week": one week, as "seven days"
        elif word == "half" and (at := after_half(sent, i)) is not None:
            run = scale_run(sent, at, 0.5, "0.5")  # "half a million", "another half billion"
            spelled = True
        elif (fraction := fraction_at(sent, i)) is not None:
            i = fraction[2]  # read by extract_fractions
            continue
        elif (signed := signed_share_run(sent, i)) is not None:
            run = signed  # "printed -0.9%": a fall of 0.9%
        elif (millions := _millions_mm(sent, i)) is not None:
            run = millions  # "$160MM": $160 million
        elif (dollars := _country_dollars(sent, i)) is not None:
            run = dollars[0]  # "$US1 million": one million US dollars
        elif is_number_word(word) and not (i > sent.start
                                            and is_number_word(lower[i - 1 - sent.start])):
            run = number_run(sent, i)
        else:
            run = None
        if run is None:
            i += 1
            continue
        end, value, mantissa, plural = run
        currency = None
        if start > sent.start and doc[start - 1].lower_ in CURRENCIES:
            currency = CURRENCIES[doc[start - 1].lower_]
        if dollars is not None:
            currency = dollars[1]
        # "$137-million", "£1. 7m"; the parser reads a glued suffix ("7m") as
        # a word of its own, which no subject is found past.
        suffix = None
        if not plural:
            end, factor, glued = scale_after(sent, end, currency is not None)
            value *= factor
            suffix = end - 1 if glued else None
        unit, unit_end, age = unit_after(sent, end)
        i = max(end, unit_end)
        if age or refused(sent, start, end, value, unit, bool(currency)) \
                or (unit is None and not currency and in_a_ratio(sent, start, end)):
            continue
        unit = currency or unit
        q_start = start - 1 if currency else start
        if currency == "USD" and q_start - 1 > sent.start and doc[q_start - 1].text == "US":
            q_start -= 1  # "worth about US $160 million": the bound is before the country
        qualifier: Qualifier = "range" if plural else qualifier_before(sent, q_start)
        if spelled and qualifier == "exact":
            qualifier = "about"
        step = roundness(mantissa, abs(value / (parse_numeral(mantissa) or value or 1.0))) if mantissa else 1.0
        low, high = vague_bounds(sent, start, value) if plural else bounds(value, qualifier, step)
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
        change = link == "to" and after_a_change(sent, q_start)
        # "$145 million to $175 million": the second number may repeat the currency.
        at = end + 1
        if currency and at + 1 < sent.end and CURRENCIES.get(doc[at].lower_) == currency:
            at += 1
        level = None  # where the level is, after a change ("rose by 29,000 to 348,000")
        second = number_run(sent, at) if link in ("and", "or", "to", "-", "–") \
            and at < sent.end and is_number_token(doc[at]) else None
        if second and link in ("-", "–") and not hyphen_range(sent, second, bool(currency)):
            second = None  # "a 6-3 decision", "45-39 percent": a tally or a split
        if second and (link == "to" and before == "from"
                       or before != "from" and (link != "and" or before == "between")):
            # "between $140 and $150 million", and a level "from 5.1 to 5.4 million"
            scale = shares_the_scale(sent, start, end, value, second)
            value = value * scale
            low, high = (b * scale if b is not None else None for b in (low, high))
        if second and before != "from" and (link != "and" or before == "between"):
            if second[1] > value and change \
                    and change_then_level(value, mantissa, second[1], doc[at].text):
                level = (at, second[0])
            elif second[1] > value:
                unit2, unit2_end, _ = unit_after(sent, second[0])
                unit = currency or unit2 or unit
                qualifier, low, high = "range", value, second[1]
                i = max(second[0], unit2_end)
                end = second[0]
        subject = subject_of(sent, start, end - 1 if suffix == end - 1 else end,
                             unit if not currency else None, bool(currency))
        if margin_of_error(lower, q_start - sent.start):
            subject = MARGIN_OF_ERROR  # "a margin of error of plus or minus 4 points"
        elif not currency and is_a_magnitude(lower, start - sent.start, end - sent.start, value):
            subject = MAGNITUDE  # "a 5.6 magnitude earthquake", "measuring 5.6 on the Richter scale"
        if not subject and level is not None:
            # The parser may read "29,000 to 348,000" as one range, with the
            # change hanging on the level: the change is of what reached it.
            subject = subject_of(sent, level[0], level[1], unit if not currency else None, bool(currency))
        if not subject and unit is None and not currency:
            subject = toll_state(sent, end)  # "Two people were killed and 116 injured"
        if not subject and out and out[-1].unit == unit and beside_the_previous(sent, end):
            # "699.57 state delegate equivalents, versus 695.49 for Sanders":
            # the same measure, of another holder (figure_parallels.py).
            subject = out[-1].subject
        if not subject:
            continue
        out.append(Figure(subject=subject, value=value, low=low, high=high,
                          qualifier=qualifier, unit=unit))
        starts.append(start)
    apart = (extract_ages(sent) + extract_tallies(sent) + extract_records(sent)
             + extract_halves(sent, noun_phrase)
             + extract_ordinals(sent, noun_phrase, numbers_a_name) + extract_pairs(sent, noun_phrase)
             + extract_multiples(sent, noun_phrase, lambda i: qualifier_before(sent, i))
             + extract_doublings(sent, noun_phrase, lambda i: qualifier_before(sent, i))
             + extract_fractions(sent, lambda start, end, unit: subject_of(sent, start, end, unit, False))
             + glued_magnitudes(sent) + extract_shares(sent, noun_phrase))
    return list(zip(out, starts)) + [(figure, None) for figure in apart]
