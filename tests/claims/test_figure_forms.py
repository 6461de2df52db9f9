"""Figure forms (claims/figure_forms.py, figure_ordinals.py, figure_multiples.py) read
through the claims pass."""

import pytest


# Through the claims pass itself, which runs without spaCy's lemmatizer: the
# rules that ask for a verb's lemma ("die", "halve", "reach") must still fire.
@pytest.mark.parametrize("text, subject, value", [
    ("Esther Williams dies at 91.", "age of Esther Williams", 91),
    ("Swimming star Esther Williams died Thursday at 91 in her sleep.", "age of Esther Williams", 91),
    ("Bettie Page, whose photographs titillated a generation of young men in the post-war years, "
     "has died at the age of 85 after suffering a heart attack.", "age of Bettie Page", 85),
    ("The pill cut the risk of hospitalization or death in half.",
     "risk of hospitalization or death cut", 50),
])
def test_forms_read_in_the_claims_pass(claims_of, text, subject, value):
    found = [(c.figure.subject, c.figure.value) for c in claims_of(text, kind="figure")]
    assert (subject, value) in found, found


@pytest.mark.parametrize("text", [
    "The company said it had 91 stores at the end of the year.",  # "at" a count, no dying
    "Sales at 85 outlets rose in the quarter.",
])
def test_a_number_after_at_is_not_an_age_without_dying(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure") if c.figure.unit == "age"]


@pytest.mark.parametrize("text, subject, value", [
    ("Hugh Jackman will host the 81st annual Academy Awards in February.", "academy awards", 81),
    ("Trudeau won a third term as prime minister on Monday.", "term", 3),
    ("Ellen DeGeneres will host the Oscars for a second time.", "time", 2),
    ("Obama celebrated his 60th birthday at his home on Martha's Vineyard.", "birthday", 60),
    # the rank of a superlative, even of a noun the model takes for a date
    ("The film had the third-biggest domestic debut weekend of all time.", "weekend", 3),
    ("It became the third highest grossing opening weekend title of all time.", "title", 3),
    # the rank of a run, even of a noun the model takes for a date
    ("It marked the second-straight month in which the economy added far fewer jobs.", "month", 2),
    ("The economy shrank for a third consecutive quarter in Kestrel.", "quarter", 3),
])
def test_an_ordinal_ranks_a_thing(claims_of, text, subject, value):
    found = [(c.figure.subject, c.figure.value) for c in claims_of(text, kind="figure")
             if c.figure.unit == "ordinal"]
    assert any(subject in s and v == value for s, v in found), found


@pytest.mark.parametrize("text", [
    "It was the first time the Kestrel mine had flooded since 2009.",  # "first": everywhere
    "The meeting in Paris is set for March 3rd.",  # a date
    "Sales at Kestrel Mining rose in the second quarter.",  # a period
    "Wait a second, he told the crowd in Kestrel Falls.",  # a unit of time
    "She finished the race in Kestrel Falls third fastest.",  # a superlative of no noun
])
def test_what_is_not_a_ranking_ordinal(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure") if c.figure.unit == "ordinal"]


@pytest.mark.parametrize("text", [
    "The ninth grade students at Kestrel High walked out.",
    "Gun owners in Ohio cite the Second Amendment.",
])
def test_an_ordinal_in_a_label_or_name_is_no_rank(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure") if c.figure.unit == "ordinal"]


def test_an_anniversary_counts_years(claims_of):
    found = [(c.figure.unit, c.figure.value) for c in
             claims_of("The festival marked the 20th anniversary of the attacks.", kind="figure")]
    assert found == [("year", 20)]
    # ... and a birthday stays a rank (it is an age, said of a person)
    found = [(c.figure.unit, c.figure.value) for c in
             claims_of("Obama celebrated his 60th birthday at his home.", kind="figure")]
    assert ("year", 60) not in found


@pytest.mark.parametrize("text, unit, low, high", [
    # the sixth week of a thing runs from five weeks into it to six
    ("The law bans abortion after the sixth week of pregnancy.", "week", 5, 6),
    ("Witnesses were heard on the third day of the trial.", "day", 2, 3),
])
def test_an_ordinal_unit_of_time_of_a_thing_is_how_far_into_it(claims_of, text, unit, low, high):
    found = [(c.figure.low, c.figure.high) for c in claims_of(text, kind="figure")
             if c.figure.unit == unit]
    assert found == [(low, high)]


@pytest.mark.parametrize("text", [
    "Talks in Kestrel resumed in the second week of March.",  # a date, not a span
    "Her second term began in the fourth month.",  # of nothing
])
def test_an_ordinal_unit_of_time_of_no_thing_is_no_span(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure") if c.figure.unit in ("week", "month")]


@pytest.mark.parametrize("text, subject, value, qualifier", [
    ("It is given as four pills taken twice a day for five days.", "pills taken a day", 2, "exact"),
    ("Page was married three times but had no children.", "page married", 3, "exact"),
    ("In six weeks, the Fed has twice pushed up the interest rates it controls.", "fed pushed", 2,
     "exact"),
    ("Unvaccinated people are more than twice as likely to be reinfected with Covid-19.",
     "likely reinfected", 2, "over"),
    ("The unvaccinated individuals had 2.34 times greater odds of reinfection.", "odds", 2.34,
     "exact"),
    # a ratio given as a whole multiple is rounded; a count of times (above) is not
    ("Unvaccinated individuals are twice as likely to face reinfection as the vaccinated.",
     "likely face reinfection", 2, "about"),
    # a ratio to the level a noun names ("N times the X")
    ("His blood-alcohol level was 0.41, more than five times the legal limit.", "legal limit",
     5, "over"),
])
def test_multiples_how_often_and_how_many_times_more(claims_of, text, subject, value, qualifier):
    found = [(c.figure.subject, c.figure.value, c.figure.qualifier) for c in claims_of(text, kind="figure")
             if c.figure.unit == "time"]
    assert (subject, value, qualifier) in found, found


@pytest.mark.parametrize("text", [
    "He said it twice on Monday.",             # a pronoun does nothing a reader can check
    "Prices in Kestrel were at times higher.",  # no number
    "It costs twice the price of the old one.",  # "twice the price": no verb, ratio or period
    "He had been arrested five times the year before.",  # a count of arrests, not a ratio to a year
])
def test_what_is_not_a_multiple(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure") if c.figure.unit == "time"]


# The forms read each sentence's words once (figure_forms.words_of keeps the
# last sentence's): a sentence of another article at the same token offsets
# must be read from its own words, not from the words kept.
def test_the_words_kept_are_those_of_the_sentence_read(claims_of):
    first = claims_of("Republicans will halve the budget of the agency.", kind="figure")
    second = claims_of("Republicans will double the budget of the agency.", kind="figure")
    assert [c.figure.value for c in first if c.figure.unit == "percent"] == [50]
    assert not [c for c in second if c.figure.unit == "percent"], second


@pytest.mark.parametrize("text", [
    "Halverson scored twice in the second half of the game.",  # "halv…", no verb of halving
    "The two halves of the bridge were joined on Monday.",  # the noun "halves"
])
def test_a_word_beginning_halv_is_not_always_halving(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure")
                if c.figure.unit == "percent" and c.figure.value == 50]


@pytest.mark.parametrize("text, value", [
    ("The bill passed the Senate 65-35 after a long vote.", 65),
    ("Page was married three times, her biographer said.", 3),
    ("Rates rose by three-quarters of a percentage point on Wednesday.", 0.75),
])
def test_forms_read_from_the_words_kept(claims_of, text, value):
    assert value in [c.figure.value for c in claims_of(text, kind="figure")]


@pytest.mark.parametrize("text, subject, value, qualifier", [
    ("The study found the Delta variant carries double the risk of hospitalization.",
     "risk of hospitalization", 2, "about"),
    ("An analysis has shown the Delta variant almost doubles the risk of hospitalisation.",
     "risk of hospitalisation", 2, "nearly"),
    ("The company will triple its workforce in Texas.", "workforce", 3, "about"),
])
def test_doubling_is_a_multiple_of_the_thing_doubled(claims_of, text, subject, value, qualifier):
    found = [(c.figure.subject, c.figure.value, c.figure.qualifier) for c in claims_of(text, kind="figure")
             if c.figure.unit == "time"]
    assert (subject, value, qualifier) in found, found


@pytest.mark.parametrize("text", [
    "He hit two doubles in the second game.",   # the noun "doubles"
    "The senator doubled down on his claim.",   # nothing doubled
    "Inflation doubled in two years.",          # no object: the subject is often a level of another thing
    "Democrats hold a double-digit lead.",      # a word compound
    "She ordered a double espresso.",           # an adjective, not "double the"
])
def test_what_is_not_doubling(claims_of, text):
    assert not [c for c in claims_of(text, kind="figure") if c.figure.unit == "time"]
