"""Shares of the people a poll asked: "Fifty-seven percent said so", "while
46 percent would oppose one" (AllSides dev6: six such shares of one poll,
each told by two outlets, none read). A share with no noun it is "of" that
is the subject of a verb of saying or of holding a view counts the poll's
respondents, as "57 percent of respondents said so" would.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.nlp import lemma

__all__ = ["MARGIN_OF_ERROR", "margin_of_error", "respondents_share"]

# Verbs of holding a view a poll asks about, beside those of saying.
_VIEW_VERBS = frozenset("""believe think feel support oppose favor favour approve disapprove want
blame agree disagree prefer""".split())


def respondents_share(share: Token) -> bool:
    """``share`` (the word "percent" of a share) is the subject of a verb of
    saying or of a view, and is of no noun ("62 percent of Democrats")."""
    verb = share.head
    return (share.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX")
            and lemma(verb).lower() in CUE_VERBS | _VIEW_VERBS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children))


# "a margin of error of plus or minus 4 percentage points", "The margin of
# sampling error is 3.1 points": a poll's margin of error, read before
# without its name ("error", "plus or minus points") or not at all (about 70
# in the 8,000 Baly articles). The number is the margin when only these
# words stand between the name and it; "a margin of error of 3 points on 40
# percent" gives the margin alone, and "the margin of error, with 1,000 people
# asked, ..." nothing.
_MARGIN_GAP = frozenset("""of is was were plus or minus - + /- +/- ± at about roughly approximately
around for all respondents the full sample""".split())
MARGIN_OF_ERROR = "margin of error"


def margin_of_error(tokens: Sequence[str], start: int) -> bool:
    """The number whose first word is ``tokens[start]`` (lower-cased words of
    its sentence) is the margin of error a poll's sentence names before it."""
    k = start - 1
    while k >= 0 and start - k <= 8 and tokens[k] in _MARGIN_GAP:
        k -= 1
    if k < 2 or tokens[k] != "error":
        return False
    if tokens[k - 1] == "sampling":
        k -= 1
    return k >= 2 and tokens[k - 1] == "of" and tokens[k - 2] == "margin"
