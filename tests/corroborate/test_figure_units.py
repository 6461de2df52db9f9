"""Lengths and speeds written in other units (claims/figure_units.py): one
figure when they give one amount, kept apart when they do not, never a
conflict from rounding alone."""

import pytest

from crosscheck.claims.figure_units import (in_base_unit, one_amount, same_amount, written_measure,
                                            written_step)
from crosscheck.corroborate import corroborate

from corroborate_builders import claim, fig


@pytest.mark.parametrize("sentence, figure, expected", [
    ("The storm hit land 58km south of Manila.", fig("km", 58), ("metre", "km", 1000.0)),
    ("It made landfall 36 miles south of Manila.", fig("miles", 36), ("metre", "mile", 1609.344)),
    ("The ship was 200 nautical miles off the coast.", fig("nautical miles", 200),
     ("metre", "nautical mile", 1852.0)),
    ("The wave was 30 feet high.", fig("feet", 30), ("metre", "feet", 0.3048)),
    # "per hour" after a length makes it a speed
    ("Winds reached about 60 miles per hour.", fig("miles reached", 60, "about"),
     ("km/h", "mile", 1.609344)),
    ("Winds of 100 km/h lashed the coast.", fig("km", 100), ("km/h", "km", 1.0)),
    ("Gusts of 120 miles an hour were recorded.", fig("miles", 120), ("km/h", "mile", 1.609344)),
    ("Winds of 62 mph lashed the coast.", fig("mph", 62), ("km/h", "mph", 1.609344)),
    # must not: a count, an area, a share, a sum
    ("Five miners were trapped.", fig("miners", 5), None),
    ("The fire burned 40 square miles.", fig("square miles", 40), None),
    ("Turnout was 60 percent.", fig("turnout", 60, unit="percent"), None),
    ("The bridge cost $5 million.", fig("bridge", 5e6, unit="USD"), None),
])
def test_a_length_or_speed_is_read_from_its_subject(sentence, figure, expected):
    assert written_measure(claim("a1", sentence, figure=figure)) == expected


@pytest.mark.parametrize("value, step", [(58, 1), (5.2, 0.1), (250, 10), (36, 1),
                                         # one significant digit is read at two
                                         (100, 10), (60, 1), (3000, 100)])
def test_the_step_a_length_is_written_to(value, step):
    assert written_step(value) == pytest.approx(step)


def _base(sentence, figure):
    return in_base_unit(claim("a1", sentence, figure=figure)).figure


def test_a_converted_length_is_one_amount_and_another_is_not():
    km = _base("The storm hit land 58km south of Manila.", fig("km", 58))
    miles = _base("It made landfall 36 miles south of Manila.", fig("miles", 36))
    assert km.value == 58000 and (km.low, km.high) == (57500, 58500)
    assert same_amount(km, miles) and same_amount(miles, km)
    # 40 miles is 64 km, not 58
    further = _base("It made landfall 40 miles south of Manila.", fig("miles", 40))
    assert not same_amount(km, further)
    assert not one_amount(km, further)
    # "about" is the rounding an outlet converting writes: one amount, agreed
    about = _base("It made landfall about 36 miles south of Manila.", fig("miles", 36, "about"))
    assert one_amount(km, about) and same_amount(km, about)
    # ... but "more than" is a bound of its own, and "about" in one unit a wording
    more = _base("It made landfall more than 36 miles south of Manila.", fig("miles", 36, "more_than"))
    assert one_amount(km, more) and not same_amount(km, more)
    about_km = _base("The storm hit land about 58km south of Manila.", fig("km", 58, "about"))
    assert not same_amount(km, about_km)
    # a count of people is no length
    assert not one_amount(km, fig("miners", 58000))


def _storm(outlets_claims):
    return [claim(a, s, figure=f) for a, s, f in outlets_claims]


def test_kilometres_and_the_miles_they_convert_to_agree(outlets):
    claims = _storm([
        ("a1", "Typhoon Rai made landfall 58km south of the city of Surigao on Thursday.", fig("km", 58)),
        ("a2", "Typhoon Rai made landfall 36 miles south of the city of Surigao on Thursday.",
         fig("miles", 36)),
    ])
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree"
    assert "58" in finding.note and "36" in finding.note  # each outlet's own value


