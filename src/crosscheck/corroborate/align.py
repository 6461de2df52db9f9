"""Alignment: which mentions in different articles state the same fact.

No single signal separates the same fact told in other words from a
look-alike: measured on the fact gold, the cosine of two sentences averages
0.58 for one fact and 0.46 for look-alikes, and any threshold on it alone
either links one look-alike pair in ten or loses most true pairs. So each
candidate pair (two mentions of one kind and quantity class, in different
articles) is scored by a small logistic model over several signals: value
compatibility, the subject phrases (words and vectors), the words around the
number, shared names and numbers, state, period and scope words, and the
sentence vectors. The weights are trained on the dev part of the fact gold by
``python -m crosscheck.eval.train_align`` and shipped as
``data/align-<kind>.<version>.json`` (:data:`MODEL_VERSIONS`); a change of features or weights gets a new
version, recorded with the findings.

Mentions are then clustered into facts: pairs are joined strongest first when
their probability reaches the model's link threshold, and two clusters join
only when every cross pair between them was scored at least
:data:`COMPLETE_LINK_SHARE` of the link threshold, so that a chain of
near-misses cannot glue two facts together (events: half of the cross
pairs linked, every one scored, event_links.EVENT_LINKED_SHARE). A fact never holds two different
values from one article (one article giving "12" and "13" speaks of two
things).

Linear inference is a dot product, written here with NumPy: the model needs
scikit-learn to be trained, not to be used.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..claims.numbers import number_forms  # how the claims reader writes a value, read here too
from ..models import Claim
from .common import words

DATA = Path(__file__).resolve().parents[1] / "data"
#: A cluster joins another only if no cross pair scored below this share of
#: the link threshold: single linkage alone chained "8 dead" to "8 injured"
#: through a mention vague enough to resemble both.
COMPLETE_LINK_SHARE = 0.5
#: The score of a pair a rule keeps apart whatever the model says: below any
#: share of a threshold, and a veto of the clusters it would join
#: (:func:`cluster`).
KEPT_APART = -1.0

_PERIOD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|(?:first|second|third|fourth) quarter|Q[1-4]|"
                     r"(?:19|20)\d\d|(?:last|this|next) (?:month|year|week|quarter)|"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b")
_NUMBER = re.compile(r"\d[\d,.]*")
WINDOW = 6


#: The version of each kind's shipped model (``data/align-KIND.VERSION.json``).
MODEL_VERSIONS = {"figure": "v2", "event": "v2", "statement": "v3"}


@lru_cache(maxsize=None)
def load_model(kind: str) -> dict:
    """The shipped model for ``kind`` (``figure`` or ``event``)."""
    path = DATA / f"align-{kind}.{MODEL_VERSIONS[kind]}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def probabilities(model: dict, rows: np.ndarray) -> np.ndarray:
    """P(same fact) for each row of features, in the model's feature order."""
    if len(rows) == 0:
        return np.zeros(0)
    mean = np.asarray(model["mean"])
    scale = np.asarray(model["scale"])
    z = ((rows - mean) / scale) @ np.asarray(model["coef"]) + model["intercept"]
    return _sigmoid(z)


# -- what a mention says around its number -------------------------------------

def window_words(sentence: str, value: float | None, width: int = WINDOW) -> frozenset[str]:
    """Content words within ``width`` words of the mention's number (or of the
    whole sentence when the number cannot be found)."""
    tokens = words(sentence)
    forms = number_forms(value) if value is not None else set()
    at = next((i for i, t in enumerate(tokens) if t.rstrip("%").lstrip("$") in forms), None)
    if at is None:
        return frozenset(t for t in tokens if not t[0].isdigit())
    near = tokens[max(0, at - width):at] + tokens[at + 1:at + 1 + width]
    return frozenset(t for t in near if not t[0].isdigit())


def names(sentence: str) -> frozenset[str]:
    """Capitalised words that are not the first of the sentence: names, places, organisations."""
    return frozenset(m.lower() for m in _NAME.findall(sentence))


def numbers(sentence: str, skip: float | None = None) -> frozenset[str]:
    found = {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(sentence)}
    if skip is not None:
        found -= {f"{skip:g}"}
    return frozenset(found)


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


#: "Q2" is the second quarter: business outlets write one, general ones the other.
QUARTERS = {"q1": "first quarter", "q2": "second quarter", "q3": "third quarter",
            "q4": "fourth quarter"}


def period_name(written: str) -> str:
    """A period as compared: in lower case, a quarter written out ("Q2" → "second quarter")."""
    return QUARTERS.get(written.lower(), written.lower())


def periods(sentence: str) -> frozenset[str]:
    return frozenset(period_name(p) for p in _PERIOD.findall(sentence))


# -- clustering ----------------------------------------------------------------

def cluster(items: Sequence[Claim], pairs: Sequence[tuple[int, int, float]], threshold: float,
            compatible: Callable[[list[Claim]], bool],
            complete_share: float = COMPLETE_LINK_SHARE, linked_share: float = 1.0) -> list[list[int]]:
    """Indices of ``items`` grouped into facts (see the module docstring).

    ``pairs`` holds (i, j, probability) for every scored candidate pair;
    ``compatible`` says whether a group may hold its members together (one
    value per article). With ``linked_share`` under 1, two clusters join
    when that share of their cross pairs reach ``complete_share`` of the
    threshold and every cross pair was scored (a candidate), not only when
    all reach it; a pair scored below zero (:data:`KEPT_APART`) is a rule's
    veto, and two clusters with one between them never join.
    """
    score = {(min(i, j), max(i, j)): p for i, j, p in pairs}
    group = {i: [i] for i in range(len(items))}
    owner = list(range(len(items)))
    for i, j, p in sorted(pairs, key=lambda t: (-t[2], t[0], t[1])):
        if p < threshold:
            break
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        cross = [score.get((min(a, b), max(a, b))) for a in group[gi] for b in group[gj]
                 if items[a].article != items[b].article]
        bar = threshold * complete_share
        if any(s is None or s < 0 for s in cross) or \
                sum(s >= bar for s in cross) < linked_share * len(cross):
            continue
        merged = group[gi] + group[gj]
        if not compatible([items[k] for k in merged]):
            continue
        for k in group[gj]:
            owner[k] = gi
        group[gi] = merged
        del group[gj]
    return [sorted(g) for _, g in sorted(group.items())]


def log_ratio(a: float, b: float) -> float:
    if a == b:
        return 0.0
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return 5.0
    return min(abs(math.log(abs(a) / abs(b))), 5.0)
