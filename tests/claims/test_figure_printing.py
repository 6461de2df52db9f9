"""Numbers as some sources print them (spaced separators and hyphens, a count
set off by a comma, points hyphenated to a noun): claims/figures.py, figure_ages.py."""

import pytest

from crosscheck.claims.figures import extract_figures


def figures(nlp, text):
    return extract_figures(nlp(text)[:])


# A number some sources print with a space after its point (ECB+): read whole,
# with its scale, never joined to a year or to the next sentence's number.
@pytest.mark.parametrize("text, value", [
    ("The Hunger Games has grossed $368. 0 million globally.", 368e6),
    ("The broadcast drew high ratings – 40. 3 million people watched.", 40.3e6),
    ("They paid $27. 5 million for the third baseman.", 27.5e6),
    ("The show was watched by 39. 9 million people.", 39.9e6),
])
def test_a_number_split_after_its_point_is_read_whole(nlp, text, value):
    assert value in [f.value for f in figures(nlp, text)]


def test_a_point_that_ends_a_sentence_or_a_date_joins_nothing(nlp, claims_of):
    # the claims pass reads each sentence alone: "40." ends one, "3" opens the next
    found = [c.figure.value for c in claims_of("The toll rose to 40. 3 more bodies were found on "
                                               "Monday.", kind="figure")]
    assert sorted(found) == [3, 40]
    # a year is no whole part: "2012. 08" is a date
    found = figures(nlp, "Published: 2012. 08. 08 at noon, the report counted 12 boats.")
    assert not [f.value for f in found if f.value != int(f.value)]


# A count set off by a comma restates the plural noun its clause counts.
def test_a_count_after_a_comma_restates_the_noun_counted(nlp):
    text = ("The economy added far fewer jobs than expected in April, just 266,000, and the "
            "unemployment rate rose slightly to 6.1%, the Bureau of Labor Statistics reported Friday.")
    assert ("jobs", 266000) in [(f.subject, f.value) for f in figures(nlp, text)]


@pytest.mark.parametrize("text, value", [
    ("Her son, 12, was unhurt.", 12),                         # an age, not a count of sons
    ("Title 42 expired in May and was not renewed.", 42),     # a number in a name
    ("The Boeing 737 crashed in the sea.", 737),
])
def test_a_number_after_a_name_or_noun_of_one_is_no_count(nlp, text, value):
    assert not [f for f in figures(nlp, text) if f.value == value and f.unit != "age"]


# Points hyphenated before a noun are the unit, not what is counted.
@pytest.mark.parametrize("text, value, unit, subject", [
    ("This week's 75-basis-point move was widely expected.", 75, "basis point", "move"),
    ("The Fed approved a 75 - basis - point hike.", 75, "basis point", "hike"),
    ("The bank announced a 0.75-percentage-point increase.", 0.75, "percentage point", "increase"),
])
def test_points_hyphenated_before_a_noun_are_its_unit(nlp, text, value, unit, subject):
    assert (value, unit, subject) in [(f.value, f.unit, f.subject) for f in figures(nlp, text)]


def test_a_basis_of_no_points_is_no_unit(nlp):
    # "basis" alone, hyphenated to no "point", leaves the number unitless
    found = [f.unit for f in figures(nlp, "Officials met on a 24-hour basis for 12 days.")
             if f.value == 12]
    assert found == ["day"]


# A number printed with a space after its thousands separator (ECB+) is read
# whole; a day of a date and a count after it are not joined.
@pytest.mark.parametrize("text, value", [
    ("An estimated 100, 000 people took to the streets.", 100000),
    ("O'Brien acknowledged he gave about $6, 000 to recruit a player.", 6000),
    ("The state counted 1, 200, 000 ballots.", 1200000),
])
def test_a_number_spaced_after_its_separator_is_read_whole(nlp, text, value):
    assert value in [f.value for f in figures(nlp, text)]


@pytest.mark.parametrize("text", ["On June 8, 200 workers walked out.",
                                  "On Jan. 8, 200 workers walked out."])
