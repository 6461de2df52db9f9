"""The relation pair model's features and its story-wise cross-validation, on
hand-built articles (no shared data)."""

import numpy as np
import pytest

from crosscheck.eval.relation_model import PAIR_FEATURES, left_out_probabilities, pair_features
from crosscheck.eval.relations import GoldGroup
from crosscheck.models import Article

QUAKE = (
    "Rescue teams searched through the night for survivors after a magnitude 6.1 earthquake "
    "struck the mountain town of Ardenne early on Tuesday, flattening dozens of stone houses "
    "and cutting the only road into the valley. Officials said at least 14 people had died "
    "and more than 80 were injured. The regional governor said the army had sent two "
    "helicopters and a field hospital, and that schools would stay closed for the week. "
    "Aftershocks continued into the morning, and residents slept outside in the cold."
)
BUDGET = (
    "The city council approved a new budget on Monday that raises spending on parks and "
    "libraries while freezing property taxes for a second year. The mayor called it a "
    "careful plan for uncertain times, and opposition members said it relied on optimistic "
    "forecasts of sales tax revenue. A final vote on the transport levy was put off to June."
)


def _article(aid, text, outlet):
    return Article(id=aid, origin=aid, title=None, published=None, text=text, outlet=outlet)


def test_a_copy_scores_high_where_an_unrelated_text_scores_nothing():
    group = GoldGroup("g", "dev", {"a": _article("a", QUAKE, "Daily"),
                                   "b": _article("b", QUAKE, "Herald"),
                                   "c": _article("c", BUDGET, "Post")},
                      [{"a": "a", "b": "b", "kind": "syndicated", "why": "same text"},
                       {"a": "a", "b": "c", "kind": "independent", "why": "other story"}])
    (_, copy), (_, other) = pair_features(group)
    named = dict(zip(PAIR_FEATURES, copy)), dict(zip(PAIR_FEATURES, other))
    assert len(copy) == len(other) == len(PAIR_FEATURES)
    assert named[0]["containment"] == 1.0 and named[0]["lightly_edited"] == 1.0
    assert named[1]["containment"] == 0.0 and named[1]["lightly_edited"] == 0.0
    assert named[0]["length_ratio"] == 1.0 and named[1]["length_ratio"] < 1.0


def test_a_story_never_trains_the_model_that_scores_it():
    """Must reject a leak: one story's pairs all labelled against the
    feature's direction are scored by the other stories' model, which
    follows the feature, so they come out wrong; with the story in training
    the same rows would be pulled its way."""
    pytest.importorskip("sklearn")
    x = np.array([[0.0], [1.0]] * 6 + [[0.0], [1.0]])
    y = np.array([0, 1] * 6 + [1, 0])
    stories = np.array([f"s{i // 2}" for i in range(12)] + ["odd", "odd"])
    p = left_out_probabilities(x, y, stories)[:, 1]
    assert p[-2] < 0.5 < p[-1]
