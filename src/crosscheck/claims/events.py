"""Events: dated happenings, with the date resolved against publication.

A sentence holds an event when a date entity naming a day ("Sunday",
"yesterday", "Nov. 8", "June 22, 2021") hangs off a verb ("was arrested on
Tuesday"). Weekdays and yesterday/today/tomorrow are resolved by hand, since
the tense decides the direction: in an article of Wednesday 2025-03-12 "met on
Sunday" is 2025-03-09 and "will meet on Monday" is 2025-03-17. Dates with a
month are read by dateparser. Without a publication date a relative date has
no anchor and the event keeps ``date = None``. Dates that name a thing ("the
Jan. 6 riot") are left out: they modify a noun, not a happening.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

import dateparser
from spacy.tokens import Span, Token

from crosscheck.claims.nlp import lemma
from crosscheck.clean.dates import (MONTH_NAMES, MONTHS, WEEKDAY_NAMES, YEAR_IN_TEXT,
                                    months_named, weekdays_named)
from crosscheck.models import Event

# v2: read from one parse of the whole article (nlp.py) instead of parses of
# single sentences, and with POS from the dependency labels too; same rules.
# v3: "would" reads as the future ("workers would down tools on Wednesday").
# v4: each event keeps its tense, to resolve it later against an inferred date.
# v5: statements, undated: a sentence that says what happened or is so.
# v6: a day written as an ordinal is a date ("died on 6th June", "on August 30th").
# v7: no event from a date that names a thing inside a phrase ("the sequel to
# the Jan. 6 riot", "the siege of January 6, 2021"), from a date that is the
# sentence's subject ("September 12, 2001, was one of them") or from a page's
# timestamp line ("posted in Accidents on Friday, September 20, 2013").
# v8: a modal of the clause's own ("could make landfall on Sunday") reads the
# nearest day; "looking into the Jan. 6 attack" names a thing (only "on", "in",
# "at", "during", "of" a dated noun date the verb).
# v9: more statements (issue 12, event facts not extracted): a subject the
# parse hung on an opening phrase, a quotation woven into the narrator's clause
# or a question it quotes, and sentences of up to 80 words.
# v10: a part of a day after its weekday dates the verb ("announced Thursday
# morning that …"); a day after "since" opens a span and dates no happening
# ("unemployed since Aug. 1 will be exhausted next month").
# v11: each event keeps the time words of its sentence (``Event.when_text``), which
# the corroborator read from the sentence again; same events, same ids.
# v12: a weekday or a relative day in the possessive of a noun of a happening
# dates it ("Friday's report from the Labor Department showed …", issue 12:
# mentions of event facts no verb dated), resolved to the nearest such day.
# v13: more statements (issue 12: event mentions not extracted, counted by cause
# on dev-dev7, claims/event_statements.py): a sentence the tagger rooted on a
# noun holds its first verb with a tense whose subject is a noun or a name ("The
# heavily redacted document details how the hijackers had contact …"); an
# opening phrase's object right before a verb with a tense is its subject ("In
# the sixth Klitschko landed …"); a sentence naming no one, nowhere and no
# number that tells what someone did ("The driver fled the scene but was
# apprehended"), not what may be, a state or a view.
EXTRACTOR = "events.v13"

_WEEKDAYS = [d.lower() for d in WEEKDAY_NAMES]
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_MONTH_DAY = re.compile(
    r"\b" + MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"(?!\w)", re.I)
# British and spoken forms ("6th June", "the 6th of June", "August 30th"):
# dateparser is given the day without its ordinal ending and "of".
_ORDINAL_ENDING = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\s+", re.I)
# "would" is the future of reported speech ("the union said workers would down
# tools on Wednesday"): news uses it of what is still to come, and resolving
# its weekday backwards dated a strike before the article announcing it.
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "would"}
# Nouns a date may qualify and still say when something happened ("on the
# night of Jan. 6", "Sunday afternoon"): parts of a day, not things named.
_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "weekend", "week", "noon",
               "midnight", "dawn", "hours", "hour", "overnight", "date"}
# The parts of a day a weekday may qualify ("Thursday morning"): the
# weekday still dates the verb that holds them.
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "overnight"}
# The verbs of a page's timestamp line ("Posted in Accidents on Friday,
# September 20, 2013", "Updated Tue March 3, 2020"): said with no subject, they
# date the page, not a happening; "the video was posted on Friday" has one.
_STAMP_VERBS = {"post", "update", "publish", "modify", "last"}


_CHOICE_DAY = r"(?:(?:early|late)\s+)?(?:%s)" % "|".join(WEEKDAY_NAMES)
#: Two days given as a choice ("late Saturday or early Sunday"), one time word.
EITHER_DAY = re.compile(rf"\b{_CHOICE_DAY}\s+or\s+{_CHOICE_DAY}\b")
#: What joins the time words of ``Event.when_text``: no time word holds it.
TIME_WORDS_JOIN = "; "


def time_words(sentence: str) -> str:
    """The words of ``sentence`` that name a time, as written, in order and
    joined by :data:`TIME_WORDS_JOIN`: each month with its day and year when
    given ("Dec. 3", "Sept. 23, 2020", "December"; "May" only as a month,
    :func:`~crosscheck.clean.dates.months_named`), each weekday, and two
    weekdays given as a choice as one ("late Saturday or early Sunday"). ""
    when it names none. Kept on each event of the sentence, so that the
    corroborator reads what an undated sentence says of the time
    (corroborate/events.time_against) from the claim."""
    choices = list(EITHER_DAY.finditer(sentence))
    # A full month name's dot is the sentence's full stop ("began in
    # September."), an abbreviation's is its own ("Dec.").
    found = [(m.start(), m.group(0).rstrip(".") if m.group(0).rstrip(".") in MONTH_NAMES
              else m.group(0)) for m in months_named(sentence)]
    found += [(m.start(), m.group(0)) for m in weekdays_named(sentence)
              if not any(c.start() <= m.start() < c.end() for c in choices)]
    found += [(c.start(), c.group(0)) for c in choices]
    return TIME_WORDS_JOIN.join(w for _, w in sorted(found))


def day_level(text: str) -> bool:
    low = text.lower()
    return any(w in low.split() for w in _WEEKDAYS + list(_RELATIVE)) or bool(_MONTH_DAY.search(text))


def tense(verb: Token) -> str:
    """"future", "past" or "present" for the clause of ``verb``."""
    for tok in [verb, verb.head]:
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in auxes):
            return "future"
        if tok is verb and any(a.tag_ == "MD" for a in auxes):
            # A modal of its own ("Henri could make landfall on Sunday") sets
            # the clause's time apart from the verb it hangs on ("… have been
            # placed under warnings as Henri could make landfall"): "could"
            # may look back or ahead, so the nearest day, or the past with "have".
            return "past" if any(a.lower_ in ("have", "'ve") for a in auxes) else "present"
        if any(a.lower_ == "to" for a in auxes) and lemma(tok.head) in ("set", "schedule", "plan", "expect", "due", "be"):
            return "future"
        if any(a.tag_ == "VBD" for a in auxes) or tok.tag_ == "VBD":
            return "past"
        if tok.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had") for a in auxes):
            return "past"
    return "present"


def resolve_relative_date(date_text: str, published: str | None, direction: str) -> str | None:
    """The ISO date ``date_text`` names, seen from ``published`` (ISO date or
    datetime). ``direction`` is "past", "future" or "present" (nearest)."""
    low = date_text.lower()
    base = None
    if published:
        try:
            base = dt.date.fromisoformat(published[:10])
        except ValueError:
            base = None
    for word, shift in _RELATIVE.items():
        if re.search(rf"\b{word}\b", low):
            return (base + dt.timedelta(days=shift)).isoformat() if base else None
    if _MONTH_DAY.search(date_text):
        has_year = bool(YEAR_IN_TEXT.search(date_text))
        if base is None and not has_year:
            return None
        prefer = {"past": "past", "future": "future"}.get(direction, "current_period")
        settings = {"PREFER_DATES_FROM": prefer, "REQUIRE_PARTS": ["day", "month"],
                    "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
        if base:
            settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        found = dateparser.parse(_ORDINAL_ENDING.sub("", _MONTH_DAY.search(date_text).group(0)) + (
            f" {YEAR_IN_TEXT.search(date_text).group(0)}" if has_year else ""), languages=["en"],
            settings=settings)
        if found is None:
            return None
        day = found.date()
        if base and not has_year and direction == "present":
            # No tense to go by: the nearest such day to publication.
            options = [day.replace(year=base.year + d) for d in (-1, 0, 1)
                       if not (day.month == 2 and day.day == 29)]
            day = min(options or [day], key=lambda d: abs((d - base).days))
        return day.isoformat()
    for n, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            if base is None:
                return None
            back = (base.weekday() - n) % 7
            ahead = (n - base.weekday()) % 7
            if direction == "past" or direction == "present" and back <= ahead:
                return (base - dt.timedelta(days=back)).isoformat()
            return (base + dt.timedelta(days=ahead)).isoformat()
    return None


# "of" too: "convicted of the June 20, 2005 attempted murder" tells of the
# attempt, on its day (the inferred-dates gold reads such a date as narrated).
_OCCASION_PREPOSITIONS = frozenset({"on", "in", "at", "during", "of"})


def _names_a_thing(ent: Span) -> bool:
    """A date that names a thing rather than when one happened: "the sequel
    to the Jan. 6 riot", "the siege of January 6, 2021" (a noun's "of"); "the
    night of Jan. 6" and "Sunday afternoon" still say when."""
    root = ent.root
    noun = root.head
    if root.dep_ in ("compound", "nmod", "amod", "poss") and noun.pos_ in ("NOUN", "PROPN") \
            and noun.lower_ not in _TIME_NOUNS and not ent.start <= noun.i < ent.end:
        # "told reporters on a Tuesday evening call", "said in a Friday
        # statement": the noun a verb's preposition of time, occasion or charge holds
        # happened that day; "the panel looking into the Jan. 6 attack" or
        # "after the Jan. 6 attack" names the attack, not the looking.
        return not (noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPOSITIONS
                    and noun.head.head.pos_ in ("VERB", "AUX"))
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in ("NOUN", "PROPN") \
        and of.head.lower_ not in _TIME_NOUNS


