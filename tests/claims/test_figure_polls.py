"""Shares of a poll's respondents (claims/figure_polls.py): a share of no
noun that says or holds a view; written here anew."""

import pytest

from crosscheck.claims.figures import extract_figures


def shares(nlp, text):
    return [(f.subject, f.value) for f in extract_figures(nlp(text)[:]) if f.unit == "percent"]


@pytest.mark.parametrize("text, expected", [
    ("Fifty-seven percent said so.", ("respondents", 57)),
    ("About 50 percent said that they would support a ban, while 46 percent would oppose one.",
     ("respondents", 46)),
    ("Just 28 percent said such storms are the product of lax building codes.", ("respondents", 28)),
])
def test_a_share_that_says_counts_respondents(nlp, text, expected):
    assert expected in shares(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a share of a noun counts that noun; a share that changes is no respondent
    ("Sixty percent of voters said they backed the plan.", ("voters", 60)),
    ("Prices rose 5 percent last year, officials said.", ("prices", 5)),
])
def test_a_share_of_something_is_not_of_respondents(nlp, text, expected):
    assert expected in shares(nlp, text)
    assert not [s for s, _ in shares(nlp, text) if s == "respondents"]
