"""Where an excerpt ends when its last word opens a noun phrase whose head
comes after it: cut there, the phrase says another thing or nothing ("a
police…", "…the assessment of U.S…", "…at the 17-minute…"). Split from
:mod:`.excerpts` (at its size cap), which asks it of every excerpt."""

from __future__ import annotations

import re

from ..claims.nlp import parse
from .excerpt_tokens import _AUXILIARIES
from .wording import _FUNCTION_WORDS

#: How many words on an excerpt may reach the head of a noun phrase it would
#: stop inside: "his second wife" is one, "the Russell stock-market indexes"
#: two; further, the phrase is a long one of its own and the excerpt stops.
NOUN_HEAD_REACH = 3

# A word the excerpt may end on: letters, digits, hyphens, apostrophes and the
# points of an abbreviation ("U.S.": notes gold, heldout15, heldout20, "…using
# the U.S…" for "the U.S. financial system").
_WORD = re.compile(r"[\w’'.-]+")
# The word after it, lowercase, a possessive included ("the New York
# billionaire’s plans": heldout19).
_FOLLOWING = re.compile(r"[a-z][\w’'-]*")
# Words that head a phrase of their own, though the parse may read them as a
# noun before the next ("promising something competitors, increasingly, did
# not": notes gold, heldout6, where "something competitors" is no phrase).
_OWN_HEADS = frozenset("something anything nothing everything someone anyone everyone "
                       "somebody anybody nobody everybody".split())
# How a word modifies the head of its noun phrase: as an adjective or a noun
# before it, or as a possessive ("President Barack Obama's next defense
# secretary": heldout17).
_MODIFIES = frozenset({"compound", "amod", "poss"})


def _modifies(token) -> bool:
    """``token`` modifies the head of its noun phrase; a name the parse calls
    a nominal modifier does too ("the U.S. financial system"), a common noun
    so called may head a phrase of its own ("about housing and transport
    costs")."""
    return token.dep_ in _MODIFIES or (token.dep_ == "nmod" and token.pos_ == "PROPN")


def noun_it_modifies(sentence: str, tokens: list[tuple[int, int, str]], last: int) -> int:
    """Where an excerpt ending on ``tokens[last]`` ends when that word
    modifies a noun a word or two on ("encircled a police station", "married
    … to his second wife", "take a look at executive orders", "a July 25 phone
    call"): at the phrase's head, when every word up to it modifies it too,
    modifiers joined by "and" or "or" included ("its third and final day":
    notes gold, heldout18, "…wrapped up its third…"); else ``last``. The
    parse is asked whenever the next word is lowercase and no function word
    or auxiliary (the phrase's head may end the sentence: "…are illegal
    immigrants."), not only after a determiner or a preposition a word or two
    back as before: "during a July 25 phone call" and "on whether federal civil
    rights law" have neither there (heldout17 to heldout20, "…phone…",
    "…federal civil…"), and the parse says whether the word modifies what
    follows ("Officials said the police chased…" it does not)."""
    word, following = tokens[last][2].rstrip("."), tokens[last + 1][2].rstrip(",;:.")
    if following in ("and", "or") and last + 2 < len(tokens):
        following = tokens[last + 2][2].rstrip(",;:")  # "third and final day"
    if not _WORD.fullmatch(word) or word.lower() in _OWN_HEADS \
            or not _FOLLOWING.fullmatch(following) \
            or following in _FUNCTION_WORDS or following in _AUXILIARIES \
            or tokens[last][2].endswith((",", ";", ":")):
        return last
    doc = parse(sentence)
    start, end = tokens[last][0], tokens[last][1]
    # the word's last part: "minute" of "17-minute" (read as "17", "-",
    # "minute"), the name of "Obama's" (read as "Obama", "'s")
    inside = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if not inside:
        return last
    at = inside[-1].head if inside[-1].dep_ == "case" else inside[-1]
    word_end = inside[-1].i
    if at.dep_ == "conj" and _modifies(at.head) and at.head.i < at.i:
        at = at.head  # the second of two modifiers ("Republican and Democratic senators")
    # on through a word that modifies the next ("an indoor mask mandate")
    while _modifies(at) and at.head.pos_ == "NOUN" \
            and 0 < at.head.i - word_end <= NOUN_HEAD_REACH \
            and all((doc[i].dep_ in ("compound", "amod") and doc[i].head.i in (at.head.i, i + 1))
                    or (doc[i].dep_ in ("cc", "conj") and doc[i].head.i == at.i)
                    or (doc[i].dep_ == "case" and doc[i].head.i == at.i)
                    for i in range(at.i + 1, at.head.i)):
        at = at.head
    if at.idx < end:
        return last
    return next((n for n, (s, e, _) in enumerate(tokens) if s <= at.idx < e), last)
