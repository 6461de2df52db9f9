"""The statement pair model's features (crosscheck.corroborate.statement_features):
the engine's link features as the engine computes them, and the model's own
computed beside them from the same candidates."""

import numpy as np

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
