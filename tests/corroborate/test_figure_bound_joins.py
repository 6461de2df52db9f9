"""A bound of a value two outlets agree on joins their fact (figure_align.bound_alike)."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_joins import bound_alike, bounds_rounding

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


def test_a_bound_of_the_very_number_written_bare_joins_it():
    # "a little more than three hours on the ground" and "three hours
    # visiting with troops" (dev5): one stay, the bare number rounded
    bound, value = _pair("Trump spent a little more than three hours on the ground at the base.",
                         fig("hours", 3, "over", unit="hour"),
                         "Trump spent three hours visiting with troops at the base.",
                         fig("hours", 3, unit="hour"))
    assert bound_alike(bound, value, 0.7, 1.0)
    # must not: the same number of another thing, in unlike sentences
    other = claim("a3", "The recess lasted more than three hours.",
                  figure=fig("recess", 3, "over", unit="hour"))
    assert not bound_alike(other, value, 0.3, 0.2)


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



def _features(subject_cos):
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES

    features = [0.0] * len(FIGURE_FEATURES)
    features[FIGURE_FEATURES.index("subject_cos")] = subject_cos
    return features


def test_a_bound_of_the_very_number_said_of_another_thing_is_kept_apart():
    from crosscheck.corroborate.figure_align import _kept_apart

    # the Red Sox' offer "in excess of $160 million" beside the Angels' and
    # Nationals' "$160 million offers" (dev4): sentences alike, subjects not
    red_sox = claim("a2", "The Red Sox have made an eight-year offer to Teixeira in excess of $160 million.",
                    figure=fig("excess", 160e6, "over", unit="USD"))
    nationals = claim("a1", "That blows the reported eight-year, $160 million offers by the Angels and the "
                      "Washington Nationals out of the water.",
                      figure=fig("reported year offers", 160e6, unit="USD"))
    assert _kept_apart(red_sox, nationals, _features(0.16))
    assert _kept_apart(nationals, red_sox, _features(0.16))
    # must not: one stay of one head noun, the bare number its rounding
    bound = claim("a3", "Trump spent a little more than three hours on the ground at the base.",
                  figure=fig("hours", 3, "over", unit="hour"))
    value = claim("a1", "Trump spent three hours visiting with troops at the base.",
                  figure=fig("hours", 3, unit="hour"))
    assert not _kept_apart(bound, value, _features(1.0))
    # nor a share whose rounding already meets its bound ("just over 53
    # percent", "53 percent": dev), whatever its subject
    over = claim("a3", "Ellzey won just over 53 percent of the runoff vote.",
                 figure=fig("runoff vote", 53, "over", unit="percent"))
    share = claim("a1", "Ellzey won with 53 percent.", figure=fig("ellzey", 53, unit="percent"))
    assert not _kept_apart(over, share, _features(0.2))
    # nor a bound of another number, which the rule does not read
    assert not _kept_apart(red_sox, claim("a1", "The Nationals offered $150 million.",
                                          figure=fig("reported year offers", 150e6, unit="USD")),
                           _features(0.16))


def test_a_bound_rounding_a_value_of_three_digits_joins_it_whatever_the_subjects():
    # "topped 331 million people" / "the U.S. population was 331.5 million"
    # (dev2): the subjects are 0.18 alike, the sentences 0.73
    bound = claim("a2", "The 2020 census found the country's population topped 331 million people.",
                  figure=fig("people topped", 331e6, "over"))
    value = claim("a1", "The U.S. population on April 1, 2020, was 331.5 million, the Census Bureau said.",
                  figure=fig("u.s. population", 331.5e6))
    assert bound_alike(bound, value, 0.73, 0.18)
    assert bound_alike(value, bound, 0.73, 0.18)


@pytest.mark.parametrize("bound, value, sentence_cos, why", [
    # a value of two digits is given for many things: its subject must be like
    (fig("people topped", 5e6, "over"), fig("u.s. population", 5.2e6), 0.73, "two digits"),
    # a bound that rounds it the wrong way
    (fig("people topped", 332e6, "over"), fig("u.s. population", 331.5e6), 0.73, "not a rounding"),
    # unlike sentences
    (fig("people topped", 331e6, "over"), fig("u.s. population", 331.5e6), 0.3, "unlike sentences"),
])
def test_a_bound_of_a_three_digit_value_in_other_words_needs_the_other_guards(bound, value,
                                                                              sentence_cos, why):
    first = claim("a2", "The census found the country's population topped that many people.", figure=bound)
    second = claim("a1", "The U.S. population was counted by the Census Bureau.", figure=value)
    assert not bound_alike(first, second, sentence_cos, 0.18), why
