"""A figure's own source: the speaker whose clause holds its number.

:func:`~crosscheck.claims.attribution.sentence_source` gives a whole sentence
one source, the subject of its first speech verb. A sentence may hold two:
"The company says 12 miners remain trapped, while the union puts the number
at 13"; "Police said 26 people were arrested, and the mayor said 31 were
hurt". Read as one, the union's 13 and the mayor's 31 were the company's and
the police's, and an outlet giving both sides of a dispute seemed to give
both in its own voice (corroborate/conflict_evidence._says_both).

A figure's source is therefore read from its number up the parse, the
nearest of:

1. a verb of placing whose "at" holds the number, with a source for its
   subject: "the union puts the number at 13", "Officials put the death
   toll at 13" (:func:`placed_by`);
2. a speech verb that reports the number: in its clauses or its object, not
   in its subject nor in the one spoken to, and said, not to be said
   (:func:`_reports_it`); "according to X" stands for the verb it hangs on;

and, when neither governs it, the sentence's source, as before: "26 were
arrested and 31 hurt, according to police" gives both to the police.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.article_people import People
from crosscheck.claims.attribution import cue_subjects
from crosscheck.claims.nlp import lemma
from crosscheck.claims.org_roles import ORG_KINDS
from crosscheck.claims.speakers import DOCUMENT_NOUNS, resolve

# Verbs whose subject gives a level as its estimate: "Carrow Hill Resources
# puts the figure at 12", "police placed the number of dead at 40", "analysts
# peg the cost at $2 billion" ("estimate" is a speech verb already:
# attribution.CUE_VERBS). Not "set", "cap" or "fix": "The Fed set the rate at
# 5.25%" makes the level, it reports nobody's count.
_ESTIMATING_VERBS = frozenset({"put", "place", "peg"})
# What a verb of placing puts at a level: an amount, not a person or a place
# ("put the suspect at the scene").
AMOUNT_NOUNS = frozenset("""number total count tally toll figure cost price value magnitude
cap ceiling limit level rate damage loss size budget fine bail turnout population deficit
debt""".split())
# Subjects that can hold a count of their own besides names and the titles
# the article gives: bodies (org_roles.ORG_KINDS), documents
# (speakers.DOCUMENT_NOUNS), those whose work is counting or telling, and
# governments by their place ("the city puts the cost at $15 million").
# "The storm put the toll at 13" has no source: a storm says nothing.
_SOURCE_NOUNS = ORG_KINDS | DOCUMENT_NOUNS | frozenset("""official police authority government
ministry spokesman spokeswoman spokesperson expert analyst economist researcher scientist
rescuer investigator officer prosecutor coroner study survey poll census administration
commission committee council court hospital military army city county state""".split())
_NAMED_SOURCES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A number in a speech verb's subject counts the speakers, or what the verb
# is said of, and is not their word: "McAuliffe has said about 20 people have
# indicated an interest" is McAuliffe's 20, not the 20 people's; "the
# 34-year-old mother of three replied" (PolNeAR dev).
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Auxiliaries of words not (yet) said: "the candidate will announce plans
# Friday for a program … for people under 30" is the campaign's word, who said
# so, not the candidate's (PolNeAR dev); "to" of "declined to say".
# Speech verbs whose object is the one spoken to: "asked McCrae Dowless …",
# "told reporters", "warned residents" (PolNeAR, dev5).
_TOLD_TO = frozenset({"tell", "ask", "urge", "warn", "notify", "caution", "remind", "assure",
                      "inform"})
_NOT_SAID = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall",
                       "'ll", "to", "wo", "ca"})


def figure_sources(sent: Span, people: People, numbers: Sequence[int | None],
                   whole: str | None) -> list[str | None]:
    """The source of each figure whose number starts at token index
    ``numbers[k]`` (in ``sent.doc``; None for a figure read apart, which takes
    ``whole``, the sentence's source)."""
    if all(i is None for i in numbers):
        return [whole] * len(numbers)
    # each speech verb's subjects, by the verb's index, and whether "according
    # to X" gave it, which stands for the verb it hangs on
    speakers: dict[int, list[tuple[Token, bool]]] = {}
    for subject, verb in cue_subjects(sent):
        according = verb.lower_ == "according"
        speakers.setdefault(verb.head.i if according else verb.i, []).append((subject, according))
    placers = placed_by(sent, people)
    return [whole if i is None else _source_above(sent.doc[i], people, speakers, placers) or whole
            for i in numbers]


def _source_above(number: Token, people: People, speakers: dict[int, list[tuple[Token, bool]]],
                  placers: dict[int, Token]) -> str | None:
    """The first source up the parse from ``number``: a placing verb's "at",
    or a speech verb that reports words said and holds the number in what it
    reports, not in its subject."""
    below = number
    for above in number.ancestors:
        if above.i in placers:
            source = resolve(placers[above.i], people, placers[above.i].idx)
        else:
            source = next((s for s in (resolve(h, people, h.idx) for h, according in speakers.get(above.i, ())
                                       if (_by_according(number, h) if according
                                           else _reports_it(above, below, number))) if s), None)
        if source:
            return source
        below = above
    return None


def _reports_it(verb: Token, below: Token, number: Token) -> bool:
    """``verb`` reports words said that hold what is ``below`` it: not its
    subject, nor the one it is said to ("Sandra Dowless said Harris asked
    McCrae Dowless, the ex-husband who she lived with for six months, how
    …": her six, not Harris's), not words yet to be said or not said ("the
    candidate will announce plans …", "declined to say"), not what "claim"
    takes as a thing ("Trump had claimed a loss of $916 million": a tax
    claim), and not across a semicolon, where the parser may hang one
    clause on the next ("Two Marines … said …; officials … said …")."""
    if below.dep_ in _SUBJECTS or below.dep_ in ("dobj", "dative") and lemma(verb).lower() in _TOLD_TO:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_SAID for c in verb.children):
        return False
    if lemma(verb).lower() == "claim" and below.dep_ == "dobj":
        return False
    a, b = sorted((number.i, verb.i))
    return not any(t.text == ";" for t in number.doc[a:b])


