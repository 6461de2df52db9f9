"""What tells two alike statements of one story apart: the contrast features
of the statement pair model (:mod:`crosscheck.corroborate.statement_features`).

Read on the gold's event look-alike pairs of dev3, dev4 and dev5 that the
pair model without them put at 0.5 or more (14 of 26, cross-validated by
story on dev to dev5; "the magistrates' hearing on
Tuesday; the Crown Court on 19 August", "released without bail / arrested on
one Friday", "LaSalle is expected to be charged today / to appear in court
next Monday", "the House passed the bill / the Senate passed it on
Tuesday"): two steps of one case, or two things of one day, told with the
same people, place and topic. What differs is said in general English: the
times each names ("last week" against "on Wednesday", "this morning" against
"this afternoon", "6 p.m." against "4 p.m."), the tense or a modal on one
side only ("is due to appear", "will hold", "is expected to" against a done
deed), the main clause's gist (subject, verb, object as the claims parse
reads them: "police arrested a woman" / "a woman was released") and the
names of that clause the other sentence lacks ("the Alabama House" /
"the Alabama Senate"), numbers both write and none in common, and one
side attributing what the other states.

Trained with them (``align-statement.v2``) the model weighs the times most
(two times named, a time on one side only: about -0.36 each in standard
units, against +1.3 for the rare words shared), tense, names and numbers
little; its cross-validated AUC moved 0.872 -> 0.875 and the look-alikes it
puts at 0.7 or more 10 -> 6 of 26 (corroborate/statements.py). Times
compared by kind (a weekday's morning against its night) were measured and
not kept: the feature's weight fell to nothing (AUC 0.873).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..clean.dates import IS_YEAR
from .align import jaccard
from .common import words
from ..models import Claim

CONTRAST_FEATURES = (
    "times_apart",      # both name a time, none in common
    "times_one",        # only one names a time
    "tense_apart",      # the claims parse reads two tenses (past, present, future)
    "modal_one",        # only one hedges, plans or foretells ("would", "may", "plans to")
    "attributed_one",   # only one attributes ("X said", "according to")
    "gist",             # Jaccard of the stems of the main clauses (subject, verb, object)
    "gist_names_missing",  # share of a main clause's names the other sentence lacks, the larger
    "numbers_apart",    # both write numbers (not years), none in common
)

# Times as compared: the claims reader's months and weekdays
# (Event.when_text) and what it leaves out, relative days and parts of
# them, weeks, clock times and years.
_RELATIVE = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|(?:this|last|next|earlier this|later this)\s+"
    r"(?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|fall|autumn|winter"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?::\s?\d\d)?\s?[ap]\.?\s?m\b"
    r"|(?:19|20)\d\d)\b", re.I)
# A modal, a hedge or a plan: the clause says what may, will or is meant to happen.
_MODAL = re.compile(
    r"\b(?:will|would|may|might|could|should|shall|can|'ll|(?:plan|plans|planned|planning|"
    r"expected|due|set|scheduled|intends?|intended|aims?|seeks?|wants?|hopes?|threaten(?:s|ed)?|"
    r"promis(?:es|ed)|vow(?:s|ed)|going|likely|poised|proposed?) to)\b", re.I)
# Saying who says so ("police said", "according to"): the verbs of attribution
# the news uses most.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|according to|told|reported|reports|announced|claimed|alleged|stated"
    r"|confirmed|added)\b", re.I)


def _times(claim: Claim) -> frozenset[str]:
    found = {w.strip().lower() for w in (claim.event.when_text or "").split(";") if w.strip()} \
        if claim.event is not None else set()
    found |= {re.sub(r"[\s.]", "", m.group(0).lower()) for m in _RELATIVE.finditer(claim.sentence)}
    return frozenset(found)


def _gist(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the main clause's words (the claims parse's subject,
    verb and object, ``Event.text``) and its names (capitalised words)."""
    text = claim.event.text if claim.event is not None else ""
    stems = frozenset(w[:5] for w in words(text))
    named = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'-]+", text)[1:]
                      if w.lower() not in ("i",))
    return stems, named


def _numbers(sentence: str) -> frozenset[str]:
    return frozenset(w for w in words(sentence) if w[0].isdigit() and not IS_YEAR.match(w))


class ContrastParts(NamedTuple):
    """What :func:`contrast` reads of one statement, read once however many
    pairs it is in (a statement of a story of 30 articles is in dozens)."""

    times: frozenset[str]
    tense: str | None
    gist: frozenset[str]
    gist_names: frozenset[str]
    said: frozenset[str]
    numbers: frozenset[str]
    modal: bool
    attributed: bool


def contrast_parts(claim: Claim) -> ContrastParts:
    gist, named = _gist(claim)
    return ContrastParts(_times(claim), claim.event.tense if claim.event is not None else None,
                         gist, named, frozenset(words(claim.sentence)), _numbers(claim.sentence),
                         bool(_MODAL.search(claim.sentence)),
                         bool(_ATTRIBUTED.search(claim.sentence)))


def contrast(a: Claim, b: Claim) -> list[float]:
    """The :data:`CONTRAST_FEATURES` of two statements."""
    return contrast_of(contrast_parts(a), contrast_parts(b))


def contrast_of(a: ContrastParts, b: ContrastParts) -> list[float]:
    """The :data:`CONTRAST_FEATURES` of two statements' :func:`contrast_parts`."""
    ta, tb, na, nb = a.times, b.times, a.gist_names, b.gist_names
    missing = max(len(na - b.said) / len(na) if na else 0.0,
                  len(nb - a.said) / len(nb) if nb else 0.0)
    return [
        float(bool(ta and tb) and ta.isdisjoint(tb)),
        float(bool(ta) != bool(tb)),
        float(bool(a.tense and b.tense) and a.tense != b.tense),
        float(a.modal != b.modal),
        float(a.attributed != b.attributed),
        jaccard(a.gist, b.gist),
        missing,
        float(bool(a.numbers and b.numbers) and a.numbers.isdisjoint(b.numbers)),
    ]
