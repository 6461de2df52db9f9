"""Win-loss records, a figure form the numeral reader of :mod:`.figures`
refuses as it refuses tallies ("52-3" read as counts would be wrong): read
here as the record it is, unit ``record``, the value the wins and
``against`` the losses ("Klitschko (52-3, 46 KOs)", "improved to 52-3", "a
43 - 39 record", "Rahman, 45-7-2,").

Counted in the AllSides, Baly, ECB+ and recession texts: 33 pairs in
parentheses after a name, 9 "N-M record" (ECB+ sports stories above all;
dev4 wrote 7 facts of boxers' and coaches' records, none read). A pair is a
record only where its words make it one: "record" after it or "record of"
before it, a name it stands in parentheses or commas after, or a verb of a
record's move before "to" ("improved to", "fell to") or the record itself
("took his record to 52-3"); a vote ("voted 52-48") or a score ("won
102-99") is none of these.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosscheck.claims.figure_ages import nationality, person_before
from crosscheck.claims.figure_forms import words_of
from crosscheck.claims.nlp import lemma
from crosscheck.models import Figure

_PART = re.compile(r"^\d{1,3}$")
_GLUED = re.compile(r"^(\d{1,3})[-–](\d{1,3})(?:[-–](\d{1,3}))?$")
# Verbs by which a record moves to a new one: "improved to 52-3", "fell to 36-3".
_RECORD_MOVES = frozenset({"improve", "fall", "drop", "move", "slip", "climb", "go", "raise"})
_RECORD_NOUNS = frozenset({"record", "mark"})
# What may follow a record set off after a name: "(52-3, 46 KOs)", "Smith, 45-7-2, ...".
_CLOSERS = frozenset({")", ",", ".", ";", "with"})


def _pair_at(sent: Span, i: int) -> tuple[float, float, int] | None:
    """(wins, losses, index after) of "52-3", "52 - 3" or "45-7-2" at token ``i``."""
    doc = sent.doc
    m = _GLUED.match(doc[i].text)
    if m:
        return float(m.group(1)), float(m.group(2)), i + 1
    if not _PART.match(doc[i].text):
        return None
    k, parts = i, [doc[i].text]
    while k + 2 < sent.end and doc[k + 1].text in ("-", "–") and _PART.match(doc[k + 2].text) \
            and len(parts) < 3:
        parts.append(doc[k + 2].text)
        k += 2
    return (float(parts[0]), float(parts[1]), k + 1) if len(parts) >= 2 else None


# The tagger reads a boxer's foreign name as a nationality as often as a
# person ("Klitschko (52-3, 46 KOs)", NORP, at a sentence's start: 3 of the
# 20 sentences of those texts with a pair after a name, none read): a record
# after a one-word NORP name is read unless that is a word of nationality
# ("the American (43-1)" names no one) or a plural, a party or a people
# whose pair is a vote or a split ("Republicans (53-47)", "Shiites (60-40)").
def _named_before(sent: Span, i: int) -> str | None:
    """The PERSON, or a name tagged NORP, that ends right before token ``i``,
    or a proper noun the recogniser left untagged (:func:`_untagged_name`)."""
    return next((e.text for e in sent.ents if e.end == i and (
        e.label_ == "PERSON" or e.label_ == "NORP" and len(e) == 1 and not nationality(e)
        and not e.text.endswith("s"))), None) or _untagged_name(sent, i)


# ... and a name the recogniser left untagged, as it leaves many a boxer's
# foreign surname after a description ("the 33-year-old Pukall (14-13-2,
# 12KOs)", ECB+ dev4, unread): a capitalised proper noun, not the sentence's
# first word (where any word is capitalised), right before the record. A
# team so named has a record too ("the Sixers (43-39)"); a party, a house or
# a people is tagged (NORP, ORG) and stays as above.
def _untagged_name(sent: Span, i: int) -> str | None:
    if i - 1 <= sent.start:
        return None
    name = sent.doc[i - 1]
    if name.ent_type_ or name.tag_ != "NNP" or not name.text[:1].isupper() or not name.is_alpha:
        return None
    return name.text


def extract_records(sent: Span) -> list[Figure]:
    doc = sent.doc
    lower = words_of(sent)[1]
    if "-" not in lower and "–" not in lower and not any(_GLUED.match(w) for w in lower):
        return []
    out = []
    i = sent.start
    while i < sent.end:
        found = _pair_at(sent, i)
        if found is None:
            i += 1
            continue
        wins, losses, end = found
        before = [doc[k].lower_ for k in range(max(sent.start, i - 2), i)]
        after = doc[end].lower_ if end < sent.end else "."
        whose, of_a_person = None, False
        if after in _RECORD_NOUNS or before[-2:] in (["record", "of"], ["mark", "of"]):
            whose = ""  # "a 43 - 39 record", "a record of 43 - 39"
        elif before[-1:] in (["("], [","]) and after in _CLOSERS \
                and (name := _named_before(sent, i - 1)) is not None:
            whose = name  # "Klitschko (52-3, 46 KOs)", "Rahman, 45-7-2,"
        elif before[-1:] == ["to"] and after in _CLOSERS | {"(", "and"} \
                and (lemma(doc[i - 1].head) in _RECORD_MOVES or before[-2:-1] in (["record"], ["mark"])):
            # "improved to 52-3", "fell to 36 - 3 (24 KO)", "took his record
            # to 52-3 with 46 KOs"; "fell to 45-7-2 and is now ..." only of a
            # person named ("support fell to 45-40 and ..." is a poll's split)
            whose = ""
            of_a_person = after == "and" and before[-2:-1] not in (["record"], ["mark"])
        if whose is None or i > sent.start and doc[i - 1].text in ("$", "€", "£"):
            i = end
            continue
        if not whose:
            subject = next((c for c in doc[i].head.children if c.dep_ == "nsubj"), None)
            whose = _named_before(sent, subject.i + 1) if subject is not None else None
            whose = whose or person_before(doc, i)
            if of_a_person and not whose:
                i = end
                continue
        out.append(Figure(subject=f"record of {whose}" if whose else "record", value=wins,
                          low=wins, high=wins, qualifier="exact", unit="record", against=losses))
        i = end
    return out
