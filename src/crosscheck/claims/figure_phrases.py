"""Figures: how a counted thing is named, read from the dependency parse: its
noun phrase ("miners still trapped"), the verb that tells counted things
apart ("miners rescued" / "miners trapped"), the subject of a clause. Used by
:mod:`crosscheck.claims.figure_subjects`, which finds the noun a number
counts, and by :mod:`crosscheck.claims.figures`, which hands :func:`noun_phrase`
to its other figure readers.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.figure_ages import person_before
from crosscheck.claims.nlp import lemma

__all__ = ["SUBJECT_MODIFIERS", "clause_subject", "noun_phrase", "reports", "with_predicate"]


SUBJECT_MODIFIERS = ("compound", "amod", "nmod")
_VAGUE = {"other", "more", "fewer", "additional", "new", "such", "total", "least", "last", "first",
          "latest", "several", "many", "all", "some"}


def noun_phrase(tok: Token, skip: set[int]) -> str:
    """A short normalised phrase for a noun: its compounds and adjectives, the noun,
    then a participle that distinguishes it ("miners still trapped")."""
    left = [c for c in tok.lefts if c.dep_ in SUBJECT_MODIFIERS and c.i not in skip
            and not c.like_num and c.lower_ not in _VAGUE and c.pos_ != "NUM"]
    words = []
    for c in left:
        words.extend(t for t in c.subtree if t.i not in skip and not t.is_punct
                     and t.dep_ not in ("det", "poss", "case", "nummod") and not t.like_num)
    words.append(tok)
    # "showed 373,000 Americans filed for benefits": the object of a verb of
    # saying or showing is the subject of the clause it reports, and the
    # "participle" after it is that clause's verb, not what befell it.
    reported = tok.dep_ == "dobj" and reports(tok.head)
    for c in tok.rights:
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and not reported:
            words.extend(t for t in c.lefts if t.dep_ in ("advmod", "neg"))
            words.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in ("percent", "%", "share"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return noun_phrase(pobj, skip)
    words = sorted(set(words), key=lambda t: t.i)
    return " ".join(t.text.lower() for t in words).replace("“", "").replace("”", "").strip()


# Verbs of showing and finding, beside those of saying, whose object is often
# the subject of a clause they report.
_SHOWING = frozenset({"show", "find", "indicate", "reveal"})


def reports(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and lemma(verb).lower() in CUE_VERBS | _SHOWING


def _reads_as_participle(verb: Token) -> bool:
    """The verb's form is also its participle, so "miners killed" reads as
    what befell the miners. A regular past ends in "-ed"; an irregular past
    ("drove", "stole") does not, and "cars drove" reads as what the cars did.
    By the ending because no inflection table (lemminflect) is installed; an
    irregular past that is its participle too ("shot") is left out: a word
    lost, never a wrong one."""
    return verb.tag_ == "VBN" or verb.lower_.endswith("ed")


def with_predicate(noun: Token, phrase: str) -> str:
    """Keep the verb that tells counted things apart: "miners rescued" vs "miners trapped"."""
    verb = noun.head
    if " " in phrase and phrase.split()[-1] in (verb.lower_,):
        return phrase
    if noun.dep_ == "dobj" and reports(verb):
        return phrase  # "data showed 373,000 Americans": not "americans showed"
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and verb.tag_ in ("VBD", "VBN")
                                    and _reads_as_participle(verb)):
        return f"{phrase} {verb.lower_}"
    if noun.dep_ == "nsubj":
        state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.tag_ == "VBN"), None)
        if state is not None:
            return f"{phrase} {state.lower_}"
    return phrase


# Pronouns that open a relative clause of a thing as its subject. Not "who":
# the parser hangs a person's clause on the nearest noun ("90 bundlers from
# the securities and investment sector, who collected $14.2 million" read
# as the sector's), and a sum a person paid is for something ("the people
# who paid $36,000 for his courses": the courses, read as before). Measured
# on the first 300 Baly articles: of the 17 figures the rule read anew or
# otherwise, those of "which" and "that" read better, three of four "who"
# ones worse.
_RELATIVES = frozenset({"which", "that"})


def clause_subject(verb: Token, skip: set[int]) -> str | None:
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i not in skip:
                if c.pos_ == "PRON" and c.lower_ in _RELATIVES and verb.dep_ == "relcl" \
                        and verb.head.pos_ in ("NOUN", "PROPN"):
                    # "The minimum wage, which stands at $7.25, …": the
                    # relative pronoun stands for the noun its clause hangs on
                    return noun_phrase(verb.head, skip)
                if c.pos_ == "PRON":
                    # "He was paid $3 million": the person named last before;
                    # "it" and "they" name nothing a reader can tell.
                    found = person_before(c.doc, c.i) if c.lower_ in ("he", "she") else None
                    return found.lower() if found else None
                if c.lower_ in ("one", "some", "many", "most") :
                    pobj = [g for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                    if pobj:
                        return noun_phrase(pobj[0], skip)
                return noun_phrase(c, skip)
        if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None
