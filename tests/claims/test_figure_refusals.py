"""A number the tagger marks a DATE is a figure only when it counts units of
time (claims.numbers.DURATION_UNITS, the one list, "century" among them):
a calendar date is refused (claims/figure_refusals.refused)."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return [(f.value, f.unit) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, expected", [
    ("The cathedral has stood on the hill for two centuries, the bishop said.", (2, "century")),
    ("The dispute over the border has lasted three centuries.", (3, "century")),
    ("The family has farmed the valley for three decades.", (3, "decade")),
])
def test_a_span_of_time_tagged_a_date_is_a_figure(nlp, text, expected):
    assert expected in figures(nlp, text)


@pytest.mark.parametrize("text", [
    "The talks broke down on the second day of March.",
    "Prices rose sharply in the first quarter of 2021.",
])
def test_a_calendar_date_is_no_figure(nlp, text):
    assert figures(nlp, text) == []


# "No." before a number makes it a rank even where the parser splits it in
# two ("No", "."); a sentence that ends on "no." leaves the next count alone.
@pytest.mark.parametrize("text, counted", [
    ("Hoyer, the No. 2 House Democrat, spoke on Friday.", []),
    ("He is the party's No. 3 official.", []),
    ("Asked whether he would go, he said no. 2 people were hurt.", [(2, None)]),
])
def test_a_rank_after_no_is_no_count(nlp, text, counted):
    assert figures(nlp, text) == counted


# A number the tagger marked a DATE alone, before a plural noun that is no
# unit of time, counts that noun; a span and a date's number stay as before.
@pytest.mark.parametrize("text, expected", [
    ("Klitschko has a remarkable 46 wins by knockout.", [(46, None)]),
    ("He served 46 years in prison.", [(46, "year")]),
    ("It happened in the 1990s and on May 4.", []),
])
def test_a_count_tagged_a_date_counts_its_noun(nlp, text, expected):
    assert figures(nlp, text) == expected


# ... and so does a number the tagger marked a place or a body alone; a
# model's number, or one after a maker's name, counts nothing.
@pytest.mark.parametrize("text, expected", [
    ("Almost all of the 288 candidates running for 125 seats came from the ruling party.",
     [(288, None), (125, None)]),
    ("Officials said turnout reached 93.87 percent in the election for 288 candidates.",
     [(93.87, "percent"), (288, None)]),
    ("The airline grounded its Boeing 737 jets after the crash.", []),
])
def test_a_count_tagged_a_name_counts_its_noun(nlp, text, expected):
    assert figures(nlp, text) == expected


# A change of a level "from N to M" the tagger marked a DATE is read; dates,
# years and clock hours stay refused.
@pytest.mark.parametrize("text, expected", [
    ("The upset win cuts the party's Senate majority from 52 to 51, dimming its hopes.", [(51, None)]),
    ("The store is open from 9 to 5 on weekdays.", []),
    ("The festival runs from May 2 to 4 in the park.", []),
    ("Prices rose from 2019 to 2021 across the region.", []),
])
def test_a_change_tagged_a_date_is_read(nlp, text, expected):
    assert figures(nlp, text) == expected
