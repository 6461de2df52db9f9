"""A length's unit is its subject's first word, which the corroborator reads
(claims/figure_units.written_measure): a word before the number that sizes
the amount ("a good 10 feet") is no part of it (figure_subjects._sizing);
forms counted in AllSides, Baly, ECB+ and recession text, written here with
made-up places."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return [(f.value, f.subject) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, expected", [
    ("Witnesses said she rolled under his car a good 10 feet before he stopped.", (10, "feet")),
    ("The helicopter carried him a piddling 27 miles to the nearest hospital.", (27, "miles carried")),
    ("Volunteers walked a full 3 miles to the village of Orlova.", (3, "miles")),
])
def test_a_word_sizing_a_length_is_left_out_of_its_unit(nlp, text, expected):
    assert expected in figures(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a word after the number is the unit's own ("nautical miles", not miles)
    ("The tanker was seized about 150 nautical miles off the coast of Korvo.", (150, "nautical miles")),
    # a counted noun keeps the word before its number: not all the miners
    ("The remaining 12 miners were brought to the surface on Sunday.", (12, "remaining miners brought")),
])
def test_a_word_of_the_unit_or_of_a_counted_noun_stays(nlp, text, expected):
    assert expected in figures(nlp, text)
