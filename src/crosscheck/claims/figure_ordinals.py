"""Ordinals (unit ``ordinal``) of the thing they rank: "the 81st Academy
Awards", "a third term", "her second stint as host", "the third-biggest
opening weekend", "the second-straight month"; "the sixth week of pregnancy"
as how far into it; "the 20th anniversary" as years.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosscheck.claims.figure_forms import words_of
from crosscheck.models import Figure

_ORDINAL_WORDS = {w: n for n, w in enumerate(
    """zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth""".split())}
_ORDINAL_NUMERAL = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)$", re.I)


def ordinal_value(text: str) -> int | None:
    """2 for "second" and "2nd", 81 for "81st"."""
    m = _ORDINAL_NUMERAL.match(text)
    if m:
        return int(m.group(1))
    return _ORDINAL_WORDS.get(text.lower().split("-")[0])


def extract_ordinals(sent: Span, noun_phrase, numbers_a_name) -> list[Figure]:
    """Ordinals that rank a thing ("the 81st Academy Awards", "a third
    term"), with ``noun_phrase(token, skip)`` naming it; those that
    ``numbers_a_name(ordinal, thing)`` says are part of the thing's name ("East
    5th Ave", "the 2nd U.S. Circuit Court") rank nothing. "First" is left out:
    "the first time", "first lady", "first reported" rank nothing a reader
    checks across outlets, and are everywhere. So is an ordinal naming a day
    ("March 3rd"), which the dates read."""
    out = []
    # Tokens, not ORDINAL entities: the model tags "the 81st annual Academy
    # Awards" as one EVENT.
    for k, text in enumerate(words_of(sent)[0]):
        value = ordinal_value(text)
        if value is None or value < 2:
            continue
        tok = sent.doc[sent.start + k]
        superlative = tok.head if tok.head.tag_ == "JJS" and tok.head.i == tok.i + 1 + (
            sent.doc[tok.i + 1].text in ("-", "–")) else None
        if superlative is not None and superlative.head.pos_ in ("NOUN", "PROPN") \
                and superlative.dep_ == "amod":
            # "the third-biggest opening weekend", "the second largest city":
            # a rank among the superlative's kind, whatever the noun's entity.
            thing = superlative.head
            while thing.dep_ == "compound" and thing.head.pos_ in ("NOUN", "PROPN"):
                thing = thing.head
            subject = noun_phrase(thing, {tok.i})
            if subject:
                out.append(Figure(subject=subject, value=float(value), low=float(value),
                                  high=float(value), qualifier="exact", unit="ordinal"))  # type: ignore[arg-type]
            continue
        run = _run_of(sent, tok)
        if run is not None:
            # "the second-straight month", "a third consecutive quarter": the
            # rank of a run, counted whatever the noun (a month, a gain).
            subject = noun_phrase(run, {tok.i})
            if subject:
                out.append(Figure(subject=subject, value=float(value), low=float(value),
                                  high=float(value), qualifier="exact", unit="ordinal"))  # type: ignore[arg-type]
            continue
        if tok.pos_ not in ("ADJ", "NUM", "NOUN"):
            continue
        thing = tok.head
        if thing.lower_ in _SPAN_UNITS and tok.dep_ == "amod" and _into(thing):
            # "after the sixth week of pregnancy": the sixth week runs from
            # five weeks into the pregnancy to six, which "around six weeks"
            # can be. "The second week of March" is a date, not a span.
            out.append(Figure(subject=thing.lower_ + "s", value=float(value - 1),
                              low=float(value - 1), high=float(value), qualifier="range",
                              unit=thing.lower_))  # type: ignore[arg-type]
            continue
        if tok.dep_ not in ("amod", "nummod", "compound") or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        if thing.ent_type_ == "DATE" and thing.lower_ not in ("anniversary", "birthday"):
            continue  # "the 3rd of March", "the second quarter": a date or period
        if thing.dep_ in ("compound", "amod") or (tok.text[0].isupper() and tok.i > sent.start) \
                or numbers_a_name(tok, thing):
            continue  # a label, not a rank: "ninth grade students", "the Second Amendment"
        subject = noun_phrase(thing, {tok.i})
        if not subject:
            continue
        # "the 20th anniversary" of a day is 20 years after it, as another
        # outlet writes it ("exactly 20 years after the attacks").
        unit = "year" if thing.lower_ == "anniversary" else "ordinal"
        out.append(Figure(subject=subject, value=float(value), low=float(value),
                          high=float(value), qualifier="exact", unit=unit))  # type: ignore[arg-type]
    return out


# Words after an ordinal that make it the rank of a run ("the second
# straight month", "a third consecutive quarterly decline").
_RUN_WORDS = frozenset({"straight", "consecutive", "successive"})
# Units of time whose ordinal, "of" a thing, says how far into it:
# "the sixth week of pregnancy", "the third day of the trial".
_SPAN_UNITS = frozenset({"day", "week", "month", "year"})


def _run_of(sent: Span, tok: Token) -> Token | None:
    """The noun whose run ``tok`` ranks, when a run word follows it
    ("second-straight month", "third consecutive gain"), else None."""
    at = tok.i + 1
    if at < sent.end and sent.doc[at].text in ("-", "–"):
        at += 1
    if at >= sent.end or sent.doc[at].lower_ not in _RUN_WORDS:
        return None
    noun = sent.doc[at].head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i > at else None


def _into(unit: Token) -> bool:
    """``unit`` ("week") is "of" a thing that is no date: "of pregnancy",
    "of the trial", not "of March" or "of 2021"."""
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return thing is not None and thing.pos_ == "NOUN" and not thing.ent_type_
