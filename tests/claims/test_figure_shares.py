"""Shares of a group written in words (claims/figure_shares.py) are the
percentages another outlet writes in digits, of the same subject."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return extract_figures(nlp(text)[:])


def shares(nlp, text):
    return [(f.subject, round(f.value, 1), f.qualifier, round(f.low, 1),
             None if f.high is None else round(f.high, 1))
            for f in figures(nlp, text) if f.unit == "percent"]


@pytest.mark.parametrize("text, expected", [
    ("Seven out of 10 debate watchers said he won.", ("debate watchers", 70.0, "about", 65.0, 75.0)),
    ("One in four Republicans agreed with the decision.", ("republicans", 25.0, "about", 22.5, 27.5)),
    ("Nearly two out of every three voters backed him.", ("voters", 66.7, "nearly", 60.0, 66.7)),
    ("One of every five adults smoke.", ("adults", 20.0, "about", 18.0, 22.0)),
    ("Two-thirds of registered voters backed the plan.", ("registered voters", 66.7, "about", 60.0, 73.4)),
    ("Half of the respondents agreed.", ("respondents", 50.0, "about", 45.0, 55.0)),  # a share, no halving
    ("More than half of the workers were laid off.", ("workers", 50.0, "over", 50.0, None)),
])
def test_a_share_in_words_is_a_percentage(nlp, text, expected):
    assert shares(nlp, text) == [expected]


def test_a_share_in_words_meets_the_same_share_in_digits(nlp):
    words = figures(nlp, "Two-thirds of registered voters backed the plan.")
    digits = figures(nlp, "67 percent of registered voters backed the plan.")
    assert [f.subject for f in words] == [f.subject for f in digits]
    assert words[0].low <= digits[0].value <= words[0].high


# The terms of a ratio count nothing of their own: "seven in 10 Americans" is
# no count of 10 Americans, "one in four Republicans" none of four.
@pytest.mark.parametrize("text", [
    "Seven in 10 Americans say the economy is poor.",
    "One in four Republicans agreed.",
])
def test_the_terms_of_a_ratio_are_no_counts(nlp, text):
    assert [f.unit for f in figures(nlp, text)] == ["percent"]


# Not shares: a part of time or order, a length, odds, a rate per head, a
# pronoun's group, a number of units of time.
@pytest.mark.parametrize("text", [
    "Sales rose in the first half of the year.",
    "The meeting took a quarter of an hour.",
    "Half of them left before noon.",
    "He has a one in a million chance.",
    "The virus killed 3 in 100,000 residents.",
    "Rates rose by a third of a point.",
    "Prices fell in the second half of 2020.",
    "The talks of the past year and a half of sanctions failed.",
    "The group raised about a third of that amount.",
    "He called for two-thirds of Pennsylvania to reopen.",
])
def test_what_is_no_share_in_words(nlp, text):
    assert shares(nlp, text) == []
