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


@pytest.mark.parametrize("text, expected", [
    # an adjective between the number and its unit of time says what the span
    # was like (figure_runs.describes_a_span)
    ("Residents of the town endured two horrific nights of shelling.", (2, "night")),
    ("Hartwell served eight tumultuous years as mayor.", (8, "year")),
    ("The talks ran for seven short weeks before they collapsed.", (7, "week")),
])
def test_a_span_described_by_an_adjective_is_a_duration(nlp, text, expected):
    assert expected in durations(nlp, text)
    # ... whose subject is the unit, not the adjective
    assert [f.subject for f in extract_figures(nlp(text)[:]) if f.unit == expected[1]][0] \
        == expected[1] + "s"


@pytest.mark.parametrize("text", [
    # a superlative ranks the years; "last" dates a count of something else
    "The 10 warmest years on record all came after 1998.",
    "The Comets won two last year and lost one.",
])
def test_a_ranking_or_dating_word_is_no_span(nlp, text):
    assert not [u for _, u in durations(nlp, text) if u == "year"]
