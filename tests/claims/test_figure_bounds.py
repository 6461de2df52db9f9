"""The bounds a figure's wording allows (claims/figure_bounds.py) beyond its
hedge words: a ceiling, the years since a level, a forecast."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return extract_figures(nlp(text)[:])


# A verb that sets a ceiling gives at most its number; one that moves a level
# gives the level.
@pytest.mark.parametrize("text, value, qualifier", [
    ("Trump sought to limit refugees to 15,000 this year.", 15000, "at-most"),
    ("The program was capped at 15,000 refugees.", 15000, "at-most"),
    ("Biden raised the refugee cap to 62,500 on Monday.", 62500, "exact"),
    ("The Fed cut rates to 0.25% in March.", 0.25, "exact"),
])
def test_a_ceiling_is_at_most_its_number(nlp, text, value, qualifier):
    assert qualifier in [f.qualifier for f in figures(nlp, text) if f.value == value]


# "A 40-year high" counts years from a year each outlet picks: read within
# its rounding (as "about 40"), its qualifier as written.
@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("Inflation reached a 40-year high in June.", 40, 36, 44, "exact"),
    ("Inflation hit a 41-year high of 9.1%.", 41, 40.5, 41.5, "exact"),
    ("Inflation is at a four-decade high.", 4, 3.6, 4.4, "exact"),
    ("Mortgage rates fell to a 50-year low.", 50, 45, 55, "exact"),
    ("He was sentenced to a 40-year term.", 40, 40, 40, "exact"),
    ("The drought was the worst in 40 years.", 40, 40, 40, "exact"),
])
def test_years_since_a_level_are_about_their_number(nlp, text, value, low, high, qualifier):
    found = [(f.low, f.high, f.qualifier) for f in figures(nlp, text) if f.value == value]
    assert found and found[0][2] == qualifier
    assert found[0][0] == pytest.approx(low) and found[0][1] == pytest.approx(high)


# A forecast is an estimate: the number a forecast word leads to is read
# within its rounding, its qualifier as written.
@pytest.mark.parametrize("text, value, low, high", [
    ("Economists surveyed by Bloomberg had called for 360,000 applications.", 360000, 355000, 365000),
    ("The consensus number from analysts polled by Refinitiv was 700,000.", 700000, 650000, 750000),
    ("Economists had expected claims to fall to 400,000.", 400000, 360000, 440000),
    ("That was above expectations of 359,000 new claims.", 359000, 358500, 359500),
])
def test_a_forecast_is_about_its_number(nlp, text, value, low, high):
    found = [(f.qualifier, f.low, f.high) for f in figures(nlp, text) if f.value == value]
    assert found == [("exact", pytest.approx(low), pytest.approx(high))]


@pytest.mark.parametrize("text, value", [
    ("The economy added far fewer jobs than expected in April, just 266,000.", 266000),
    ("Economists expected hiring to slow after employers added 850,000 jobs in June.", 850000),
    ("Claims fell to 385,000, as expected.", 385000),
])
def test_an_actual_figure_beside_a_forecast_word_is_exact(nlp, text, value):
    assert [(f.low, f.high) for f in figures(nlp, text) if f.value == value] == [(value, value)]


# "Not" before a bound denies it as "no" does: "not more than ten years" is at
# most ten. A "not" elsewhere in the clause leaves the bound as written.
@pytest.mark.parametrize("text, value, qualifier", [
    ("He faces imprisonment of not more than ten years.", 10, "at-most"),
    ("The law requires not less than 30 days of notice.", 30, "at-least"),
    ("Offenders face a fine not exceeding $10,000.", 10000, "at-most"),
    ("The cost is not to exceed $5 million.", 5000000, "at-most"),
    ("He did not say why more than 40 people were held.", 40, "over"),
    ("Officials would not confirm that about 300 troops had left.", 300, "about"),
])
def test_not_before_a_bound_denies_it(nlp, text, value, qualifier):
    assert [f.qualifier for f in figures(nlp, text) if f.value == value] == [qualifier]