def test_a_day_and_a_count_after_it_are_two_numbers(nlp, text):
    assert [f.value for f in figures(nlp, text)] == [200]


# "59 - year old", one hyphen left out, is an age; a span of years is not.
@pytest.mark.parametrize("text, value, subject", [
    ("Investigators say 59 - year old Raj Chohan was hit while walking.", 59, "age of Raj Chohan"),
    ("The 59-year old driver fled the scene.", 59, "age of driver"),
])
def test_an_age_with_a_hyphen_left_out(nlp, text, value, subject):
    assert (subject, value) in [(f.subject, f.value) for f in figures(nlp, text) if f.unit == "age"]


def test_a_span_of_years_before_old_is_no_age(nlp):
    found = figures(nlp, "The firm signed a 10 - year lease on the old building.")
    assert [(f.value, f.unit) for f in found] == [(10, "year")]


# A scale hyphenated to its number, or glued on after a currency past a
# spaced point, is read with it; a suffix with no currency is no scale.
@pytest.mark.parametrize("text, value, unit", [
    ("Robbers got away with $137-million of diamonds.", 137e6, "USD"),
    ("Damage to the church is estimated at one-million dollars.", 1e6, "USD"),
    ("Jewellery and watches worth £1. 7m were taken.", 1.7e6, "GBP"),
    ("They made off with 2m euros in jewels.", 2e6, "EUR"),
    ("It was a two - million - euro booty.", 2e6, "EUR"),
])
def test_a_scale_hyphenated_or_glued_to_a_sum_is_read(nlp, text, value, unit):
    assert (value, unit) in [(f.value, f.unit) for f in figures(nlp, text)]


@pytest.mark.parametrize("text, wrong", [
    ("The climber fell about 60m down the slope.", 60e6),  # metres, no currency
    ("Sales rose 300-600 million tons.", 300),  # a range, its scale shared, not hyphenated to one end
])
def test_a_suffix_or_hyphen_that_is_no_scale_of_a_sum(nlp, text, wrong):
    assert wrong not in [f.value for f in figures(nlp, text)]


@pytest.mark.parametrize("text, value", [
    ("The Red Sox offered Dan Tessler an eight-year, $200MM deal, a report said.", 200e6),
    ("The Comets offered him a five-year, $85MM contract on Monday.", 85e6),
])
def test_mm_glued_to_a_sum_is_millions(nlp, text, value):
    assert (value, "USD") in [(f.value, f.unit) for f in figures(nlp, text)]


@pytest.mark.parametrize("text", [
    "Lanza also carried a 9mm handgun and a 10mm pistol into the school.",
    "Police seized a 5.56mm rifle and two 7.62mm rifles from the boat.",
])
def test_mm_after_no_currency_is_no_million(nlp, text):
    assert not [f for f in figures(nlp, text) if f.value >= 1e6]


# A dollar written with its country after the sign ("$US1 million", as
# Australian papers print it) is that country's dollar; the bound before a
# country written before the sign ("about US $160 million") is read.
@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("Damage to the hall was estimated at $US1 million ($1.52 million), police said.", 1e6, "USD",
     "exact"),
    ("The miner paid $US2.5 billion for the copper project last year.", 2.5e9, "USD", "exact"),
    ("The club sold the stadium for $A300 million in March.", 300e6, "AUD", "exact"),
    ("The team made its offer, reportedly worth about US $160 million, during the meetings.", 160e6,
     "USD", "about"),
])
def test_a_dollar_with_its_country_is_read(nlp, text, value, unit, qualifier):
    assert (value, unit, qualifier) in [(f.value, f.unit, f.qualifier) for f in figures(nlp, text)]


@pytest.mark.parametrize("text", [
    "Drivers took the US1 highway north for 40 miles.",  # a road, no sign before it
    "The A1 road and the C3 bus line reopened on Monday.",
])
def test_a_country_glued_to_a_number_without_a_dollar_sign_is_no_sum(nlp, text):
    assert not [f for f in figures(nlp, text) if f.unit in ("USD", "AUD", "CAD")]
