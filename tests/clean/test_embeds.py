"""Hover cards and a post's closing links (clean/embeds.py, issue 13), each
with body text that looks like it and must stay; embedded posts stay in the
body, where the claims stage reads a signed one as its signer's quote."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.embeds import cut_full_names, cut_hover_cards, cut_post_links
from crosscheck.models import RawDoc

TWEET = ("Crime in the city is way up. Big mistake made all over the region in allowing "
         "this! — Donald J. Trump (@realDonaldTrump) June 18, 2018")


@pytest.mark.parametrize("line, kept, cut", [
    ("Xavier Usanga would have started second grade today. His father said bullets came from "
     "a house across the street. https://t.co/9EqsJ7Ijmn",
     "Xavier Usanga would have started second grade today. His father said bullets came from "
     "a house across the street.", "https://t.co/9EqsJ7Ijmn"),
    ("Ocasio-Cortez wouldn't answer. https://t.co/qxhHH5CLXR pic.twitter.com/lP3zdFdPuU",
     "Ocasio-Cortez wouldn't answer.", "https://t.co/qxhHH5CLXR pic.twitter.com/lP3zdFdPuU"),
    ("Nancy Reagan, RIP. Statement on the Passing of Mrs. #Reaganhttps://t.co/YKmvrDpZCX",
     "Nancy Reagan, RIP. Statement on the Passing of Mrs. #Reagan", "https://t.co/YKmvrDpZCX"),
])
def test_a_posts_closing_links_are_cut(line, kept, cut):
    assert cut_post_links(line) == (kept, cut)


@pytest.mark.parametrize("line", [
    # a link inside a sentence the article tells of
    "The tweet, which linked to https://t.co/x7Yq2Ab and was deleted within an hour, drew "
    "4,000 replies.",
    # an address the article names, at the end of its sentence
    "Read the report at https://example.org/report.",
    "The t.co shortener wraps every link posted on the site.",
    # a line that is only a link is left to the other rules
    "https://t.co/x7Yq2Ab",
])
def test_links_an_article_tells_of_are_kept(line):
    assert cut_post_links(line) == (line, None)


@pytest.mark.parametrize("line, kept, cards", [
    ("President Trump Donald John TrumpKamala Harris calls for Twitter to suspend Trump account "
     "Clinton jokes she 'never' had to tell Obama John Dean: 'There is enough evidence' to "
     "impeach Trump MORE on Monday doubled down on his policy.",
     "President Trump Donald John Trump on Monday doubled down on his policy.",
     ["Kamala Harris calls for Twitter to suspend Trump account Clinton jokes she 'never' had "
      "to tell Obama John Dean: 'There is enough evidence' to impeach Trump MORE"]),
    ("Special counsel Robert Mueller Robert (Bob) Swan MuellerSpeier says inquiry shows 'very "
     "strong case' Gowdy: hearings are 'a circus' MORE’s Russia investigation has momentum.",
     "Special counsel Robert Mueller Robert (Bob) Swan Mueller’s Russia investigation has "
     "momentum.",
     ["Speier says inquiry shows 'very strong case' Gowdy: hearings are 'a circus' MORE"]),
    ("Sens. Ed Markey Edward (Ed) John MarkeyOvernight Defense: Families sue | Lawmakers speak "
     "out MORE (D-Mass.) and John Kennedy John Neely KennedyMORE (R-La.) have voiced discontent.",
     "Sens. Ed Markey Edward (Ed) John Markey (D-Mass.) and John Kennedy John Neely Kennedy "
     "(R-La.) have voiced discontent.",
     ["Overnight Defense: Families sue | Lawmakers speak out MORE", "MORE"]),
    ("Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk at lengthy "
     "trial MORE [R-Ky.] also backed the measure.",
     "Leader Mitch McConnell Addison (Mitch) Mitchell McConnell [R-Ky.] also backed the measure.",
     ["GOP senators balk at lengthy trial MORE"]),
])
def test_hover_cards_are_cut_and_the_name_stays(line, kept, cards):
    assert cut_hover_cards(line) == (kept, cards)


@pytest.mark.parametrize("line", [
    "More than 200 people attended, and More said the turnout was the best in years.",
    '"We need MORE police, not fewer," the sign carried by Jane Roe read.',
    "Bob Jones and Sam Jones's brother said they wanted MORE of the same.",
    "Trump Tower's owner, Donald Trump, said he would build MORE towers.",
])
def test_more_in_prose_is_kept(line):
    assert cut_hover_cards(line) == (line, [])


def test_clean_moves_furniture_to_removed_and_keeps_posts():
    lead = ("WASHINGTON — Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell "
            "McConnellGOP senators balk at lengthy trial MORE said on Tuesday that the vote "
            "would be held next week.")
    post = "Big mistake made all over the region! https://t.co/9EqsJ7Ijmn"
    text = "\n\n".join([lead, TWEET, post, "— Donald J. Trump (@realDonaldTrump) June 18, 2018",
                        "The mayor did not respond to a request for comment on Tuesday."])
    article = clean(RawDoc.make("a.txt", "text", text))
    assert article.text.split("\n\n") == [
        "Senate Majority Leader Mitch McConnell said on Tuesday that the vote would be held "
        "next week.",
        TWEET, "Big mistake made all over the region!",
        "— Donald J. Trump (@realDonaldTrump) June 18, 2018",
        "The mayor did not respond to a request for comment on Tuesday."]
    assert "GOP senators balk at lengthy trial MORE" in article.removed
    assert "Addison (Mitch) Mitchell McConnell" in article.removed
    assert "https://t.co/9EqsJ7Ijmn" in article.removed


def test_hover_cards_glued_to_the_display_name():
    line = ("Justices Stephen BreyerStephen BreyerSupreme Court clears way for second execution "
            "MORE, Sonia Sotomayor and Elena Kagan dissented.")
    assert cut_hover_cards(line) == (
        "Justices Stephen BreyerStephen Breyer, Sonia Sotomayor and Elena Kagan dissented.",
        ["Supreme Court clears way for second execution MORE"])
    # a name said twice with nothing between is no full name: an all-caps quote stays
    shout = 'Bernie Bernie Sanders told the crowd: "NO MORE wars."'
    assert cut_hover_cards(shout) == (shout, [])
    # a card set off by a space is not told from the name's next word: it stays
    spaced = ("Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to the plan "
              "MORE (R-Wis.) dissented.")
    assert cut_hover_cards(spaced) == (spaced, [])


@pytest.mark.parametrize("line, kept, cut", [
    ("House Majority Leader Kevin McCarthy Kevin Owen McCarthy (R-Calif.) and House Majority Whip "
     "Steve Scalise Stephen (Steve) Joseph Scalise (R-La.) are both seen as potential Speakers.",
     "House Majority Leader Kevin McCarthy (R-Calif.) and House Majority Whip Steve Scalise "
     "(R-La.) are both seen as potential Speakers.",
     ["Kevin Owen McCarthy", "Stephen (Steve) Joseph Scalise"]),
    ("Sen. Shelley Moore Capito Shelley Wellons Moore Capito (R-W.Va.) said she would vote no.",
     "Sen. Shelley Moore Capito (R-W.Va.) said she would vote no.", ["Shelley Wellons Moore Capito"]),
    ("Sen. Bernie Sanders Bernie Sanders (I-Vt.) spoke first.", "Sen. Bernie Sanders (I-Vt.) spoke first.",
     ["Bernie Sanders"]),
    ("President Trump Donald John Trump said on Monday that he would veto it.",
     "President Trump said on Monday that he would veto it.", ["Donald John Trump"]),
    ("Mitch McConnellAddison (Mitch) Mitchell McConnell said the vote would wait.",
     "Mitch McConnell said the vote would wait.", ["Addison (Mitch) Mitchell McConnell"]),
    ("Sen. Beto O'Rourke Robert (Beto) Francis O'Rourke said he would run.",
     "Sen. Beto O'Rourke said he would run.", ["Robert (Beto) Francis O'Rourke"]),
    # a possessive or a mark after the full form stays, on the name kept
    ("a vote that derailed Hillary Clinton Hillary Diane Rodham Clinton’s 2008 campaign",
     "a vote that derailed Hillary Clinton’s 2008 campaign", ["Hillary Diane Rodham Clinton"]),
    ("Rep. Gabrielle Giffords Gabrielle Giffords, who was shot in 2011, spoke.",
     "Rep. Gabrielle Giffords, who was shot in 2011, spoke.", ["Gabrielle Giffords"]),
])
def test_a_names_full_form_said_after_it_is_cut(line, kept, cut):
    assert cut_full_names(line) == (kept, cut)


@pytest.mark.parametrize("line", [
    "Paul Ryan, Paul Davis Ryan to his family, said he would retire.",  # a comma between
    "Rev. Jesse Jackson Jr. Jesse Jackson spoke.",  # the same surname is not said again
    "President George Bush Laura Bush and their daughters arrived.",  # another first name
    "He studied in Washington George Washington University for a year.",
    "Poll: Warren Sanders Boston Buttigieg Warren",  # no title before the lone surname
    "WHICH WAY WE WANT TO GO IS WHICH WAY WE WANT",  # capitals of a headline
    "He visited the New York Stock Exchange. New York officials said so.",
])
def test_names_said_once_and_headlines_stay(line):
    assert cut_full_names(line) == (line, [])
