"""A range that writes its scale once, after its second number, and a range
written with a hyphen (figure_ranges.shares_the_scale, hyphen_range): the
forms counted in the AllSides, Baly, ECB+ and recession texts, written with
made-up clauses."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return [(f.value, f.low, f.high, f.qualifier, f.unit) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, low, high, unit", [
    # the second number's scale is the first's too
    ("The Orioles have made an offer between $140 and $150 million over seven years.",
     140e6, 150e6, "USD"),
    ("Officials expect 18 to 23 million people to have voted by Tuesday.", 18e6, 23e6, None),
    ("The plan would add between $1 and $1.5 trillion to the deficit.", 1e12, 1.5e12, "USD"),
    ("The hostages' families paid between 2 and 4 million euros.", 2e6, 4e6, "EUR"),
    # ... hyphenated, for a sum or a scaled count
    ("The stimulus added between 2-3 million jobs last year.", 2e6, 3e6, None),
    ("Thawing permafrost could be releasing 300-600 million tons of carbon per year.",
     300e6, 600e6, None),
    ("The house was sold for $250,000-300,000 in March.", 250e3, 300e3, "USD"),
])
def test_a_range_reads_both_ends_in_one_scale(nlp, text, low, high, unit):
    assert (low, low, high, "range", unit) in figures(nlp, text)


def test_a_level_from_a_number_takes_the_scale_of_the_level_it_reached(nlp):
    text = "The number of long-term unemployed rose from 5.1 to 5.4 million in May."
    assert (5.1e6, 5.1e6, 5.1e6, "exact", None) in figures(nlp, text)


@pytest.mark.parametrize("text, value", [
    # a first number whole without the scale keeps its value
    ("Burr and his wife sold between $600,000 and $1.7 million in stock.", 600e3),
    ("Officials said 500,000 to 1.5 million people fled the region.", 500e3),
    # no scale after the second number: nothing to share
    ("Rates will sit between 2.25 and 2.50 percent after the hike.", 2.25),
])
def test_a_first_number_whole_on_its_own_is_not_scaled(nlp, text, value):
    assert value in [v for v, *_ in figures(nlp, text)]


@pytest.mark.parametrize("text", [
    # tallies, scores and poll splits are no ranges
    "The court upheld the law in a 6-3 decision.",
    "The Lakers won 3-2 on Sunday night.",
    "Clinton leads Trump 44-48 percent among likely voters.",
])
def test_a_hyphen_between_two_plain_numbers_is_no_range(nlp, text):
    assert all(q != "range" for *_, q, _ in figures(nlp, text))


def test_a_scaled_range_is_no_tally(nlp):
    text = "The Senate bill added between 2-3 million jobs, the report said."
    assert all(u != "vote" for *_, u in figures(nlp, text))
