"""What a figure's label keeps of the subject the claims reader gave it,
and the unit of measure written after its number: read from the claims
pass's own parse of the sentence and carried on the figure (``Figure.label``,
``Figure.written_unit``), so that no later stage parses the sentence again.

The label is the counted thing, less the verbs run into it ("cars drove",
"Americans filed showed"), said of what when it is a "number" or a "range".
The corroborator (:mod:`crosscheck.corroborate.figure_words`) words the
value and the topic from them, and finds the number in the sentence with
:func:`number_written`, as this module does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Span

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.nlp import Sentence, lemma, read_sentences
from crosscheck.claims.numbers import number_forms
from crosscheck.models import Figure


def labelled(figure: Figure, text: str, sent: Sentence) -> Figure:
    """``figure`` with its label and written unit read from ``sent``, the
    parsed sentence it was read from, whose words are ``text`` (the claim's
    sentence; given, because ``Doc.text`` joins every token of the article)."""
    number = number_written(figure, text)
    # Offsets of the parse are the article's; the number's are the sentence's.
    number_at = number.start() if number else None
    label = counted(figure.subject, text, number_at, sent.span, sent.ents)
    unit = None if figure.unit or number_at is None else \
        _unit_written(sent.span, sent.start + number_at)
    return replace(figure, label=label, written_unit=unit)


@lru_cache(maxsize=2048)
def labelled_alone(figure: Figure, sentence: str) -> Figure:
    """``figure`` with its label and written unit read from a parse of
    ``sentence`` alone: for a figure claimed before figures carried them
    (figures.v7 and older, such as the notes gold's stored inputs). The
    claims stage reads them from the article's parse instead."""
    doc = next(read_sentences([sentence]))[0].span.doc if sentence.strip() else None
    if doc is None:
        return replace(figure, label=figure.subject)
    return labelled(figure, sentence, Sentence(doc[:], 0, len(sentence), 0, tuple(doc.ents)))


# Words a subject may end on that end no noun phrase ("indian sailors had").
_TRAILING = frozenset("had has have was were is are be been did does do said says showed".split())


def counted(subject: str, sentence: str, number_at: int | None, parsed: Span,
            ents: Sequence[Span] | None = None) -> str:
    """The subject less the words the claims reader ran into it that are no
    part of the counted thing: auxiliaries and reporting verbs ("indian
    sailors had"), and a passive participle whose subject is someone else,
    written before the number ("Orozco was arrested five buildings away" gave
    "buildings arrested"; "the blast killed four miners" keeps "killed").
    ``parsed`` is the claims pass's parse of ``sentence``; ``number_at`` the
    number's offset in ``sentence``; ``ents`` its entities when already found
    (``Sentence.ents``: ``Span.ents`` makes a Span of every entity of the
    whole article at each call, 2.5 % of a profiled run)."""
    tokens = subject.split()
    before = sentence[:number_at].lower() if number_at is not None else ""
    while len(tokens) > 1 and (tokens[-1].lower() in _TRAILING or re.search(
            rf"\b(?:was|were|is|are|been|be)\s+{re.escape(tokens[-1].lower())}\b", before)
            or _acts(tokens[-2], tokens[-1], parsed)
            or _past_not_participle(tokens[-2], tokens[-1], parsed)):
        tokens.pop()
    tokens = _of_what(tokens, parsed)
    if [t.lower() for t in tokens] == ["range"]:
        tokens = _whose_range(parsed) or tokens
    if _a_name(tokens, parsed.ents if ents is None else ents):
        return ""  # "$3 million (Ross)": a person or a place is no counted thing
    return " ".join(tokens)


# Entity kinds that name one person, body or place: a label that is one of
# them whole says whose or where the figure is, not what it counts ("Ross" of
# "Ross will be paid $3 million"; the small model tags a lone surname ORG as
# often as PERSON). Groups of people (NORP: "Afghans", "Democrats") are
# counted and stay, and so does a name right after an ordinal, which counts
# it ("the 68th World Health Assembly").
_ONE_NAMED = frozenset("PERSON ORG GPE LOC FAC".split())


def _an_ordinal(word: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word)) or word in _ORDINAL_WORDS.values()


