"""Organisations as role holders: the kind of body a named organisation is,
as news copy says it once and outlets say in other words.

Three shapes, read from tokens and entities only:
- a kind before the name: "the U.S. nonprofit group EcoHealth Alliance",
  "the conservative think tank Heritage Foundation";
- a kind in apposition: "EcoHealth Alliance, a New York-based nonprofit,";
- the body it belongs to: "the Labor Department's Bureau of Labor
  Statistics" (the Labor Department's bureau).
The kind must be one of ORG_KINDS, written in lower case, so that a word of
the name ("the European Union", "Heritage Foundation") or a noun the name
qualifies ("a group of Amazon workers") gives none.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.titles import join
from crosscheck.models import Role

#: Words for the kind of body an organisation is. Hand-listed from the kinds
#: AllSides and Baly copy puts before or after a body's name ("the nonprofit
#: EcoHealth Alliance", "consulting firm McKinsey", "the watchdog group ...");
#: the installed model has no lexicon of organisation kinds.
ORG_KINDS = frozenset({
    "nonprofit", "non-profit", "group", "organization", "organisation", "charity", "tank",
    "firm", "company", "agency", "watchdog", "regulator", "bank", "lender", "insurer", "startup",
    "start-up", "union", "association", "coalition", "network", "broadcaster", "newspaper",
    "retailer", "automaker", "carmaker", "airline", "manufacturer", "maker", "fund", "bureau",
    "department", "ministry", "laboratory", "lab", "university",
})
# Words that may stand in a kind before its last word ("U.S.-based", "New
# York-based", "conservative", "advocacy"), besides lower-case nouns and
# adjectives and names of places.
_JOINERS = {"-", "based"}


def _kind_before(ent: Span) -> str | None:
    """ "the U.S. nonprofit group NAME": the kind's words before the name."""
    doc = ent.doc
    k = ent.start - 1
    if k < ent.sent.start or doc[k].lower_ not in ORG_KINDS or not doc[k].is_lower:
        return None
    start = k
    while start - 1 >= ent.sent.start:
        tok = doc[start - 1]
        if tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "VERB") and tok.lower_ not in ("said", "says") \
                or tok.text in _JOINERS or tok.ent_type_ in ("GPE", "NORP", "LOC") \
                or tok.lower_.endswith("-based"):
            start -= 1
            continue
        break
    # The kind qualifies the name only after a determiner, a preposition or a
    # comma, or opening the sentence: "told the company Apple would ..." is read,
    # "shares fell as bank Goldman ..." too, but not a verb's object running
    # into a name ("to fund Planned Parenthood").
    before = doc[start - 1] if start - 1 >= ent.sent.start else None
    if before is not None and before.pos_ not in ("DET", "ADP", "PUNCT", "CCONJ", "PART") \
            and before.text not in ("’s", "'s"):
        return None
    if doc[k].pos_ == "VERB":
        return None
    return join(list(doc[start:k + 1]))


def _kind_after(ent: Span) -> str | None:
    """ "NAME, a New York-based nonprofit," — the apposition must end at its kind."""
    doc = ent.doc
    end = ent.sent.end
    k = ent.end
    if k + 2 >= end or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
        return None
    k += 2
    words: list[Token] = []
    while k < end and len(words) < 6:
        tok = doc[k]
        if tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "VERB") or tok.text in _JOINERS \
                or tok.ent_type_ in ("GPE", "NORP", "LOC") or tok.lower_.endswith("-based"):
            words.append(tok)
            k += 1
            if tok.lower_ in ORG_KINDS and tok.is_lower and k < end and doc[k].text in (",", ".", "that", "which"):
                return join(words)
            continue
        break
    return None


def _parent_body(ent: Span, ents: Sequence[Span]) -> str | None:
    """ "the Labor Department's Bureau of Labor Statistics": the parent's name
    and the kind the name opens with ("Bureau"), or None."""
    doc = ent.doc
    first = doc[ent.start]
    if first.lower_ not in ORG_KINDS or ent.start < 2 or doc[ent.start - 1].text not in ("’s", "'s"):
        return None
    parent = next((e for e in ents if e.end == ent.start - 1 and e.label_ == "ORG"), None)
    if parent is None:
        # the tagger keeps the possessive inside the parent's entity
        parent = next((e for e in ents if e.end == ent.start and e.label_ == "ORG"), None)
        if parent is None:
            return None
        words = [t for t in parent if t.text not in ("’s", "'s")]
    else:
        words = list(parent)
    while words and words[0].lower_ == "the":
        words.pop(0)
    return f"{join(words)}{doc[ent.start - 1].text} {first.lower_}" if words else None


def names_a_body(title: str) -> bool:
    """The title is the kind of a body ("U.S.-based nonprofit"), not a
    person's: "the agency said" is not resolved by it, since an article calls
    many bodies an agency and gives the kind to few of them (PolNeAR dev: "the
    agency" of a memo resolved to the next sentence's agency)."""
    words = title.lower().split()
    return bool(words) and words[-1] in ORG_KINDS


def org_roles(sent: Span, ents: Sequence[Span]) -> list[Role]:
    """The kinds given to the organisations named in one sentence."""
    out = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent.text) < 3:
            continue
        words = [t for t in ent if t.text not in ("’s", "'s")]
        while words and words[0].lower_ == "the":
            words.pop(0)
        name = join(words)
        if not name or not name[0].isupper():
            continue
        for kind in (_kind_before(ent), _kind_after(ent), _parent_body(ent, ents)):
            if kind:
                out.append(Role(person=name, title=kind, former=False))
    return out
