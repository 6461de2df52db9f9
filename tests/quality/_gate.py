"""What the quality gates share: the shared data or a skip saying what cannot be
read, the floors of ``quality/floors/<name>.json``, the check of a measured
figure against its floor (naming the command that shows the misses), and the
check that a floor under the issue's goal says why under ``"_lowered"``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from crosscheck.eval import part_of, read_floors, shared_data


def data_or_skip(what: str) -> Path:
    """``../shared/data``, or a skip saying ``what`` cannot be read without it."""
    found = shared_data()
    if found is None:
        pytest.skip(f"../shared/data is absent: {what} cannot be read")
    return found


def floors(name: str) -> dict[str, float]:
    """The floors pinned in ``quality/floors/<name>.json`` (without ``_lowered``)."""
    return read_floors(name)[0]


def by_split(results: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """``{"dev": {"recall": 0.9}}`` as ``{"dev.recall": 0.9}``, the floors' names."""
    return {f"{split}.{key}": value for split, figures in results.items()
            for key, value in figures.items()}


_PARTS: dict[tuple[str, str], dict[str, float]] = {}


def measured_part(gate: str, evaluate: Callable[[str], Mapping[str, float]],
                  metric: str) -> Mapping[str, float]:
    """The figures of the part ``metric`` is named by ("dev5" of
    "dev5.quote.linked"; "" for a metric named by no part), as ``evaluate(part)``
    gives them by the floors' names, run once per worker: for a gate whose
    parts are run apart, each part a group of tests of its own
    (tests/conftest.py BY_PART), so that the two workers share its minutes of
    engine work."""
    part = part_of(metric)
    if (gate, part) not in _PARTS:
        _PARTS[gate, part] = dict(evaluate(part))
    return _PARTS[gate, part]


def assert_holds_floor(name: str, measured: Mapping[str, float], metric: str, command: str,
                       misses: str, digits: int = 3) -> None:
    """``measured[metric]`` is at least its floor; else say which command (``python
    -m crosscheck.eval...``) shows ``misses``."""
    floor = floors(name)[metric]
    assert measured[metric] >= floor, (
        f"{metric} = {measured[metric]:.{digits}f} fell below its floor {floor}: run "
        f"`{command}` to see {misses}")


def assert_goals_met_or_explained(name: str, goal_of: Callable[[str], float | None]) -> None:
    """Every floor of ``name`` with a goal (``goal_of(metric)``; None: no goal) is at
    least its goal, or is named with a reason in the file's ``"_lowered"``."""
    pinned, explained = read_floors(name)
    for metric, floor in pinned.items():
        goal = goal_of(metric)
        assert goal is None or floor >= goal or metric in explained, (
            f"{metric} floor {floor} is under the goal {goal} without a reason in _lowered")
