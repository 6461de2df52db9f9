"""Who a partial quote's speaker is when no speech verb before it names
one (quotes.py keeps a short quote only with a speaker in its own sentence,
since without one it is mostly a scare quote): the clause right after it
that attributes it, or the person a colon hands it to.
"""

from __future__ import annotations

import re

from crosscheck.claims.article_people import People
from crosscheck.claims.attribution import cue_subjects
from crosscheck.claims.nlp import Sentence
from crosscheck.claims.speakers import resolve


def ends_its_sentence(text: str, sents: list[Sentence], quote_end: int) -> bool:
    """Nothing but marks stands between the quote and its sentence's end:
    a colon hands the quote all that follows it."""
    end = max(s.end for s in sents)
    return not re.sub(r"[\s”\"’»'.!?)]", "", text[quote_end:end])


# Words between a partial quote's closing mark and the verb of the clause
# that attributes it ("“a criminal capacity,” spokesman Fabien Levy
# confirmed"; "“a virtual tie,” as Sanders put it"): a title and a name.
ATTRIBUTION_WORDS = 6


def attribution_right_after(text: str, sents: list[Sentence], quote: tuple[int, int],
                            outside: list[tuple[int, int]], people: People) -> str | None:
    """The speaker of a short quote that ends in a comma and is followed at
    once by the clause attributing it: "the investigation has entered “a
    criminal capacity,” spokesman Fabien Levy confirmed", "Calling the race
    a “virtual tie,” Mr. Sanders said" (dev3, dev7: partial quotes lost
    since only a verb before them counted). A speaker the clause names, not
    a pronoun (precision first: a short quote is mostly someone's word
    the writer borrows), and only when nothing but the speaker (and "as")
    stands between the mark and the verb: in "critics call it a “tax grab,”
    and the mayor said …" the words are not the mayor's."""
    start, end = quote
    if not text[start:end].rstrip().endswith(","):
        return None
    for sent in sents:
        for head, verb in cue_subjects(sent.span, outside):
            between = [t for t in sent.span if end < t.idx < verb.idx + len(verb.text)
                       and not t.is_punct and t.i != verb.i]
            if verb.idx <= end or not between and head.i < verb.i \
                    or len(between) > ATTRIBUTION_WORDS or head.pos_ == "PRON":
                continue
            if all(t.i in {w.i for w in head.subtree} or t.lower_ == "as" for t in between):
                return resolve(head, people, head.idx, outside)
    return None
