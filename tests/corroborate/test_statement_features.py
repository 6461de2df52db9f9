"""The statement pair model's features (crosscheck.corroborate.statement_features):
the engine's link features as the engine computes them, and the model's own
computed beside them from the same candidates."""

import numpy as np
import pytest

from crosscheck.corroborate.statement_pairs import LINK_FEATURES, candidates
from crosscheck.corroborate.statement_features import STATEMENT_FEATURES, statement_features
from crosscheck.models import Claim, Event, content_id

SENTENCES = [
    ("a1", "Twelve miners were rescued from the flooded pit on the coast."),
    ("a1", "The mine had been closed twice for safety breaches before."),
    ("a2", "Rescuers brought twelve miners out of the flooded pit."),
    ("a2", "Safety inspectors had closed the mine twice in the past."),
]


def _statements():
    return [Claim(id=content_id("c", a, s), article=a, kind="event", sentence=s, span=(0, len(s)),
                  event=Event(text="", date=None, date_text="")) for a, s in SENTENCES]


def _vectors():
    # Made by hand, unit length: the rescue sentences alike, the safety ones alike.
    v = np.array([[1.0, 0.1, 0.0], [0.0, 1.0, 0.2], [0.9, 0.2, 0.1], [0.5, 0.85, 0.1]])
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_the_model_reads_the_engine_s_link_features_unchanged():
    statements, vectors = _statements(), _vectors()
    found = candidates(statements, vectors)
    engine = {(i, j): f for i, j, f in found.pairs}
    model = statement_features(statements, found)
    assert [(i, j) for i, j, _ in model] == list(engine)
    for i, j, f in model:
        for name, value in zip(LINK_FEATURES, engine[i, j]):
            assert f[STATEMENT_FEATURES.index(name)] == value


def test_the_model_s_own_features_say_rank_and_lead():
    statements = _statements()
    model = {(i, j): dict(zip(STATEMENT_FEATURES, f))
             for i, j, f in statement_features(statements, candidates(statements, _vectors()))}
    rescue, safety = model[0, 2], model[1, 3]
    assert rescue["mutual"] == 1.0 and rescue["rank"] == 0.0
    assert rescue["lead"] == 1.0 and safety["lead"] == 1.0
    # The rescue sentence and the safety one are close (cosine 0.59), but
    # neither is the other's best match: a candidate ranked below it.
    assert model[0, 3]["rank"] > 0.0 and model[0, 3]["mutual"] == 0.0


# -- the features over all pairs at once are the pair-by-pair ones, bit for bit --

def _pair_by_pair(statements, found):
    """The features as they were computed before feature_matrix, one pair at
    a time (commit 81a783c): the reference the matrix must equal."""
    from crosscheck.corroborate.align import jaccard
    from crosscheck.corroborate.anchors import story_rare
    from crosscheck.corroborate.statement_contrast import CONTRAST_FEATURES, contrast
    from crosscheck.corroborate.statement_features import LEAD, MARGIN_NEIGHBOURS

    owner, similarity, said, named = found.owner, found.similarity, found.said, found.named
    position = np.zeros(len(statements), dtype=int)
    for a in set(owner.tolist()):
        own = np.nonzero(owner == a)[0]
        position[own] = np.arange(len(own))
    vocabulary = [frozenset(ws) for ws in said]
    numerals = [frozenset(w for w in ws if w[0].isdigit()) for ws in said]
    stems = [frozenset(w[:5] for w in ws if w not in named[k]) for k, ws in enumerate(said)]
    rare_words = story_rare(said, [c.article for c in statements])
    anchors = [vocabulary[k] & rare_words for k in range(len(said))]
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
        out.append([f[at[name]] if name in at else extra[name] for name in STATEMENT_FEATURES])
    return np.asarray(out, dtype=float)


def test_the_hand_made_pairs_have_the_pair_by_pair_features():
    from crosscheck.corroborate.statement_features import feature_matrix

    statements = _statements()
    found = candidates(statements, _vectors())
    assert np.array_equal(feature_matrix(statements, found), _pair_by_pair(statements, found))


#: AllSides dev stories read as one story: many outlets, many statements, and
#: pairs across two events as well as within one.
REAL_STORIES = 8


@pytest.fixture(scope="module")
def real_statements():
    from crosscheck.claims import extract_claims_batch
    from crosscheck.corroborate.statements import kept_statements
    from crosscheck.eval import shared_data
    from crosscheck.eval.stories import load_allsides

    data = shared_data()
    if data is None:
        pytest.skip("../shared/data is absent: no real text to compare the features on")
    articles, gold = load_allsides(data / "allsides-stories" / "allsides-stories-dev.jsonl")
    stories = sorted(set(gold.values()))[:REAL_STORIES]
    articles = [a for a in articles if gold[a.id] in stories]
    return kept_statements([c for claims in extract_claims_batch(articles) for c in claims])


def test_real_pairs_have_the_pair_by_pair_features_and_links(real_statements):
    """On real text the matrix is the pair-by-pair features, bit for bit, in
    the float32 of the sentence vectors as the engine has them; so the model
    links the same pairs."""
    from crosscheck.corroborate import statement_model
    from crosscheck.corroborate.align import load_model, probabilities
    from crosscheck.corroborate.statement_features import feature_matrix
    from crosscheck.corroborate.statement_pairs import kept_apart, left_by_paths, link_path
    from crosscheck.embed import embed

    statements = real_statements
    found = candidates(statements, embed([c.sentence for c in statements]))
    assert found.similarity.dtype == np.float32 and len(found.pairs) > 100
    matrix, reference = feature_matrix(statements, found), _pair_by_pair(statements, found)
    assert matrix.shape == reference.shape and np.array_equal(matrix, reference)
    assert statement_features(statements, found)[7][2] == reference[7].tolist()
    rules = kept_apart(statements, found.pairs)
    unlinked = left_by_paths(found.pairs, [link_path(f) for _, _, f in found.pairs], rules)
    links = statement_model.model_links(statements, found, unlinked, rules)
    # The links as model_links made them from the pair-by-pair rows.
    kept = [k for k, rule in enumerate(rules) if not rule]
    p = probabilities(load_model("statement"), reference[kept])
    pairs = [found.pairs[k][:2] for k in kept]
    mutual = statement_model.most_probable(pairs, p, found.owner)
    expected = {frozenset(pair) for pair, prob, k in zip(pairs, p, kept)
                if prob >= statement_model.MODEL_LINK and unlinked[k] and frozenset(pair) in mutual
                and not statement_model.parts_of_one_day(*(statements[x].sentence for x in pair))
                and statement_model.same_predicate(*(statement_model.predicates(
                    statements[x].sentence) for x in pair))}
    assert links == expected
