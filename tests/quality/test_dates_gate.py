"""Quality gate of inferred dates: real dated articles of AllSides dev and ECB+
dev have their day hidden and inferred; the figures must not fall below
quality/floors/dates.json."""

from __future__ import annotations

import pytest

from _gate import assert_goals_met_or_explained, assert_holds_floor, data_or_skip, floors

# The brief's goal: never later than the evidence allows.
TARGET = {"within_evidence": 1.0}


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    data = data_or_skip("the dates gold")
    from crosscheck.eval.inferred_dates import evaluate

    return evaluate(data)


@pytest.mark.parametrize("metric", sorted(floors("dates")))
def test_metric_is_above_its_floor(measured, metric):
    assert_holds_floor("dates", measured, metric,
                       "python -m crosscheck.eval.inferred_dates --verbose", "the wrong days",
                       digits=4)


def test_floors_meet_the_target_or_say_why():
    assert set(TARGET) <= set(floors("dates")), "a target without its floor"
    assert_goals_met_or_explained("dates", TARGET.get)


def test_the_gold_is_big_enough():
    from crosscheck.eval.inferred_dates import GOLD
    import json

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert sum(len(v) for k in ("allsides", "ecbplus") for v in gold[k].values()) >= 300
