"""People the entity tagger missed after a title (claims/missed_people.py):
read where a common given name and a surname stand after a title or before
an apposed one, and nowhere else."""

from __future__ import annotations

import pytest

from crosscheck.claims.missed_people import given_name_share
from crosscheck.claims.nlp import read_sentences


def _people(text: str) -> list[str]:
    [sentences] = read_sentences([text])
    return [e.text for s in sentences for e in s.ents if e.label_ == "PERSON"]


def test_given_names_are_the_census_lists_common_ones():
    assert given_name_share("Karen") > 0.5 and given_name_share("tony") > 0.1
    assert given_name_share("Koren") == 0 and given_name_share("Gurbanguly") == 0


@pytest.mark.parametrize("text, person", [
    # ECB+ dev4: "Weeks" tagged a DATE, no person at all
    ("Referee Tony Weeks elected to stop the bout early in the seventh when the American was "
     "offering no reply.", "Tony Weeks"),
    ("In fact, Angels GM Tony Reagins later confirmed the report to the Los Angeles Times.",
     "Tony Reagins"),
    ("Constable Tim Fanning says Eric Allen Kirkpatrick had recently been fired from his job.",
     "Tim Fanning"),
    # dev5: an apposed title after the name, and a title before a comma ("Brad Parscale" an ORG)
    ("Elijah Cummings, the House Oversight Committee chairman, issued the subpoena to the "
     "president’s accountant.", "Elijah Cummings"),
    ("“We had our best quarter,” his campaign manager, Brad Parscale, said in a statement.",
     "Brad Parscale"),
    # dev3: a weekday after the surname ends the name ("Giammattei Monday" no person) ...
    ("Harris spoke during a press conference with Guatemalan President Alejandro Giammattei Monday.",
     "Alejandro Giammattei"),
    # ... and a place and a title the tagger ran into the name as one ORG
    ("During a joint press conference with Guatemala President Alejandro Giammattei, Harris "
     "spoke.", "Alejandro Giammattei"),
])
def test_a_name_after_a_title_is_a_person(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text, words", [
    # no given name: a place after the title and a comma
    ("Asked about the parade, the mayor, Central Park was closed on Sunday.", "Central Park"),
    # a longer name runs on past the surname: a body, not a person
    ("The director, Tony Blair Institute staff said, had left in May.", "Tony Blair"),
    # a given name and a surname with no title before or after
    ("The fans of Tony Weeks gathered outside the arena on Sunday.", "Tony Weeks"),
    # a body's name that opens on a given name, with no title word before it
    ("Staff at the Tony Blair Institute Monday said the report was late.", "Tony Blair"),
    ("Protesters gathered outside Bank of America Tony Blair Tower on Friday.", "Tony Blair"),
])
def test_capitalised_words_without_a_title_or_given_name_are_no_person(text, words):
    assert words not in _people(text)


@pytest.mark.parametrize("text, person, not_person", [
    # The Hill's name cards run a fuller form of the name into the next words (dev5)
    ("Donald Trump Jr. and Trump campaign adviser Kimberly Guilfoyle Kimberly Ann "
     "GuilfoyleUniversity of Florida student government president faces impeachment over Trump "
     "Jr. appearance MORE were booed.", "Kimberly Guilfoyle",
     "Kimberly Guilfoyle Kimberly Ann GuilfoyleUniversity"),
    ("Stone has been indicted as part of special counsel Robert Mueller Robert (Bob) Swan "
     "MuellerSpeier says impeachment inquiry shows case MORE's investigation.", "Robert Mueller",
     "Robert Mueller Robert"),
    # the card's given name the one the familiar form is of (dev6)
    ("House Majority Whip Steve Scalise Stephen (Steve) Joseph ScaliseHouse Republicans call "
     "hearing 'boring' MORE (R-La.) said on Tuesday.", "Steve Scalise",
     "Steve Scalise Stephen (Steve) Joseph"),
])
def test_a_name_the_page_repeats_in_full_is_the_person(text, person, not_person):
    people = _people(text)
    assert person in people and not_person not in people


def test_two_people_of_one_given_name_are_no_name_card():
    # must not: "Robert Smith, Robert Jones" names two people, the surname not repeated
    people = _people("The board named Robert Smith, Robert Jones and Ana Ruiz to the panel on Monday.")
    assert "Robert Smith" in people and "Robert Jones" in people
    # must not: two people of one surname one after the other, the second no card
    people = _people("Tennis stars Venus Williams Serena Williams and Andy Murray played on Monday.")
    assert "Serena Williams" in people


def test_a_body_after_an_occupation_noun_stays_a_body():
    # the extra role gold's dev half: a bank's name opens on a given name
    text = ("Wall Street mega-banker Morgan Stanley estimates that the odds of a recession are 30% "
            "over the coming year.")
    assert "Morgan Stanley" not in _people(text)


def test_a_given_name_cut_from_a_surname_read_as_a_date_is_joined_to_it():
    # dev4: "Tony" a PERSON, "Weeks" a DATE: the referee is "Tony Weeks"
    text = ("And it came to a merciful end in the seventh, referee Tony Weeks saving'The Rock' "
            "from further punishment just moments after warning his corner.")
    assert "Tony Weeks" in _people(text)
    # must reject: with no title, the given name stays as the tagger read it
    text = ("And it came to a merciful end in the seventh, Tony Weeks saving'The Rock' from "
            "further punishment just moments after warning his corner.")
    assert "Tony Weeks" not in _people(text)


@pytest.mark.parametrize("text, person", [
    # ECB+ dev4: "Cheeks" alone is no person to the tagger, so his age was lost
    ("The 76ers hired Maurice Cheeks on Monday. Cheeks, 48, logged 15 seasons in the league.",
     "Cheeks"),
    ("Officials named the victim as Sarah Fields. Fields, 34, was a teacher.", "Fields"),
    ("The company named Ellen Waters as its new chief. Waters, 52, starts in May.", "Waters"),
])
def test_a_surname_given_again_alone_is_the_person_named_in_full(text, person):
    assert _people(text).count(person) == 1


@pytest.mark.parametrize("text", [
    # Must reject: another capitalised word beside it makes another name ...
    "The 76ers hired Maurice Cheeks on Monday. Cheeks Avenue was closed for the parade.",
    # ... the word before the full name is not yet the person ...
    "Cheeks were red in the cold. The 76ers hired Maurice Cheeks on Monday.",
    # ... and a surname two people of the article bear is neither.
    "Maurice Cheeks and Tony Cheeks spoke on Monday. Cheeks, 48, said he was proud.",
])
def test_a_surname_is_not_given_to_a_person_against_the_text(text):
    assert "Cheeks" not in _people(text)
