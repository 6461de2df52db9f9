"""Shares of the people a poll asked: "Fifty-seven percent said so", "while
46 percent would oppose one" (AllSides dev6: six such shares of one poll,
each told by two outlets, none read). A share with no noun it is "of" that
is the subject of a verb of saying or of holding a view counts the poll's
respondents, as "57 percent of respondents said so" would.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.nlp import lemma

__all__ = ["respondents_share"]

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