def test_a_length_and_a_length_of_another_thing_are_kept_apart(outlets):
    claims = _storm([
        ("a1", "The epicentre was 5 miles from the city, the survey said.", fig("miles", 5)),
        ("a2", "The tunnel that collapsed is 5 km long, officials said.", fig("km", 5)),
    ])
    findings = corroborate(outlets, claims)
    assert len(findings) == 2 and all(f.status != "conflict" for f in findings)


def test_about_sixty_miles_and_a_hundred_km_are_no_conflict(outlets):
    claims = _storm([
        ("a1", "The hurricane's eye passed about 60 miles east of Miami late on Sunday.",
         fig("miles", 60, "about", low=55, high=65)),
        ("a2", "The hurricane's eye passed 100 km east of Miami late on Sunday.", fig("km", 100)),
    ])
    findings = corroborate(outlets, claims)
    assert all(f.status != "conflict" for f in findings)
    # 100 km, read to the nearest 10 km, holds 60 miles (96.6 km): one amount, converted
    assert [f.status for f in findings if len(f.claims) == 2] in ([], ["agree"])


def test_kilometres_and_about_the_miles_they_convert_to_agree(outlets):
    claims = _storm([
        ("a1", "The plane went down in a remote area 64 kilometres north of Anchorage.", fig("km", 64)),
        ("a2", "The plane went down in a remote area about 40 miles north of Anchorage.",
         fig("miles", 40, "about", low=35, high=45)),
    ])
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree"  # the facts gold's "Wasilla, 64 kilometres / about 40 miles"


def test_a_length_whose_unit_is_not_read_is_compared_as_written(outlets):
    # "a good 10 feet": the subject "good feet" names no unit first, so the
    # fact is compared as written, never 10 against 3.048 metres
    claims = _storm([
        ("a1", "The car dragged her 10 feet, police said.", fig("feet dragged", 10)),
        ("a2", "She was dragged 10 feet down the street.", fig("feet", 10)),
        ("a3", "She rolled under his car a good 10 feet.", fig("good feet", 10)),
    ])
    from crosscheck.corroborate.common import Context
    from crosscheck.corroborate.figures import _finding
    assert written_measure(claims[2]) is None and written_measure(claims[1]) is not None
    assert _finding(Context.of(outlets, None), claims).status == "agree"
    # ... while the same fact with every unit read is compared in metres
    assert _finding(Context.of(outlets, None), claims[:2]).status == "agree"


def _pair_features(outlets, claims):
    from crosscheck.corroborate.common import Context
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES, figure_pairs

    [(_, _, features)] = figure_pairs(Context.of(outlets, None), [in_base_unit(c) for c in claims])
    return dict(zip(FIGURE_FEATURES, features))


def test_a_length_and_its_conversion_give_the_pair_model_one_value(outlets):
    # "64 kilometres" and "about 40 miles" in sentences 0.47 alike: scored 0.11
    # as two values, so never linked; one value, its digits as written (64)
    features = _pair_features(outlets, _storm([
        ("a1", "Wasilla, the governor's home town, is 64 kilometres north of Anchorage.", fig("km", 64)),
        ("a2", "The congregation in Wasilla, about 40 miles north of Anchorage, moved.",
         fig("miles", 40, "about", low=35, high=45)),
    ]))
    assert features["same_value"] == 1.0 and features["digits_if_same"] == 2.0
    assert features["subject_cos_if_same"] == features["subject_cos"]


def test_a_length_and_another_length_give_the_pair_model_two_values(outlets):
    # 40 miles is 64 km, not 58; and one unit's "10 feet" is read as 10, not 3.048 metres
    apart = _pair_features(outlets, _storm([
        ("a1", "The storm hit land 58km south of Manila.", fig("km", 58)),
        ("a2", "It made landfall 40 miles south of Manila.", fig("miles", 40)),
    ]))
    assert apart["same_value"] == 0.0 and apart["digits_if_same"] == 0.0
    feet = _pair_features(outlets, _storm([
        ("a1", "The car dragged her 10 feet, police said.", fig("feet dragged", 10)),
        ("a2", "She was dragged 10 feet down the street.", fig("feet", 10)),
    ]))
    assert feet["same_value"] == 1.0 and feet["digits_if_same"] == 1.0 and feet["small_same"] == 1.0