def _a_name(tokens: list[str], ents: Sequence[Span]) -> bool:
    """The label is, word for word, a name the entity recogniser finds in
    the sentence (``ents``), of a person, a body or a place (:data:`_ONE_NAMED`)."""
    wanted = [t.lower() for t in tokens]
    if not wanted:
        return False
    for ent in ents:
        if ent.label_ in _ONE_NAMED and [t.lower_ for t in ent if t.dep_ != "det"] == wanted \
                and not (len(ent) == 1 and ent[0].tag_ == "NNPS") \
                and not (ent.start > 0 and _an_ordinal(ent.doc[ent.start - 1].lower_)):
            return True  # (a plural, "Greeks", is a group however it is tagged)
    return False


def _whose_range(sentence: Span) -> list[str]:
    """What a range is of: the subject of the clause "in the range of …"
    stands in ("the Red Sox offer was expected to be in the range of $145
    million to $175 million" gives "Red Sox offer"); empty when the clause
    names none, or a pronoun, or more words than a label holds."""
    for t in sentence:
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


def _acts(noun: str, word: str, sentence: Span) -> bool:
    """``word`` is a verb the sentence gives ``noun`` to do, not one done to
    it: "373,000 Americans filed for benefits", "two cars drove into",
    "the number has risen to 117", "containers entering the US"; or a verb
    whose particle or "as" the subject cut off ("robberies carried [out]",
    "a program known [as]"). A participle of what befell the counted thing
    reads as English and is kept: "200 people arrested", "11 women harassed",
    "murders committed", "officers accused of"."""
    if not re.fullmatch(r"[A-Za-z]+", word):
        return False
    for t in sentence:
        if t.text.lower() != word.lower() or not t.tag_.startswith("VB"):
            continue
        deps = {(c.dep_, c.text.lower()) for c in t.children}
        if t.tag_ == "VBG" or any(d == "prt" for d, _ in deps) or ("prep", "as") in deps:
            return True
        active = t.tag_ in ("VBD", "VBZ", "VBP") or any(
            d == "aux" and w in ("has", "have", "had") for d, w in deps)
        if active and ("nsubj", noun.lower()) in deps:
            return True
        if any(d in ("nsubj", "nsubjpass") and w not in (noun.lower(), "that", "which", "who")
               for d, w in deps) and ("dobj", noun.lower()) not in deps:
            # a verb with a subject and an object of its own says nothing of
            # the counted thing: "two reports that … it had created three
            # viruses" ("he harassed 11 women" keeps "women harassed")
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
    return lemma(verb).lower() in CUE_VERBS | _SHOWING


def _past_not_participle(noun: str, word: str, sentence: Span) -> bool:
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
               for t in sentence)


# Words that say a figure is a number or part of something without saying of
# what: "the number of people who have lost their lives has risen to 117".
_MEASURE_OF = frozenset("number total count share proportion percentage majority".split())
# A label longer than this is no label; the counted noun alone is shown then.
_LABEL_WORDS = 8


def _of_what(tokens: list[str], sentence: Span) -> list[str]:
    """A subject that ends on "number" (or "total", "share") is extended by
    what the sentence says it is the number of: its "of" phrase, with a short
    relative clause ("number of people who have lost their lives"), or the
    noun alone when the clause is long."""
    if not tokens or tokens[-1].lower() not in _MEASURE_OF:
        return tokens
    for t in sentence:
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


