"""A bound of a value two outlets agree on joins their fact (figure_align.bound_alike)."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_align import bound_alike, bounds_rounding

from corroborate_builders import claim, fig


@pytest.mark.parametrize("bound, value, expected", [
    (fig("points", 600, "over"), 617, True),  # "more than 600 points" for 617
    (fig("troops", 5000, "over"), 5200, True),
    (fig("troops", 5000, "at-least"), 5200, True),
    (fig("migrants", 190000, "nearly"), 188829, True),
    # a bound that excludes the value, or rounds it the wrong way
    (fig("troops", 6000, "over"), 5200, False),
    (fig("migrants", 190000, "over"), 188829, False),
    # a bound far under the value is no rounding of it
    (fig("troops", 1000, "over"), 5200, False),
    # a value no finer than the bound is not rounded by it
    (fig("troops", 5000, "over"), 5000, False),
])
def test_a_bound_rounds_a_value_the_way_its_hedge_rounds(bound, value, expected):
    assert bounds_rounding(bound, value) is expected


def _pair(bound_sentence, bound, value_sentence, value):
    return claim("a3", bound_sentence, figure=bound), claim("a1", value_sentence, figure=value)


def test_a_bound_of_the_same_subject_joins_either_way_round():
    bound, value = _pair("The U.S. still has more than 5,000 troops in Iraq.",
                         fig("troops", 5000, "over"),
                         "About 5,200 U.S. troops are in Iraq.", fig("u.s. troops", 5200, "about"))
    assert bound_alike(bound, value, 0.68, 0.71)
    assert bound_alike(value, bound, 0.68, 0.71)


@pytest.mark.parametrize("bound_sentence, bound, why", [
    ("More than 5,000 civilians have fled the fighting in Iraq.", fig("civilians", 5000, "over"),
     "another subject"),
    ("The U.S. still has more than 6,000 troops in Iraq.", fig("troops", 6000, "over"),
     "a bound that excludes 5,200"),
    ("The U.S. had more than 5,000 troops in Iraq in June.", fig("troops", 5000, "over"),
     "another month"),
])
def test_a_bound_of_another_thing_or_value_stays_apart(bound_sentence, bound, why):
    value = claim("a1", "About 5,200 U.S. troops were in Iraq in May.", figure=fig("u.s. troops", 5200, "about"))
    first = claim("a3", bound_sentence, figure=bound)
    subject_cos = 0.2 if why == "another subject" else 0.85
    assert not bound_alike(first, value, 0.6, subject_cos), why


def test_two_outlets_value_and_a_third_ones_bound_are_one_compatible_fact(outlets):
    claims = [claim("a1", "The Dow Jones industrial average fell 617 points on Monday.",
                    figure=fig("points", 617)),
              claim("a2", "The Dow Jones industrial average lost 617 points on Monday.",
                    figure=fig("points", 617)),
              claim("a3", "The Dow Jones industrial average dropped more than 600 points on Monday.",
                    figure=fig("points", 600, "over"))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible" and len(finding.claims) == 3

