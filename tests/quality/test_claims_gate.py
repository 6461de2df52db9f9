"""Quality gate of the claims stage: precision and recall per kind on the gold
set in quality/gold/claims, and the speakers of quotes on PolNeAR dev (a
quote's speaker the annotated source; about a minute more), must not fall
below quality/floors/claims.json."""

from __future__ import annotations

import pytest

from _gate import assert_goals_met_or_explained, assert_holds_floor, data_or_skip, floors

# The issue's goals per figure of a kind; PolNeAR speaker accuracy has none
# (its floor is the measured value less 0.02, as the facts floors).
TARGET = {"precision": 0.90, "recall": 0.75}


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    data = data_or_skip("the claims gold set")
    from crosscheck.eval.claims import evaluate, polnear

    return {**evaluate(data), **polnear(data)}


@pytest.mark.parametrize("metric", sorted(floors("claims")))
def test_metric_is_above_its_floor(measured, metric):
    assert_holds_floor("claims", measured, metric, "python -m crosscheck.eval.claims --verbose",
                       "the misses")


def test_floors_meet_the_issue_targets_or_say_why():
    # Floors are pinned at the issue's targets; one under its target must be
    # named with a reason in the file's "_lowered" object.
    assert_goals_met_or_explained("claims", lambda metric: TARGET.get(metric.split(".")[1]))