def _unit_written(sentence: Span, number_at: int) -> str | None:
    """The unit of measure written right after the number at character
    ``number_at`` of the parsed text, when the figure has none of the claims
    reader's units ("about 60 metres", "200 feet"): the named-entity tagger
    reads the two as one quantity. None when the sentence writes no such
    quantity there ("about 60 people" is a count, its noun the topic)."""
    doc = sentence.doc
    at = next((t for t in sentence if t.idx == number_at), None)
    if at is None or at.ent_type_ != "QUANTITY" or at.i + 1 >= sentence.end:
        return None
    k = at.i + 1
    while k < sentence.end and doc[k].like_num and doc[k].ent_type_ == "QUANTITY":
        k += 1  # "1.2 million tonnes": the magnitude is part of the number, not its unit
    if k >= sentence.end:
        return None
    unit = doc[k]
    if unit.ent_type_ != "QUANTITY" or not unit.is_alpha:
        return None
    return unit.text


SPELLED = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

_ORDINAL_WORDS = dict(enumerate("""first second third fourth fifth sixth seventh eighth ninth
tenth eleventh twelfth""".split(), start=1))


def ordinal(value: float) -> str:
    """"2nd", "81st", "113th"."""
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


WORD_NUMBERS = dict(SPELLED, **{w: n for n, w in enumerate(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), start=13)},
    **{w: n * 10 for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(),
                                       start=3)}, dozen=12, hundred=100)


_HYPHEN_AFTER_WORD = re.compile(r"(?<=\w)-")
_LETTERS_AFTER_DIGIT = re.compile(r"(?<=\d)[a-z]+$")


# Cached: the corroborator asks it of one claim four or five times as it words
# a note (8,091 calls, 2.5 s of a cProfile of 200 Baly articles).
@lru_cache(maxsize=4096)
def number_written(f: Figure, sentence: str) -> re.Match | None:
    """Where ``sentence`` writes the figure's number ("277km", "six", "$20,000")."""
    forms = number_forms(f.value) | {w for w, n in WORD_NUMBERS.items() if n == f.value}
    if abs(f.value) >= 1e12:
        forms.add(f"{f.value / 1e12:g}")
    if f.unit == "ordinal":
        forms |= {ordinal(f.value), _ORDINAL_WORDS.get(int(f.value), "")} - {""}
    found = []
    for m in re.finditer(r"\S+", sentence):
        # "three-year", "$300-a-week", "277km": the number is the first part
        head = _HYPHEN_AFTER_WORD.split(m.group().strip(".,;:$€£%()“”\"'"))[0].lstrip("$€£")
        if _LETTERS_AFTER_DIGIT.sub("", head.lower()) in forms:
            found.append(m)
    # "2" is a form of 2,000 ("2 thousand"), but "2 million" writes another
    # amount: a number whose written scale gives another value comes last.
    return min(found, key=lambda m: writes_another_amount(sentence, m, f.value), default=None)


def writes_another_amount(sentence: str, m: re.Match, value: float) -> bool:
    """The number at ``m`` is part of an amount other than ``value``: a scale
    after it gives another ("2 million" read as 2), or it is the first half of
    a decimal the text split ("$2. 6 million" read as 2)."""
    if _scale_after(sentence, m) not in (None, value):
        return True
    return bool(re.fullmatch(r"[$€£]?\d+\.", m.group().lstrip("(“\"'"))
                and re.match(r"\s+\d", sentence[m.end():]))


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mm": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}


def _scale_after(sentence: str, m: re.Match) -> float | None:
    """The amount ``m`` writes with the scale after it ("2 million", "two -
    million", "$140 - 150MM", "75M"), or None when no scale follows."""
    token = m.group().lower().strip(".,;:()“”\"'")
    number = re.match(r"[$€£]?([\d.,]+)([a-z]*)", token)
    following = re.findall(r"[^\s-]+", sentence[m.end():])[:1]
    scale = number.group(2) if number and number.group(2) in _SCALES else None
    if scale is None and following:
        word = re.sub(r"^[\d.,$€£]+", "", following[0].lower().strip(".,;:()“”\"'"))
        scale = word if word in _SCALES else None
    if scale is None:
        return None
    if number is None:
        spelled = WORD_NUMBERS.get(re.split(r"-", token)[0])
        return None if spelled is None else spelled * _SCALES[scale]
    try:
        return float(number.group(1).replace(",", "")) * _SCALES[scale]
    except ValueError:
        return None
