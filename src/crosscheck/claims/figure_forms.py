"""Figures in forms the numeral reader of :mod:`.figures` sets aside on purpose:
ages, vote tallies and halving.

That reader refuses "aged 85", "a 40-year-old", "65-35" and "254 to 175",
because read as counts they would be wrong ("85 (aged)", "65 (measure)").
Outlets nonetheless report the same age or tally of the same vote in other
words ("died at the age of 85" / "Page, 85, died" / "She was 85"), so each is
read here as what it is:

- an **age** (unit ``age``), of the person the sentence names nearest, or of
  the noun a "N-year-old" describes: "at the age of 91", "aged 91",
  "Williams, 91,", "dies at 91", "a 19-year-old man", with age ranges ("ages 5
  to 11") and open ones ("65 and older");
- a **vote tally** (unit ``vote``, the value the votes for, ``against`` the
  votes against): "passed 65-35", "voted 218-to-210", "254 to 175", only in a
  sentence about a vote;
- **halving** (unit ``percent``, value 50, of the thing halved): "halve the
  risk", "cut the risk in half", "deaths fell by half";
- an **ordinal** (unit ``ordinal``) of the thing it ranks: "the 81st Academy
  Awards", "a third term", "her second stint as host".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

# The claims pass runs without spaCy's lemmatizer (nlp.py): lemmas come from nlp.lemma.
from crosscheck.claims.nlp import lemma
from crosscheck.claims.numbers import parse_numeral, word_value
from crosscheck.models import Figure

# Ages above this are not ages of people (a "150-year-old bridge").
MAX_AGE = 120
_VOTE_WORDS = frozenset("""vote votes voted voting tally ballot ballots passed approved confirmed
rejected defeated margin""".split())
_REDUCE_VERBS = frozenset("cut reduce lower slash fall drop decline shrink".split())
_TALLY = re.compile(r"^(\d{1,3})[-–](?:to-)?(\d{1,3})$")
_APPROX = {"about": "about", "roughly": "about", "nearly": "nearly", "almost": "nearly",
           "more": "over", "over": "over"}


def _number(tok: Token) -> float | None:
    value = parse_numeral(tok.text)
    return value if value is not None else word_value(tok.text)


def _person_near(sent: Span, i: int) -> str | None:
    """The PERSON the sentence names nearest token ``i`` (the one before it when tied)."""
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    if not people:
        return None
    best = min(people, key=lambda e: (min(abs(e.start - i), abs(e.end - 1 - i)), e.start > i))
    name = best.text
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _named_subject(tok: Token) -> str | None:
    """The subject of the clause around ``tok`` ("Bettie Page died ... at the
    age of 85"), for when the model did not tag the name a PERSON."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        # "Page, whose photos titillated a generation, has died at 85": the
        # parser may read "died" as a verb joined to the one before, whose
        # subject it shares.
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    if subject.pos_ == "NOUN":
        return subject.lower_  # "the actress died at the age of 85"
    parts = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    return " ".join(t.text for t in parts)


def _who(sent: Span, tok: Token, near: int) -> str | None:
    """Whose age: the PERSON named nearest, the named subject of the clause, or
    the noun the age phrase qualifies ("children ages 5 to 11", "people 65 and older")."""
    doc = sent.doc
    if tok.i - 2 >= sent.start and doc[tok.i - 1].lower_ in ("ages", "aged", "age") \
            and doc[tok.i - 2].pos_ == "NOUN":
        return doc[tok.i - 2].lower_  # "children ages 5 to 11", "adults aged 65"
    found = _person_near(sent, near) or _named_subject(tok)
    if found:
        return found
    noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else tok.head.head
    if noun.lower_ in ("age", "ages"):
        noun = noun.head
    return noun.lower_ if noun.pos_ == "NOUN" and noun.lower_ not in ("age", "ages") else None


def _age_form(sent: Span, tok: Token) -> tuple[str, int] | None:
    """How ``tok`` is an age, and the index after the age phrase; None if it is not one."""
    doc = sent.doc
    before = [doc[k].lower_ for k in range(max(sent.start, tok.i - 3), tok.i)]
    after = [doc[k].lower_ for k in range(tok.i + 1, min(sent.end, tok.i + 5))]
    if after[:4] == ["-", "year", "-", "old"] or after[:2] == ["year", "-"] and after[2:3] == ["old"]:
        return "year-old", tok.i + 1 + (4 if after[0] == "-" else 3)
    if before[-1:] in (["aged"], ["age"], ["ages"]) or before[-2:] == ["age", "of"]:
        return "aged", tok.i + 1
    if before[-1:] == [","] and after[:1] in ([","], ["."]) and tok.i >= 2 \
            and doc[tok.i - 2].ent_type_ == "PERSON":
        return "apposition", tok.i + 1
    if before[-1:] == ["at"] and lemma(doc[tok.i - 1].head) == "die":
        return "died at", tok.i + 1
    if after[:2] in (["and", "older"], ["or", "older"]):
        return "and older", tok.i + 1
    return None


def extract_ages(sent: Span) -> list[Figure]:
    doc = sent.doc
    out = []
    for tok in sent:
        value = _number(tok)
        if value is None or value != int(value) or not 0 < value <= MAX_AGE:
            continue
        found = _age_form(sent, tok)
        if found is None:
            continue
        form, end = found
        low, high, qualifier = value, value, "exact"
        nxt = [doc[k].lower_ for k in range(end, min(sent.end, end + 3))]
        if nxt[:2] in (["and", "older"], ["and", "over"], ["or", "older"], ["and", "up"]):
            high, qualifier = None, "at-least"
        elif nxt[:1] == ["to"] and end + 1 < sent.end and _number(doc[end + 1]) is not None \
                and _number(doc[end + 1]) > value:
            high, qualifier = _number(doc[end + 1]), "range"
        if form == "year-old":
            described = doc[end - 1].head  # "old" modifies the person or noun
            who = _person_near(sent, described.i) if described.pos_ == "PROPN" else None
            who = who or (described.text if described.pos_ == "PROPN" else
                          described.lower_ if described.pos_ == "NOUN" else None)
        elif form == "apposition":
            who = _person_near(sent, tok.i - 2)
        else:
            who = _who(sent, tok, tok.i)
        if not who:
            continue
        out.append(Figure(subject=f"age of {who}", value=value, low=low, high=high,
                          qualifier=qualifier, unit="age"))  # type: ignore[arg-type]
    return out


def extract_tallies(sent: Span) -> list[Figure]:
    doc = sent.doc
    if not any(t.lower_ in _VOTE_WORDS for t in sent):
        return []
    out = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        pair = None
        m = _TALLY.match(tok.text)
        if m:
            pair, end = (float(m.group(1)), float(m.group(2))), i + 1
        elif tok.like_num and parse_numeral(tok.text) is not None and i + 2 < sent.end:
            link, second = doc[i + 1].text.lower(), doc[i + 2].text
            m2 = re.match(r"^(?:to-)?(\d{1,3})$", second)
            if link in ("-", "–", "to") and m2:
                pair, end = (parse_numeral(tok.text), float(m2.group(1))), i + 3
            elif link == "-" and second == "to" and i + 3 < sent.end and doc[i + 3].like_num:
                pair, end = (parse_numeral(tok.text), parse_numeral(doc[i + 3].text)), i + 4
        if pair is None or None in pair or pair[0] != int(pair[0]) or pair[0] > 1000 \
                or (i > sent.start and doc[i - 1].lower_ in ("age", "ages", "aged")):
            i += 1
            continue
        unit_after = doc[end].lower_ if end < sent.end else ""
        if unit_after in ("%", "percent", "years", "year", "days", "points") or \
                (i > sent.start and doc[i - 1].text in ("$", "€", "£")):
            i = end
            continue  # "10-20 percent", "$5-10": a range, not a tally
        chamber = next((e.text for e in sent.ents if e.label_ == "ORG" and e.root.dep_.startswith("nsubj")), None)
        subject = f"{chamber} vote" if chamber else "vote"
        out.append(Figure(subject=subject, value=pair[0], low=pair[0], high=pair[0],
                          qualifier="exact", unit="vote", against=pair[1]))
        i = end
    return out


def extract_halves(sent: Span, noun_phrase) -> list[Figure]:
    """Halving, with ``noun_phrase(token, skip)`` naming the thing halved."""
    doc = sent.doc
    out = []
    for tok in sent:
        verb = None
        if lemma(tok) == "halve" or tok.lower_ in ("halve", "halved", "halves", "halving"):
            verb = tok
        elif tok.lower_ == "half" and tok.i > sent.start and doc[tok.i - 1].lower_ in ("in", "by") \
                and lemma(doc[tok.i - 1].head) in _REDUCE_VERBS:
            verb = doc[tok.i - 1].head
        if verb is None:
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
            next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                  and lemma(verb) != "halve" and c.pos_ in ("NOUN", "PROPN")), None)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        before = doc[verb.i - 1].lower_ if verb.i > sent.start else ""
        qualifier = _APPROX.get(before, "exact") if before in ("about", "roughly", "nearly", "almost") else "exact"
        low, high = {"exact": (50.0, 50.0), "about": (45.0, 55.0), "nearly": (45.0, 50.0)}[qualifier]
        phrase = noun_phrase(thing, set())
        for prep in thing.children:  # "the risk of hospitalization": keep what it is the risk of
            if prep.dep_ == "prep" and prep.lower_ == "of":
                phrase += " of " + " ".join(t.lower_ for t in prep.subtree if t.dep_ != "prep"
                                            and not t.is_punct)[:60]
                break
        out.append(Figure(subject=f"{phrase} {verb.lower_}".strip(), value=50.0, low=low, high=high,
                          qualifier=qualifier, unit="percent"))  # type: ignore[arg-type]
    return out


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


