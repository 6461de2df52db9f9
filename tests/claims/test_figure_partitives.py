"""A part "of" a whole both written in numbers counts what the whole counts
(claims/figure_subjects._partitive_whole): forms counted in AllSides, Baly,
ECB+ and recession text ("17 of 18 property sectors", "30 of the 80
wounded"), written here with made-up names."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return [(f.value, f.subject) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, part", [
    # the part hung on the whole's number: once left with no subject, unread
    ("The final numbers showed Kovalenko landing 178 of 369 punches thrown.", (178, "punches")),
    ("The index advanced with 17 of 18 property sectors in positive territory.",
     (17, "property sectors")),
    ("In primaries, 9 of 14 leaders at this point have gone on to win the nomination.", (9, "leaders")),
    # the whole as the object of "of": once "80 wounded", the whole's number in the part's subject
    ("He said 30 of the 80 wounded remained in hospital.", (30, "wounded remained")),
])
def test_a_part_counts_what_its_whole_counts(nlp, text, part):
    assert part in figures(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    # the part is never the whole, nor a subject with the whole's number in it
    ("He said 30 of the 80 wounded remained in hospital.", (30, "80 wounded")),
    ("He said 30 of the 80 wounded remained in hospital.", (30, "wounded")),
    # a share is no part "of" a whole: "four in 10" children are 40% of them
    ("Nearly four in 10 African-American children still live in poverty.", (4, "african-american children")),
    # a number of a name after "of" is no whole ("two of Flight 370's engines" has no part of 370)
    ("Investigators recovered two of the Boeing 777 engines.", (2, "777")),
])
def test_a_part_is_not_its_whole(nlp, text, wrong):
    assert wrong not in figures(nlp, text)
