"""Quality gate of inferred dates: real dated articles of AllSides dev and ECB+
dev (the dev part), and of Baly stories read by hand (the second tuning part,
keys ``dev2.*``, and the held-out part, keys ``heldout.*``), have their day
hidden and inferred; the figures must not fall below quality/floors/dates.json."""

from __future__ import annotations

import pytest

from _gate import assert_goals_met_or_explained, assert_holds_floor, data_or_skip, floors, measured_part

# The brief's goal: never later than the evidence allows.
TARGET = {"within_evidence": 1.0, "dev2.within_evidence": 1.0, "heldout.within_evidence": 1.0}


def _evaluate(part: str) -> dict[str, float]:
    """The dev part's figures (named by no part), or dev2's or heldout's."""
    data = data_or_skip("the dates gold")
    from crosscheck.eval.inferred_dates import evaluate

    if not part:
        return evaluate(data)
    return {f"{part}.{k}": v for k, v in evaluate(data, split=part).items()}


@pytest.mark.parametrize("metric", sorted(floors("dates")))
def test_metric_is_above_its_floor(metric):
    assert_holds_floor("dates", measured_part("dates", _evaluate, metric), metric,
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


def test_the_heldout_part_is_big_enough_and_apart():
    """At least 100 held-out articles in stories of two or more, from another data
    set than the dev part's (so no story is in both)."""
    from crosscheck.eval.inferred_dates import HELDOUT
    import json

    gold = json.loads(HELDOUT.read_text(encoding="utf-8"))
    assert gold["split"] == "heldout" and set(gold) == {"_about", "split", "baly"}
    assert all(len(days) >= 2 for days in gold["baly"].values())
    assert sum(len(days) for days in gold["baly"].values()) >= 100


def test_the_second_tuning_part_is_big_enough_and_apart_from_the_heldout():
    """dev2: at least 40 Baly stories of two articles or more, none of whose
    articles or story names the held-out part uses."""
    from crosscheck.eval.inferred_dates import DEV2, HELDOUT
    import json

    dev2 = json.loads(DEV2.read_text(encoding="utf-8"))
    heldout = json.loads(HELDOUT.read_text(encoding="utf-8"))["baly"]
    assert dev2["split"] == "dev2" and set(dev2) == {"_about", "split", "baly"}
    assert len(dev2["baly"]) >= 40 and all(len(days) >= 2 for days in dev2["baly"].values())
    assert not set(dev2["baly"]) & set(heldout)
    assert not ({k for days in dev2["baly"].values() for k in days}
                & {k for days in heldout.values() for k in days})
