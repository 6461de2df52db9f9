"""The statement pair model beside the hand-set paths (issue 12).

The hand-set paths (:func:`.statement_pairs.link_path`) link two statements
whose vectors are close or that share words; most event facts lost on the
tuning parts are statements two outlets word apart, under every path. The
pair model (``align-statement.v3``: logistic over :data:`.statement_features.STATEMENT_FEATURES`,
trained by ``python -m crosscheck.eval.train_align --kind statement`` on dev
to dev7) ranks them better, but each way it was used before broke a floor:
the facts it added were often ones the gold calls "compatible" (one outlet
adds a detail, where a statement finding says "agree") and now and then two
steps of one case (module docstring of :mod:`.statements`).

So it links only where it is sure and the two sentences say one thing
(:func:`model_links`): two statements no path links to any other (a fact
the paths make is left as it is: a statement the model added to one could
take it from the dated event finding it joins), each the other's most
probable match in the other article, at :data:`MODEL_LINK` or more, that

- shares a predicate (:func:`.anchors.same_predicate`: a verb, or a verb and
  its noun, "resigning" / "resignation"). Read on the dev facts the model
  linked at 0.9 with no condition (11 facts, 3 the gold calls
  "compatible"): the three tell one happening with other verbs or a verb
  and no verb ("posted photos" / "confirmed ... in pictures", "During a stop
  at the border" / "During a news conference in Brownsville",
  "irreversible for centuries to millennia"), one outlet saying more than
  the other; of the eight "agree" ones four share a verb (the other four
  are noun phrases, "the chaotic withdrawal from Afghanistan", or dated
  asides, "after suffering a heart attack on December 2");
- and does not name two parts of one day (:func:`parts_of_one_day`,
  "announced Thursday morning that a deal had been reached" / "railed
  against Republicans in a speech Thursday night": two things of one day,
  which the model scored 0.91).
"""

from __future__ import annotations

import re
from typing import Sequence


from ..models import Claim
from .align import load_model, probabilities
from .anchors import predicates, same_predicate
from .statement_features import feature_matrix
from .statement_pairs import Candidates

#: The model's probability from which a pair is linked. Beside the paths on
#: dev to dev7 (measured in :mod:`.statements`): at 0.9 with the two
#: conditions of the module docstring every facts floor holds; without
#: them dev's strict status fell to 0.942 (floor 0.95) and its judged
#: rare-words pairs to 0.60 (floor 0.64).
MODEL_LINK = 0.9

_PART_OF_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this)"
    r"\s+(morning|afternoon|evening|night)\b", re.I)
# An evening and a night are one part of a day told two ways ("died Thursday
# evening" / "died Thursday night").
_PART = {"morning": "morning", "afternoon": "afternoon", "evening": "night", "night": "night"}


def _parts_of_days(sentence: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for m in _PART_OF_DAY.finditer(sentence):
        out.setdefault(m.group(1).lower(), set()).add(_PART[m.group(2).lower()])
    return {day: frozenset(parts) for day, parts in out.items()}


def parts_of_one_day(a: str, b: str) -> bool:
    """The two sentences name one day ("Thursday", "yesterday") with two
    parts of it ("morning" / "night"): two things of that day."""
    pa, pb = _parts_of_days(a), _parts_of_days(b)
    return any(pa[day].isdisjoint(pb[day]) for day in pa.keys() & pb.keys())


def most_probable(pairs: Sequence[tuple[int, int]], p: Sequence[float], owner: Sequence[int]
                  ) -> set[frozenset[int]]:
    """The pairs (i, j) whose two statements are each the other's most
    probable match in the other's article (``owner``: each statement's)."""
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for (i, j), prob in zip(pairs, p):
        for x, y in ((i, j), (j, i)):
            key = (x, int(owner[y]))
            if prob > best.get(key, (-1.0, -1))[0]:
                best[key] = (prob, y)
    return {frozenset((i, j)) for i, j in pairs
            if best[i, int(owner[j])][1] == j and best[j, int(owner[i])][1] == i}


def model_links(statements: Sequence[Claim], found: Candidates, unlinked: Sequence[bool],
                rules: Sequence[str]) -> set[frozenset[int]]:
    """The candidate pairs of ``found`` the model links (module docstring):
    of those no rule keeps apart (``rules``), each the other's most probable
    match, at :data:`MODEL_LINK` or more, left alone by the paths
    (``unlinked``: :func:`.statement_pairs.left_by_paths`), sharing a
    predicate and naming no two parts of one day."""
    kept = [k for k, rule in enumerate(rules) if not rule]
    if not kept:
        return set()
    scored = [found.pairs[k] for k in kept]
    p = probabilities(load_model("statement"), feature_matrix(statements, Candidates(
        scored, found.owner, found.similarity, found.said, found.named)))
    pairs = [(i, j) for i, j, _ in scored]
    mutual = most_probable(pairs, p, found.owner)
    out = set()
    for (i, j), prob, k in zip(pairs, p, kept):
        if prob < MODEL_LINK or not unlinked[k] or frozenset((i, j)) not in mutual:
            continue
        a, b = statements[i].sentence, statements[j].sentence
        if not parts_of_one_day(a, b) and same_predicate(predicates(a), predicates(b)):
            out.add(frozenset((i, j)))
    return out