def extract_ordinals(sent: Span, noun_phrase) -> list[Figure]:
    """Ordinals that rank a thing ("the 81st Academy Awards", "a third
    term"), with ``noun_phrase(token, skip)`` naming it. "First" is left out:
    "the first time", "first lady", "first reported" rank nothing a reader
    checks across outlets, and are everywhere. So is an ordinal naming a day
    ("March 3rd"), which the dates read."""
    out = []
    # Tokens, not ORDINAL entities: the model tags "the 81st annual Academy
    # Awards" as one EVENT.
    for tok in sent:
        value = ordinal_value(tok.text)
        if value is None or value < 2 or tok.pos_ not in ("ADJ", "NUM", "NOUN"):
            continue
        thing = tok.head
        if tok.dep_ not in ("amod", "nummod", "compound") or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        if thing.ent_type_ == "DATE" and thing.lower_ not in ("anniversary", "birthday"):
            continue  # "the 3rd of March", "the second quarter": a date or period
        if thing.dep_ in ("compound", "amod") or (tok.text[0].isupper() and tok.i > sent.start):
            continue  # a label, not a rank: "ninth grade students", "the Second Amendment"
        subject = noun_phrase(thing, {tok.i})
        if not subject:
            continue
        out.append(Figure(subject=subject, value=float(value), low=float(value),
                          high=float(value), qualifier="exact", unit="ordinal"))  # type: ignore[arg-type]
    return out
