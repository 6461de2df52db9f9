"""Figures: a second value set beside the first of its sentence, the same
measure of another holder (step 4 of :mod:`crosscheck.claims.figures`).

"Clinton was awarded 699.57 state delegate equivalents, versus 695.49 for
Sanders"; "setting bond at $10 million for Manafort and $5 million for
Gates"; "Fifty-seven percent said so, compared to just 28 percent who blame
inadequate gun control laws": the second number names no noun of its own,
and was dropped for want of a subject, though another outlet gives the very
value with its noun ("a $5m bond for Gates"). Counted on the tuning parts of
the fact gold (dev-dev7): 5 figure facts left unlinked for this alone.

Tried and not kept (issue 12, with claims figures.v25): a change told again
as a share after ", or" ("The Dow fell 617 points, or 2.4%"; 50 such in the
Baly 8k) read as a share of the first value's holder. It linked one more
dev5 fact (0.5992 -> 0.6031) and one more look-alike (dev5 kept apart
0.7955 -> 0.7727: the pair model joined the Dow's 2.4% with "Standard &
Poor's 500 index slipped 2.4%"); a rule keeping figures of two named holders
apart did not undo that link and cost a fact each on dev4 and dev6. The
share stays unread until the alignment tells two indices apart.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.figure_ranges import _CHANGE_VERBS
from crosscheck.claims.nlp import lemma

__all__ = ["beside_the_previous"]

# Prepositions that set one value against another: "versus 695.49", "compared
# to just 28 percent", "178 punches to just 30". Not "from" (a change: "from
# 52 to 51" is read by the ranges reader) nor "of" (a part: "30 of 207").
_COMPARING = frozenset({"to", "versus", "vs", "vs.", "against", "than"})
# Tokens of a number's own phrase on the way up to the word that holds it.
_NUMBER_PARTS = frozenset({"nummod", "compound", "quantmod"})


def _phrase_top(tok: Token) -> Token:
    for _ in range(3):
        if tok.dep_ not in _NUMBER_PARTS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def beside_the_previous(sent: Span, end: int) -> bool:
    """The number whose words end before ``end`` is set beside an earlier
    number of its sentence as the same measure: the object of a comparing
    preposition ("versus 695.49 for Sanders", "landed 178 punches to just 30
    for Rahman") or a conjunct of the earlier number ("$10 million for
    Manafort and $5 million for Gates"); not the object of a verb of its own
    ("arrested 26 people and charged 12"), nor a level reached after a change
    ("fell 600 points to 25,324")."""
    top = _phrase_top(sent.doc[end - 1])
    head = top.head
    if top.dep_ == "pobj" and head.lower_ in _COMPARING:
        return not (head.lower_ == "to" and lemma(head.head) in _CHANGE_VERBS)
    if top.dep_ == "conj" and head.i < top.i:
        return head.like_num or head.pos_ == "NUM" or any(
            c.dep_ == "nummod" for c in head.children)
    return False