def _date_is_subject(ent: Span, verb: Token) -> bool:
    """"September 12, 2001, was one of them": a date that is the subject of
    "be" with a pronoun or number for what it is tells what the day stands
    for, not what happened on it. "Tuesday was the deadliest day" and "Sunday
    marks the Iowa cattle call" still say what the day held."""
    if ent.end > verb.i or ent.root.head.i != verb.i or lemma(verb) != "be":
        return False
    if ent.root.dep_ not in ("nsubj", "npadvmod") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i != ent.root.i for c in verb.children):
        return False
    return any(c.dep_ == "attr" and c.pos_ in ("NUM", "PRON") for c in verb.children)


def _timestamp_line(verb: Token) -> bool:
    """"Posted in Hit and Run Accidents on Friday, September 20, 2013": a
    page's own date, said by a publishing verb that has no subject and heads
    its sentence; "its Outlook, published Tuesday" names what was published."""
    return lemma(verb).lower() in _STAMP_VERBS and verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ROOT" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "auxpass", "aux") for c in verb.children)


def _opens_a_span(ent: Span) -> bool:
    """"Workers unemployed since Aug. 1 will be exhausted next month": a day
    after "since" is where a state or a change began, not the day of a
    happening; the verb the parse hangs it on ("exhausted") happens later."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    return (before is not None and before.lower_ == "since") or ent[0].lower_ == "since"


#: Nouns that name a happening, which a day in the possessive dates
#: ("Friday's report", "Tuesday's election", "Saturday's violence"): the
#: common ones of news. A day owns things that are no happening too ("Sunday's
#: paper", "Monday's deadline"), which date nothing.
HAPPENING_NOUNS = frozenset("""report vote election primary runoff referendum rally protest
march demonstration strike attack shooting bombing explosion blast crash collision fire
earthquake quake storm violence clash clashes riot raid arrest killing murder meeting summit
talks hearing trial ruling decision verdict sentencing announcement speech address debate
session briefing interview statement testimony game match race final launch test
ceremony funeral vigil visit""".split())


def _day_owns(ent: Span) -> Token | None:
    """The noun of a happening a day owns ("Friday's report from the Labor
    Department", "Saturday's rally in Washington", "Tuesday's special
    election"): the happening of that day, which the sentence names as a
    thing rather than tells with a verb; None when ``ent`` is not a weekday
    or a relative day (yesterday, today ...) in the possessive of one of
    :data:`HAPPENING_NOUNS`. A date with a month in the possessive ("Jan.
    6's") is not written so in news."""
    root = ent.root
    if root.dep_ != "poss" or root.head.pos_ not in ("NOUN", "PROPN") \
            or lemma(root.head).lower() not in HAPPENING_NOUNS and root.head.lower_ not in HAPPENING_NOUNS \
            or _MONTH_DAY.search(ent.text) \
            or not any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in root.children):
        return None
    return root.head


def _owned_happening(noun: Token, ent: Span) -> str:
    """What a day's noun names, for the event's gist: the noun with the words
    that make it one thing ("special election") and the place or source its
    first preposition gives ("rally in Washington", "report from the Labor
    Department")."""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.i >= ent.end]
    words.append(noun)
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None:
        words.append(prep)
        words.extend(t for t in obj.lefts if t.dep_ in ("compound", "amod", "det"))
        words.append(obj)
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _governing_verb(ent: Span) -> Token | None:
    if _names_a_thing(ent):
        return None
    tok = ent.root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok is not ent.root:
            return tok
        if tok is not ent.root and any(c.dep_ == "aux" for c in tok.children):
            return tok  # a verb the model tagged otherwise: "would down tools on Wednesday"
        if tok.dep_ in ("compound", "nmod", "amod", "poss") and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.dep_ not in ("pobj",) and tok.head.lower_ not in _DAY_PARTS:
            # "the Jan. 6 riot": the date names a thing; "announced Thursday
            # morning that …" names a part of the day, which the verb holds.
            # Only a part of a day: "its November 22, 2013 release date"
            # still names a thing (the inferred-dates gold dated an article
            # of 2012 to that day when "date" was let through).
            return None
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def describe_happening(verb: Token, ent: Span) -> str:
    """A short "subject verb object" description of the happening."""
    skip = set(range(ent.start, ent.end))
    parts = []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj", "advcl", "relcl") :
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        parts.extend(t for t in subj.subtree if t.dep_ in ("compound", "amod") and t.head is subj)
        parts.append(subj)
    parts.extend(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt"))
    parts.append(verb)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp")), None)
    if obj is not None:
        parts.extend(t for t in obj.lefts if t.dep_ in ("compound", "amod", "aux", "nsubj"))
        parts.append(obj)
    words = sorted({t for t in parts if t.i not in skip}, key=lambda t: t.i)
    return " ".join(t.text for t in words)


def extract_events(sent: Span, published: str | None, ents: Sequence[Span] | None = None
                   ) -> list[Event]:
    """Events of one parsed sentence; ``ents``, when given, are ``sent.ents``."""
    out = []
    when = None
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in ("DATE", "TIME") or not day_level(ent.text) or _opens_a_span(ent):
            continue
        verb = _governing_verb(ent)
        owned = _day_owns(ent) if verb is None else None
        if owned is not None:
            # A day's happening named as a thing ("Friday's report from the
            # Labor Department showed …"), which no verb dates. Its time is
            # its own, not the verb's ("ahead of Tuesday's vote, candidates
            # campaigned"): the nearest such day.
            when = time_words(sent.text) if when is None else when
            out.append(Event(text=_owned_happening(owned, ent),
                             date=resolve_relative_date(ent.text, published, "present"),
                             date_text=ent.text, tense="present", when_text=when))
            continue
        if verb is None or _date_is_subject(ent, verb) or _timestamp_line(verb):
            continue
        direction = tense(verb)
        date = resolve_relative_date(ent.text, published, direction)
        when = time_words(sent.text) if when is None else when
        out.append(Event(text=describe_happening(verb, ent), date=date, date_text=ent.text,
                         tense=direction, when_text=when))
    return out
