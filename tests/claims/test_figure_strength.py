"""A number hyphened to "strong" before a noun is the size of a body of people
or things, and counts that noun (claims/figure_subjects._strong): "the
14,000-strong U.S. military contingent" gave no figure at all, so an outlet
writing "14,000 American troops" stood alone."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return [(f.value, f.subject) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, figure", [
    ("Trump ordered halving the 14,000-strong U.S. military contingent in Afghanistan.",
     (14000, "u.s. military contingent")),
    ("A 2,000-strong crowd gathered outside the court on Monday.", (2000, "crowd")),
    ("The coach named a 23-strong squad for the two qualifiers in Lisbon.", (23, "squad")),
])
def test_a_number_hyphened_to_strong_counts_its_noun(nlp, text, figure):
    value, noun = figure
    # (the verb that tells counted things apart may follow: "squad named")
    assert any(v == value and s.split()[:len(noun.split())] == noun.split()
               for v, s in figures(nlp, text))


@pytest.mark.parametrize("text, wrong", [
    # "strong" after a space qualifies each of the counted: twelve men, not a body of twelve
    ("Twelve strong men lifted the car off the driver.", (12, "men")),
    # a predicate "2,000 strong" is not hyphened to a noun: nothing is read as its subject
    ("By noon the crowd outside the court was 2,000 strong.", (2000, "crowd")),
])
def test_strong_not_hyphened_before_a_noun_is_no_size(nlp, text, wrong):
    assert wrong not in figures(nlp, text)