def _by_according(number: Token, source: Token) -> bool:
    """"according to X" holds a number its clause holds, not one a semicolon
    or a quotation mark sets apart ("… Nike holds $10.7 billion offshore;
    Goldman Sachs holds $28.6 billion …, and the report says the company
    ''reports having 987 subsidiaries …, according to its own website''" is
    not the website's 10.7 or 28.6, however the parser hangs the phrase):
    that number keeps the sentence's source."""
    a, b = sorted((number.i, source.i))
    return not any(t.text == ";" or t.tag_ in ("``", "''") for t in number.doc[a:b])


def placed_by(sent: Span, people: People) -> dict[int, Token]:
    """The "at" of each verb of placing that sets an amount's level, by its
    index, with the verb's subject where that subject can be a source:
    "the union puts the number at 13" gives the union for the "at" before
    13; "The storm put the toll at 13" gives nothing."""
    out = {}
    for verb in sent:
        at = level_set_at(verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if at is None or subject is None or not _a_source(subject, people):
            continue
        out[at.i] = subject
    return out


def level_set_at(verb: Token) -> Token | None:
    """The "at" of ``verb`` when it is a verb of placing that sets an
    amount's level ("puts the number at 13", "pegged the cost at $2
    billion"), else None ("put the suspect at the scene")."""
    if verb.pos_ != "VERB" or lemma(verb).lower() not in _ESTIMATING_VERBS:
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" and lemma(c).lower() in AMOUNT_NOUNS for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "prep" and c.lower_ == "at"), None)


def _a_source(subject: Token, people: People) -> bool:
    """A subject that can give a count: a name, "he" or "she", a body, a
    document, one whose work is telling, or a title the article gives
    ("the governor puts the toll at 40")."""
    if subject.ent_type_ in _NAMED_SOURCES or subject.lower_ in ("he", "she"):
        return True
    word = lemma(subject).lower()
    return word in _SOURCE_NOUNS or word in people.roles
