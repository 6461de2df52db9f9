"""The gates' shared checks refuse what they must: a figure under its floor, and
a floor under its goal that does not say why."""

import pytest

from _gate import assert_goals_met_or_explained, assert_holds_floor, by_split, floors


def test_a_figure_under_its_floor_fails_naming_the_command():
    metric, floor = sorted(floors("language").items())[0]
    assert_holds_floor("language", {metric: floor}, metric, "cmd", "misses")  # at the floor
    with pytest.raises(AssertionError, match="fell below its floor.*`python -m x`"):
        assert_holds_floor("language", {metric: floor - 0.01}, metric, "python -m x", "misses")


def test_a_floor_under_its_goal_without_a_reason_fails():
    pinned = floors("language")
    assert_goals_met_or_explained("language", lambda metric: None)  # no goals: nothing to say
    with pytest.raises(AssertionError, match="under the goal"):
        assert_goals_met_or_explained("language", lambda metric: max(pinned.values()) + 0.01)


def test_split_figures_take_the_floors_names():
    assert by_split({"dev": {"recall": 0.9}, "heldout": {"recall": 0.8}}) == {
        "dev.recall": 0.9, "heldout.recall": 0.8}
