"""A total a verb brings to a number counts what it totals
(figure_subjects._totalled): the forms counted in the AllSides, Baly, ECB+ and
recession texts, written with made-up clauses."""

import pytest

from crosscheck.claims.figures import extract_figures


def subjects(nlp, text, value):
    return [f.subject for f in extract_figures(nlp(text)[:]) if f.value == value]


@pytest.mark.parametrize("text, value, subject", [
    # a total "of" a noun counts the noun
    ("Two more mayors joined the race, bringing the total number of candidates to 14.", 14,
     "candidates"),
    ("The county opened an inquiry, bringing the number of investigations to four.", 4,
     "investigations"),
    ("Officials raised the number of injured on Wednesday to 119.", 119, "injured"),
    ("The ministry reported 812 new cases, raising the total number of infections to 65,210.",
     65210, "infections"),
    # a bare total counts what the clause before counts with a number of its own
    ("Six more nurses tested positive, bringing the total to 31.", 31, "nurses"),
])
def test_a_total_counts_what_it_totals(nlp, text, value, subject):
    assert subject in subjects(nlp, text, value)


@pytest.mark.parametrize("text, value, wrong", [
    # the clause before counts nothing: the total is left as it is read
    ("Three more fell Tuesday, bringing the total to nine, including several cities.", 9, "three"),
    # no total: a verb of setting keeps its own object
    ("The governor raised the speed limit to 70 on Monday.", 70, "total"),
    # a noun subject with no number of its own is not what the total counts
    ("The nurses tested positive, bringing the total to 31.", 31, "nurses"),
])
def test_a_total_of_nothing_named_borrows_no_noun(nlp, text, value, wrong):
    assert wrong not in subjects(nlp, text, value)


@pytest.mark.parametrize("text, value, subject", [
    ("The Dow Jones industrial average fell 617 points, or 2.4 percent, on Monday.", 2.4,
     "dow jones industrial average"),
    ("The Nasdaq plunged 270 points, or 3.4%, on Monday.", 3.4, "nasdaq"),
])
def test_a_change_given_again_in_another_measure_is_of_what_changed(nlp, text, value, subject):
    """", or 2.4 percent" after "617 points" is the same fall in percent:
    it counts what the verb's subject is."""
    assert subjects(nlp, text, value) == [subject]


@pytest.mark.parametrize("text, value", [
    ("The index rose 30 points or 2 percent, traders said.", 2),  # no comma: no restatement read
    ("The farm sold 30 tons, or 2 percent of the crop, last year.", 2),  # its own "of"
])
def test_an_alternative_measure_is_read_only_after_a_comma_and_its_own_words_first(nlp, text, value):
    # Must reject: the verb's subject given to these.
    assert all(s not in ("index", "farm") for s in subjects(nlp, text, value))


def values(nlp, text):
    return [(f.value, f.low, f.high, f.subject) for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text, value, subject", [
    ("Officials put the death toll at 13 on Sunday.", 13, "death toll"),
    ("The new order caps the number of refugees at 50,000.", 50000, "refugees"),
    ("The state's seismology center put the quake's magnitude at 5.9.", 5.9, "magnitude"),
])
def test_a_verb_placing_an_amount_at_a_bare_number_gives_its_level(nlp, text, value, subject):
    """"put the death toll at 13", "caps the number at 50,000": the number
    after "at" is the level of the amount the verb's object names
    (figure_subjects._SETTING_AT_VERBS, _AMOUNT_NOUNS)."""
    found = [s for v, low, high, s in values(nlp, text) if value in (v, low, high)]
    assert found and subject in found[0]


@pytest.mark.parametrize("text, value", [
    ("They set the meeting at 10 on Monday.", 10),         # a time: its object names no amount
    ("The referee stopped the fight at 2:56 of the round.", 2),  # not a verb of placing
    ("Police put the suspect at 10 Downing Street.", 10),   # a place
])
def test_at_a_bare_number_is_no_level_unless_an_amount_is_placed(nlp, text, value):
    # Must reject: a time or a place read as a level.
    assert all(value not in (v, low, high) for v, low, high, _ in values(nlp, text))
