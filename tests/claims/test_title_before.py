"""Titles written before a name (claims/title_before.py): the forms the
session on issue 12 found missing or wrong, each with an input of the same
shape that must not give the title."""

import pytest


def roles(claims_of, text):
    return [(c.role.person, c.role.title, c.role.former) for c in claims_of(text, kind="role")]


@pytest.mark.parametrize("text, expected", [
    # a month the tagger did not mark as a date is no word of the title
    ("Until Feb. Sen. Ana Ruiz was chair of the panel.", ("Ana Ruiz", "Sen.", False)),
    ("Until Sept. Gov. Tom Lee led the state.", ("Tom Lee", "Gov.", False)),
])
def test_a_month_before_a_title_is_no_part_of_it(claims_of, text, expected):
    found = roles(claims_of, text)
    assert expected in found
    assert not [r for r in found if "Feb" in r[1] or "Sept" in r[1] or "Until" in r[1]]


def test_a_capitalised_word_that_is_no_month_stays_in_the_title(claims_of):
    """"Sun" without a full stop is a paper's name, not Sunday."""
    assert ("Ann Lee", "Chicago Sun-Times editor", False) in \
        roles(claims_of, "Chicago Sun-Times editor Ann Lee wrote the piece.")
