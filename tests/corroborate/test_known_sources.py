"""A note names a source after "citing" only when the words are known to be
one: a name, a described source (someone who speaks for others, a body, a
document), whole (issue 15)."""

import pytest

from crosscheck.corroborate.known_sources import names_a_source


@pytest.mark.parametrize("source, sentence", [
    ("Bureau of Labor Statistics",
     "The unemployment rate declined to 4.8% in September, the Bureau of Labor Statistics said Friday."),
    ("Jill Tyson", "In a letter made public Thursday, Jill Tyson of the FBI's congressional affairs "
     "office acknowledged that the department conducted only 10 additional interviews."),
    ("Democrats", "The Democrats wrote a letter to FBI Director Christopher Wray on Wednesday."),
    ("South Korea's military", "North Korea has fired two ballistic missiles across its east coast, "
     "South Korea's military says."),
    ("his longtime chief of staff", "Former Sen. John W. Warner has died at 94, his longtime chief "
     "of staff said Wednesday."),
    ("the drugmaker", "Moderna's COVID-19 vaccine is 96% effective in teenagers, the drugmaker said Thursday."),
    ("a statement", "Two people were hurt in the blast, a statement from the county sheriff said."),
    ("Iranian media", "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, "
     "injuring five people, Iranian media said."),
    ("Lyons", "Lyons said that Comeaux used a wheelchair in prison."),
    # written otherwise in the sentence: left to the attribution reader
    ("Nancy Pelosi", "“Jan. 6 was a day of darkness for our country,” Ms. Pelosi told reporters."),
])
def test_a_name_or_a_described_source_is_shown(source, sentence):
    assert names_a_source(source, sentence)


@pytest.mark.parametrize("source, sentence", [
    # a document named by no one: whose message it was is elsewhere in the sentence
    ("a message", "Parliamentary elections in Turkmenistan will be held on a two-party basis, "
     "a message from the Central Commission for Elections said."),
    # a name run into the cut of a hyphenated word
    ("Weitz co", "Additionally, Weitz co-wrote the 1998 animated film ANTZ and went on to produce "
     "AMERICAN PIE."),
    # a group nobody can find, a crowd, a thing that happened
    ("the group", "The group is insisting that the House and Senate first pass a $3.5 trillion "
     "spending bill."),
    ("the people", "The administration's experts are coalescing around the view that people will "
     "need the boosters eight months after being vaccinated, the people said."),
    ("Monday's violence", "When Monday's violence had concluded, the receptionist was shot dead."),
    ("the rapidly deteriorating situation", "The rapidly deteriorating situation at the border is "
     "one of the toughest challenges we face, the secretary said."),
])
def test_words_not_known_to_be_a_source_are_left_out(source, sentence):
    assert not names_a_source(source, sentence)


def test_a_cut_source_is_refused_even_when_its_words_are_a_name():
    # "India" is written only inside "Indian": no whole word names it
    assert not names_a_source("India", "Indian naval forces came to the rescue, the navy said.")
    assert names_a_source("India", "India's navy said the ship was safe, officials in India said.")
