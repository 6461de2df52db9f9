"""When a person's title is held, as a sentence tells it: now, formerly
("former Mines Minister"), at a time the sentence speaks of ("then-President
X", "under President X"), or in someone else's quoted words. Read by the
role findings (:mod:`.roles`) and by the conflict evidence, which sets a
title held now against a former one only when both are the articles' own.
"""

from __future__ import annotations

import re

from ..claims.titles import TITLE_WORDS
from ..models import Claim
from ..patterns import compiled
from .quote_text import within_quotation

__all__ = ["before_name", "is_former", "past_context", "quoted_name"]


def before_name(claim: Claim, words: int = 3) -> str | None:
    """The words before this person's title, where the title stands before
    their name, at most ``words`` of them: "... under former Mines Minister
    Adaeze Korrin" gives "... under former ". Anchored on the name, so that
    another person's "former" in the same sentence does not count."""
    surname = claim.role.person.split()[-1] if claim.role.person.split() else ""
    head = claim.role.title.split()[-1] if claim.role.title.split() else ""
    if not surname or not head:
        return None
    # (?!\w), not \b: a dotted title ("Gov.") has no word boundary after its dot.
    pattern = (rf"{re.escape(head)}(?!\w)[\s,]+(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(surname)}\b")
    m = None
    for m in compiled(pattern, re.I).finditer(claim.sentence):
        pass  # the last such mention: nearest the name the claim was read from
    if m is None:
        return None
    start = m.start()
    qualifiers = claim.role.title.split()[:-1]
    words_before = claim.sentence[:start].split()
    # step back over the title's own qualifiers ("Mines" in "Mines Minister")
    while words_before and qualifiers and words_before[-1].lower() == qualifiers[-1].lower():
        words_before.pop()
        qualifiers.pop()
    return " ".join(words_before[-words:]) + " "


# "former" and a place written with a comma before the title: "former South
# Bend, Ind., Mayor", "former South Bend, Indiana Mayor" (claims stored before
# roles.v25 read them as the mayor now). Capitalised words only, none of them
# a title word: in "former President Obama, Indiana Mayor X" the "former" is
# Obama's.
_FORMER_PLACE = re.compile(r"\b[Ff]ormer\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+"
                           r"(?:[A-Z][\w.'’-]*\s+){0,1}[A-Z][\w.'’-]*,?\s*)$")


def is_former(claim: Claim) -> bool:
    """The text calls this person's title former, even where the extractor
    missed it ("Former President X said" at the start of a sentence, "former
    South Bend, Ind., Mayor X")."""
    if claim.role.former:
        return True
    before = before_name(claim, words=6)
    if not before:
        return False
    if re.search(r"\bformer[\s-]*$", before, re.I):
        return True
    place = _FORMER_PLACE.search(before)
    return bool(place) and not any(w.strip(",").lower() in TITLE_WORDS for w in place.group(1).split())


def quoted_name(claim: Claim) -> bool:
    """The person's name (its last word) stands inside quotation marks in
    the claim's sentence: someone's words the article quotes, where a title
    is the speaker's and of the speaker's time."""
    surname = claim.role.person.split()[-1:] or [""]
    at = claim.sentence.find(surname[0]) if surname[0] else -1
    return at >= 0 and within_quotation(claim.sentence, at)


def past_context(claim: Claim) -> bool:
    """The sentence speaks of the time this person held the title
    ("then-President X", "under President X", "as minister")."""
    before = before_name(claim)
    return bool(before and re.search(r"\b(?:then|under|as|during|when|while|was|were|"
                                     r"had been|formerly)[\s-]*$", before, re.I))
