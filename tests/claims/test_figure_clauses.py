"""A figure in a relative clause counts the noun the clause hangs on, and a
measure before a participle that qualifies a noun measures that noun
(claims/figure_phrases.clause_subject, claims/figure_subjects.subject_of):
both gave no figure at all ("which currently stands at $7.25", "at a 2.6
percent annualized rate"), so an outlet writing them stood alone."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return [(f.value, f.subject) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, figure", [
    ("The federal minimum wage, which currently stands at $7.25, has not risen since 2009.",
     (7.25, "federal minimum wage")),
    ("The jobless rate, which fell to 3.9 percent in April, is the lowest since 2000.",
     (3.9, "jobless rate")),
    ("The economy grew at a 2.6 percent annualized rate in the fourth quarter.", (2.6, "rate")),
    # a small number after "be" is no age when the subject names an amount
    ("His blood-alcohol level was 0.41, five times the legal limit.", (0.41, "blood alcohol level")),
    ("New Hampshire's gun death rate was 9.9 per 100,000 people.", (9.9, "gun death rate")),
])
def test_a_figure_in_a_relative_clause_or_before_a_participle_is_read(nlp, text, figure):
    assert figure in figures(nlp, text)


@pytest.mark.parametrize("text, figure", [
    # a predicate adjective is no participle before a noun: what is compared stays the subject
    ("Prices were 12 percent higher than a year ago.", (12, "prices")),
    # a small number after "be" of a person is as often an age: left to the age reader
    ("The victim was 19, police said.", None),
    # a person's relative clause is left as it was read: what the sum paid was for
    ("The people who paid $36,000 for his courses sued the school.", (36000, "courses")),
])
def test_what_the_clause_says_of_stays_the_subject(nlp, text, figure):
    if figure is None:
        assert not [f for f in figures(nlp, text) if f[0] == 19]
    else:
        assert figure in figures(nlp, text)
