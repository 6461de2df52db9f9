"""What a figure's label keeps of the subject the claims reader gave it:
the counted thing, less the verbs run into it ("cars drove", "Americans
filed showed"), said of what when it is a "number" or a "range". Split from
:mod:`.figure_words`, which words the value and the topic."""

from __future__ import annotations

import re
from functools import lru_cache

# Words a subject may end on that end no noun phrase ("indian sailors had").
_TRAILING = frozenset("had has have was were is are be been did does do said says showed".split())


def counted(subject: str, sentence: str, number_at: int | None) -> str:
    """The subject less the words the claims reader ran into it that are no
    part of the counted thing: auxiliaries and reporting verbs ("indian
    sailors had"), and a passive participle whose subject is someone else,
    written before the number ("Orozco was arrested five buildings away" gave
    "buildings arrested"; "the blast killed four miners" keeps "killed")."""
    tokens = subject.split()
    before = sentence[:number_at].lower() if number_at is not None else ""
    while len(tokens) > 1 and (tokens[-1].lower() in _TRAILING or re.search(
            rf"\b(?:was|were|is|are|been|be)\s+{re.escape(tokens[-1].lower())}\b", before)
            or _acts(tokens[-2], tokens[-1], sentence)
            or _past_not_participle(tokens[-2], tokens[-1], sentence)):
        tokens.pop()
    tokens = _of_what(tokens, sentence)
    if [t.lower() for t in tokens] == ["range"]:
        tokens = _whose_range(sentence) or tokens
    return " ".join(tokens)


def _whose_range(sentence: str) -> list[str]:
    """What a range is of: the subject of the clause "in the range of …"
    stands in ("the Red Sox offer was expected to be in the range of $145
    million to $175 million" gives "Red Sox offer"); empty when the clause
    names none, or a pronoun, or more words than a label holds."""
    for t in parse(sentence):
        if t.lower_ != "range":
            continue
        verb = t
        for _ in range(6):  # up through "in", "be", "expected" to the verb with a subject
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                found = [w.text for w in subject.subtree if w.dep_ not in ("det", "poss", "case")
                         and not w.is_punct]
                return found if subject.pos_ != "PRON" and len(found) <= _LABEL_WORDS else []
            if verb.head is verb:
                break
            verb = verb.head
    return []


@lru_cache(maxsize=2048)
def parse(sentence: str):
    # Whether a word is a verb, and whose, is what a tagger and a parser
    # answer; the claims stage already loads spaCy's model, so no rule of
    # word endings is hand-written for it.
    from ..claims.nlp import load_nlp

    return load_nlp()(sentence)


def _acts(noun: str, word: str, sentence: str) -> bool:
    """``word`` is a verb the sentence gives ``noun`` to do, not one done to
    it: "373,000 Americans filed for benefits", "two cars drove into",
    "the number has risen to 117", "containers entering the US"; or a verb
    whose particle or "as" the subject cut off ("robberies carried [out]",
    "a program known [as]"). A participle of what befell the counted thing
    reads as English and is kept: "200 people arrested", "11 women harassed",
    "murders committed", "officers accused of"."""
    if not re.fullmatch(r"[A-Za-z]+", word):
        return False
    for t in parse(sentence):
        if t.text.lower() != word.lower() or not t.tag_.startswith("VB"):
            continue
        deps = {(c.dep_, c.text.lower()) for c in t.children}
        if t.tag_ == "VBG" or any(d == "prt" for d, _ in deps) or ("prep", "as") in deps:
            return True
        active = t.tag_ in ("VBD", "VBZ", "VBP") or any(
            d == "aux" and w in ("has", "have", "had") for d, w in deps)
        if active and ("nsubj", noun.lower()) in deps:
            return True
        # "Data showed 373,000 Americans filed for benefits": the tagger reads
        # "filed" as a participle of "Americans", but the object of a verb of
        # showing or saying is the subject of the clause it reports, and the
        # verb after it is that clause's verb.
        head = t.head
        if t.dep_ == "acl" and head.lower_ == noun.lower() and head.dep_ == "dobj" \
                and _reports(head.head):
            return True
    return False


# Verbs of showing and finding whose object is often the subject of a
# clause they report ("showed 373,000 Americans filed"); the verbs of saying
# of the claims reader are added where they are read.
_SHOWING = frozenset({"show", "find", "indicate", "reveal", "mean"})


def _reports(verb) -> bool:
    from ..claims.attribution import CUE_VERBS
    from ..claims.nlp import lemma

    return lemma(verb).lower() in CUE_VERBS | _SHOWING


def _past_not_participle(noun: str, word: str, sentence: str) -> bool:
    """``word`` is a verb in the past the sentence writes before ``noun``,
    its object ("the gang drove two cars"): "cars drove" reads as what the
    cars did. A regular verb's past is also its participle and reads as what
    befell them ("the blast killed four miners": "miners killed"), and is kept.
    Why by the ending: no inflection table (lemminflect, pyinflect) is
    installed, and spaCy tags a form by its place in the sentence, not by
    which forms the verb has. An irregular past that is its participle too
    ("shot", "left") is dropped as well: a word lost, never a wrong one."""
    if not re.fullmatch(r"[A-Za-z]+", word) or word.lower().endswith("ed"):
        return False
    return any(t.text.lower() == word.lower() and t.tag_ == "VBD"
               and any(c.dep_ == "dobj" and c.text.lower() == noun.lower() and c.i > t.i
                       for c in t.children)
               for t in parse(sentence))


# Words that say a figure is a number or part of something without saying of
# what: "the number of people who have lost their lives has risen to 117".
_MEASURE_OF = frozenset("number total count share proportion percentage majority".split())
# A label longer than this is no label; the counted noun alone is shown then.
_LABEL_WORDS = 8


def _of_what(tokens: list[str], sentence: str) -> list[str]:
    """A subject that ends on "number" (or "total", "share") is extended by
    what the sentence says it is the number of: its "of" phrase, with a short
    relative clause ("number of people who have lost their lives"), or the
    noun alone when the clause is long."""
    if not tokens or tokens[-1].lower() not in _MEASURE_OF:
        return tokens
    for t in parse(sentence):
        if t.lower_ != tokens[-1].lower():
            continue
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if pobj is None:
            continue
        # The noun with its modifiers and relative clause, less the clause's
        # adjuncts ("who have lost their lives [due to the recent riots]").
        cut = {w.i for c in pobj.rights if c.dep_ == "relcl" for a in c.children
               if a.dep_ in ("prep", "advcl", "advmod", "npadvmod") and a.i > c.i
               for w in a.subtree}
        cut |= {w.i for c in pobj.rights if c.dep_ not in ("relcl", "acl", "amod", "compound")
                for w in c.subtree}
        words_of = [w for w in pobj.subtree if not w.is_punct and w.dep_ != "det"
                    and w.i not in cut]
        if len(tokens) + 1 + len(words_of) > _LABEL_WORDS:
            words_of = [w for w in pobj.subtree if w.i <= pobj.i and not w.is_punct
                        and w.dep_ != "det"]
        return tokens + ["of"] + [w.text for w in words_of]
    return tokens
