"""A sport's seasons and an event's or a stay's nights are durations
(claims/numbers.DURATIONS): "N seasons" and "N nights", tagged DATE, were
refused as counts (55 in the AllSides, Baly, ECB+ and recession texts);
written here with made-up names."""

import pytest

from crosscheck.claims.figures import extract_figures


def durations(nlp, text):
    return [(f.value, f.unit) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, expected", [
    ("Marlow has spent 19 seasons with the Comets.", (19, "season")),
    ("Tessler played for the Sixers for 11 seasons before he retired.", (11, "season")),
    ("He stayed at the hotel for three nights before flying home.", (3, "night")),
])
def test_seasons_and_nights_are_durations(nlp, text, expected):
    assert expected in durations(nlp, text)


@pytest.mark.parametrize("text", [
    # a season or a night named by its year or its day is no span
    "He joined the club before the 2008 season.",
    "Nine people were hurt in the crash on Friday night.",
    "The show returns for season 3 in May.",
])
def test_a_season_or_night_named_is_no_duration(nlp, text):
    assert not [u for _, u in durations(nlp, text) if u in ("season", "night")]
