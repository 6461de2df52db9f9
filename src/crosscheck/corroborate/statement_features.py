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
from .statement_contrast import CONTRAST_FEATURES, contrast

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
    if not found.pairs:
        return []
    owner, similarity, said, named = found.owner, found.similarity, found.said, found.named
    # A statement's place among its article's, as candidates() orders them.
    position = np.zeros(len(statements), dtype=int)
    for a in set(owner.tolist()):
        own = np.nonzero(owner == a)[0]
        position[own] = np.arange(len(own))
    vocabulary = [frozenset(ws) for ws in said]
    numerals = [frozenset(w for w in ws if w[0].isdigit()) for ws in said]
    stems = [frozenset(w[:5] for w in ws if w not in named[k]) for k, ws in enumerate(said)]
    rare_words = story_rare(said, [c.article for c in statements])
    anchors = [vocabulary[k] & rare_words for k in range(len(said))]
    # Ranks and nearest neighbours within each two articles' block, as the
    # candidates are found (the first article's statements are the rows).
    blocks = {}
    for a, b in {(int(owner[i]), int(owner[j])) for i, j, _ in found.pairs}:
        block = similarity[np.ix_(np.nonzero(owner == a)[0], np.nonzero(owner == b)[0])]
        k = min(MARGIN_NEIGHBOURS, block.shape[1]), min(MARGIN_NEIGHBOURS, block.shape[0])
        blocks[a, b] = ((-block).argsort(1).argsort(1), (-block).argsort(0).argsort(0),
                        -np.sort(-block, 1)[:, :k[0]].mean(1), -np.sort(-block, 0)[:k[1], :].mean(0))
    at = {name: k for k, name in enumerate(LINK_FEATURES)}
    out = []
    for i, j, f in found.pairs:
        row_rank, col_rank, row_near, col_near = blocks[int(owner[i]), int(owner[j])]
        r, c = position[i], position[j]
        cosine = f[at["cosine"]]
        worst = int(max(row_rank[r, c], col_rank[r, c]))
        long, short = sorted((len(vocabulary[i]), len(vocabulary[j])), reverse=True)
        extra = {
            "ratio_margin": cosine / max(1e-6, (row_near[r] + col_near[c]) / 2),
            "rank": float(np.log1p(worst)),
            "names": jaccard(named[i], named[j]),
            "numbers": float(bool(numerals[i] & numerals[j])),
            "length": short / max(1, long),
            "lead": float(position[i] < LEAD and position[j] < LEAD),
            "stems": jaccard(stems[i], stems[j]),
            "anchors": float(np.log1p(len(anchors[i] & anchors[j]))),
            "position": float(np.log1p(max(position[i], position[j]))),
        }
        extra.update(zip(CONTRAST_FEATURES, contrast(statements[i], statements[j])))
        out.append((i, j, [f[at[name]] if name in at else extra[name]
                           for name in STATEMENT_FEATURES]))
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
