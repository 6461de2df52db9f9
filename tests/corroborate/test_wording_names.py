"""Names as a note shows them (corroborate.v86, notes20 round): without the
marks a page or an editor put into them, a body's with its article, and a
quote's opening not cut inside one; each rule with inputs it must leave
alone. The sentences are of the kind the notes gold holds (quality/gold/notes)."""

import pytest

from crosscheck.corroborate.common import quote_opening
from crosscheck.corroborate.wording import (source_as_written, speaker_as_written, with_its_article,
                                            without_brackets, without_link_text)


@pytest.mark.parametrize("name, shown", [
    # heldout19: The Hill's link card glued after the name
    ("President Trump Donald John TrumpDem lawmaker", "President Trump"),
    ("Sen. Lindsey Graham Lindsey Olin GrahamSenate GOP", "Sen. Lindsey Graham"),
    # must not: an inner capital that repeats no word of the name
    ("Gen. Douglas MacArthur", "Gen. Douglas MacArthur"),
    ("Gov. Ron DeSantis", "Gov. Ron DeSantis"),
    ("Ray LaHood", "Ray LaHood"),
])
def test_a_page_s_link_card_run_into_a_name_is_left_out(name, shown):
    assert without_link_text(name) == shown


def test_a_source_is_cited_without_the_link_card():
    sentence = ("President Trump Donald John TrumpDem lawmaker says Nunes threatened to sue him "
                "MORE said he plans to address the country on Wednesday morning.")
    assert source_as_written("President Trump Donald John TrumpDem lawmaker", sentence) == \
        "President Trump"


@pytest.mark.parametrize("name, shown", [
    # heldout18: "[Israeli Prime Minister Benjamin] Netanyahu" read as "Benjamin] Netanyahu"
    ("Benjamin] Netanyahu", "Benjamin Netanyahu"),
    ("[Speaker Nancy] Pelosi", "Speaker Nancy Pelosi"),
    # must not: a name with no bracket
    ("Benjamin Netanyahu", "Benjamin Netanyahu"),
])
def test_an_editor_s_brackets_are_left_out_of_a_name(name, shown):
    assert without_brackets(name) == shown


@pytest.mark.parametrize("name, sentence, shown", [
    # heldout18: "Information Technology and Innovation Foundation is a U.S. think tank"
    ("Information Technology and Innovation Foundation",
     "A scathing report from the Information Technology and Innovation Foundation, a U.S. think "
     "tank, details how China's government plans to pump $100 billion into the industry.",
     "the Information Technology and Innovation Foundation"),
    # heldout16: "White House said it", the speaker inferred, not written in the sentence
    ("White House", "\"The evidence at trial was conflicting.\"", "the White House"),
    ("Department of Justice", "The Department of Justice said it would appeal.",
     "the Department of Justice"),
    # must not: a body the sentence writes without an article, a person, an
    # initialism, a company, one word, a name that has its article
    ("Heritage Foundation", "Heritage Foundation fellows wrote the plan.", "Heritage Foundation"),
    ("Maxine Waters", "the Maxine Waters amendment failed.", "Maxine Waters"),
    ("FBI", "the FBI said it had opened an inquiry.", "FBI"),
    ("Google", "Google said it would comply.", "Google"),
    ("Senate", "the Senate voted 51-49.", "Senate"),
    ("the Justice Department", "the Justice Department said.", "the Justice Department"),
    ("Sean House", "Sean House, the club's president, said the vote was close.", "Sean House"),
])
def test_a_body_s_name_is_shown_with_its_article(name, sentence, shown):
    assert with_its_article(name, sentence) == shown


def test_a_speaker_and_a_source_take_a_body_s_article():
    assert speaker_as_written("White House", "“We will respond,” the White House said.") == \
        "the White House"
    assert source_as_written("Labor Department", "the Labor Department said Friday.") == \
        "the Labor Department"
    # must not: a person's name
    assert speaker_as_written("Nancy Pelosi", "“We will respond,” Pelosi said.") == "Nancy Pelosi"


@pytest.mark.parametrize("quote, shown", [
    # heldout19: "We are not letting people into the United…"
    ("We are not letting people into the United States, and we are not going to let them in "
     "whatever they say about it.", "We are not letting people into the United States,"),
    ("I have said it before and the Wall Street Journal agrees with me on that, as do many "
     "others in this city and beyond.", "I have said it before and the Wall Street Journal"),
    # a name does not end on the word that joins it
    ("We will take this to the Centers for Disease Control and Prevention and to anyone else "
     "who will listen to us.", "We will take this to the Centers for Disease Control and Prevention"),
    # must not: eight words that end on no name, or on a name that ends there
    ("We are going to win this one in Iowa and then we will win the rest of them too.",
     "We are going to win this one in"),
    ("We are going.", "We are going."),
    # nor one that stops after "The", before a name ("…one constituency. The…")
    ("There's no one issue or one constituency. The President has his own and I have mine.",
     "There's no one issue or one constituency. The"),
    ("Nobody here in this room believes that Trump will accept the result of the vote next week.",
     "Nobody here in this room believes that Trump"),
])
def test_a_quote_s_opening_is_not_cut_inside_a_name(quote, shown):
    assert quote_opening(quote) == shown


TAKE = "Take clean energy. Some country is going to be the clean energy superpower of the 21st century."


@pytest.mark.parametrize("speaker, sentence, shown", [
    # the quote reader joined the full name to the surname the article uses (heldout23)
    ("Hillary Clinton Clinton", TAKE, "Hillary Clinton"),
    ("Senator Bernie Sanders Sanders", "“We will fight on,” Sanders said.", "Senator Bernie Sanders"),
    # must not: a name of two words written so, or one the sentence writes doubled
    ("Sirhan Sirhan", "Sirhan Sirhan was denied parole on Wednesday.", "Sirhan Sirhan"),
    ("Boutros Boutros Boutros", "He met Boutros Boutros on Monday.", "Boutros Boutros Boutros"),
    ("Hillary Clinton", TAKE, "Hillary Clinton"),
])
def test_a_speaker_s_doubled_surname_is_shown_once(speaker, sentence, shown):
    assert speaker_as_written(speaker, sentence) == shown


ORDER = "“The order protects our borders while the review goes on.”"


@pytest.mark.parametrize("speaker, shown", [
    # the quote reader kept the last word of "Secretary of State" (heldout24)
    ("State Maria Okafor", "Maria Okafor"),
    ("Staff Daniel Reyes", "Daniel Reyes"),
    ("General Tom Hadley", "Tom Hadley"),
    # must not: a body's name, a title the quote reader kept whole, a name alone
    ("State Farm Insurance", "State Farm Insurance"),
    ("Defense Secretary Tom Hadley", "Defense Secretary Tom Hadley"),
    ("Maria Okafor", "Maria Okafor"),
])
def test_a_speaker_opening_on_the_last_word_of_a_cut_office_is_shown_by_name(speaker, shown):
    assert speaker_as_written(speaker, ORDER) == shown
