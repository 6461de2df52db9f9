"""The statement pair model's features: what the hand-set paths read of a
candidate pair of statements (:data:`crosscheck.corroborate.statement_pairs.LINK_FEATURES`)
and what only the model reads, computed here for the pairs no rule keeps
apart, for training (``python -m crosscheck.eval.train_align --kind
statement``) and for the engine's model links (:mod:`.statement_model`).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .align import jaccard
from .anchors import story_rare
from .statement_pairs import LINK_FEATURES, Candidates, candidates, kept_apart
from ..models import Claim
from .statement_contrast import CONTRAST_FEATURES, contrast_of, contrast_parts

#: A sentence among an article's first few states what its lede does: two
#: leads of one story often restate one fact in other words.
LEAD = 3
#: Neighbours averaged in the ratio margin (bitext mining's k).
MARGIN_NEIGHBOURS = 4

STATEMENT_FEATURES = (
    "cosine",           # of the two sentence vectors (all-MiniLM-L6-v2)
    "ratio_margin",     # the cosine over the mean of each one's nearest in the other article
    "mutual",           # each the other's best match by cosine
    "rank",             # the worse of the two ranks, log(1 + rank)
    "rare",             # rare-word similarity
    "rare_said",        # ... of the words that are not names
    "rare_mutual",      # each the other's best match by rare words
    "words",            # Jaccard of the content words
    "names",            # Jaccard of the names
    "numbers",          # a number both write
    "length",           # shorter / longer, in content words
    "lead",             # both among their article's first LEAD statements
    "stems",            # Jaccard of the first five letters of the words that are not names
    "anchors",          # story-rare words both use, log(1 + n) (anchors.story_rare)
    "position",         # the later of the two in its article, log(1 + position)
) + CONTRAST_FEATURES   # what tells two alike statements apart (statement_contrast)


def statement_features(statements: Sequence[Claim], found: Candidates
                       ) -> list[tuple[int, int, list[float]]]:
    """(i, j, features in :data:`STATEMENT_FEATURES` order) for every
    candidate pair ``found`` of ``statements``
    (:func:`crosscheck.corroborate.statement_pairs.candidates`)."""
    return [(i, j, row) for (i, j, _), row in
            zip(found.pairs, feature_matrix(statements, found).tolist())]


def feature_matrix(statements: Sequence[Claim], found: Candidates) -> np.ndarray:
    """The features of :func:`statement_features`, one row per candidate
    pair of ``found``, in its order.

    Computed over all pairs at once, and what a pair's features read of
    one statement read once per statement: a story of 31 Baly articles on
    one event has 948 statements in 22,282 candidate pairs the model
    scores, whose contrast features read each statement's words again for
    every pair it is in (bench/bench_statement_model.py; the figures in
    docs/scaling.md). The values are the same, bit for bit, as pair by pair
    (tests/corroborate/test_statement_features.py)."""
    n = len(found.pairs)
    out = np.zeros((n, len(STATEMENT_FEATURES)))
    if not n:
        return out
    owner, similarity, said, named = found.owner, found.similarity, found.said, found.named
    first = np.fromiter((i for i, _, _ in found.pairs), dtype=int, count=n)
    second = np.fromiter((j for _, j, _ in found.pairs), dtype=int, count=n)
    column = {name: k for k, name in enumerate(STATEMENT_FEATURES)}
    for k, name in enumerate(LINK_FEATURES):
        out[:, column[name]] = [f[k] for _, _, f in found.pairs]
    # A statement's place among its article's, as candidates() orders them.
    position = np.zeros(len(statements), dtype=int)
    for a in set(owner.tolist()):
        own = np.nonzero(owner == a)[0]
        position[own] = np.arange(len(own))
    # Ranks and nearest neighbours within each two articles' block, as the
    # candidates are found (the first article's statements are the rows).
    worst = np.zeros(n, dtype=int)
    near = np.zeros(n, dtype=similarity.dtype)
    block_of = owner[first] * (int(owner.max()) + 1) + owner[second]
    for key in np.unique(block_of):
        at = np.nonzero(block_of == key)[0]
        a, b = int(owner[first[at[0]]]), int(owner[second[at[0]]])
        block = similarity[np.ix_(np.nonzero(owner == a)[0], np.nonzero(owner == b)[0])]
        k = min(MARGIN_NEIGHBOURS, block.shape[1]), min(MARGIN_NEIGHBOURS, block.shape[0])
        row_rank, col_rank = (-block).argsort(1).argsort(1), (-block).argsort(0).argsort(0)
        row_near = -np.sort(-block, 1)[:, :k[0]].mean(1)
        col_near = -np.sort(-block, 0)[:k[1], :].mean(0)
        r, c = position[first[at]], position[second[at]]
        worst[at] = np.maximum(row_rank[r, c], col_rank[r, c])
        # In the block's own precision, as one pair at a time divides.
        near[at] = (row_near[r] + col_near[c]) / 2
    cosine = similarity[first, second]
    out[:, column["ratio_margin"]] = np.where(
        near > 1e-6, cosine / np.where(near > 1e-6, near, 1), out[:, column["cosine"]] / 1e-6)
    later = np.maximum(position[first], position[second])
    out[:, column["lead"]] = (later < LEAD).astype(float)
    vocabulary = [frozenset(ws) for ws in said]
    numerals = [frozenset(w for w in ws if w[0].isdigit()) for ws in said]
    stems = [frozenset(w[:5] for w in ws if w not in named[k]) for k, ws in enumerate(said)]
    rare_words = story_rare(said, [c.article for c in statements])
    anchors = [vocabulary[k] & rare_words for k in range(len(said))]
    parts = {k: contrast_parts(statements[k]) for k in set(first.tolist()) | set(second.tolist())}
    own = [column[name] for name in ("names", "numbers", "length", "stems", "anchors")]
    shared = np.zeros(n, dtype=int)
    for row, (i, j, _) in enumerate(found.pairs):
        long, short = sorted((len(vocabulary[i]), len(vocabulary[j])), reverse=True)
        shared[row] = len(anchors[i] & anchors[j])
        out[row, own[:4]] = (jaccard(named[i], named[j]), float(bool(numerals[i] & numerals[j])),
                             short / max(1, long), jaccard(stems[i], stems[j]))
    # log(1 + a count) as np.log1p gives it for one count, whatever the batch.
    log1p = np.array([float(np.log1p(m)) for m in
                      range(max(int(worst.max()), int(later.max()), int(shared.max())) + 1)])
    out[:, column["rank"]], out[:, column["position"]] = log1p[worst], log1p[later]
    out[:, own[4]] = log1p[shared]
    contrasts = [column[name] for name in CONTRAST_FEATURES]
    out[:, contrasts] = [contrast_of(parts[i], parts[j]) for i, j, _ in found.pairs]
    return out


def training_pairs(statements: Sequence[Claim]) -> list[tuple[int, int, list[float]]]:
    """(i, j, features) of the candidate pairs no rule keeps apart: what the
    pair model is trained on; a pair a rule refuses is never linked, whatever
    it scores."""
    from ..embed import embed

    if not statements:
        return []
    found = candidates(statements, embed([c.sentence for c in statements]))
    return [pair for pair, rule in zip(statement_features(statements, found),
                                       kept_apart(statements, found.pairs)) if not rule]
