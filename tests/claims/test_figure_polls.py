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


def margins(nlp, text):
    return [f.value for f in extract_figures(nlp(text)[:]) if f.subject == "margin of error"]


@pytest.mark.parametrize("text, value", [
    ("The poll’s margin of error was plus-or-minus 4 percentage points.", 4),
    ("The survey of 1,012 adults has a margin of error of plus or minus 3.5 percentage points.", 3.5),
    ("The margin of sampling error for all respondents is plus or minus 4.1 points.", 4.1),
    ("It has a margin of error of +/- 3 points.", 3),
    ("The margin of error is 3.1 percentage points.", 3.1),
])
def test_a_polls_margin_of_error_is_read_as_one(nlp, text, value):
    assert margins(nlp, text) == [value]


@pytest.mark.parametrize("text", [
    # a number before the name, or other words between them, is something else
    "Biden led by 4 points, within the margin of error.",
    "The margin of error, with 1,000 people asked, is large.",
    "Analysts said the margin for error in the budget was 3 percent.",
    "The team's margin of victory was 12 points.",
])
def test_other_numbers_near_a_margin_are_no_margin_of_error(nlp, text):
    assert margins(nlp, text) == []
