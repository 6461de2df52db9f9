"""Embedded posts, hover cards and a post's links (clean/embeds.py, issue 13),
each with body text that looks like it and must stay."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.embeds import (cut_hover_cards, cut_post_links, embedded_post,
                                     is_post_signature_line)
from crosscheck.models import RawDoc

TWEET = ("Crime in the city is way up. Big mistake made all over the region in allowing "
         "this! — Donald J. Trump (@realDonaldTrump) June 18, 2018")


@pytest.mark.parametrize("line", [
    TWEET,
    "Pledge $20.20 to this campaign and share it: https://t.co/4HPtATVrXc "
    "pic.twitter.com/ZkdI3u57yY — Ady Barkan (@AdyBarkan) August 16, 2018",
    # the BBC's embed, its skip link and report button around it
    "Skip Twitter post by @PamelaJNM Nobody at the network got fired! — TGFT (Thank God For "
    "Trump) (@PamelaJNM) May 29, 2018 Report",
    "Rand Paul was asked to sign five baseballs at this meet and greet in Marshalltown, Iowa. "
    "A photo posted by Ashley Killough (@ashkillough) on Feb 7, 2015 at 7:16am PST",
    "Donald J. Trump (@realDonaldTrump) Republicans should just REPEAL failing ObamaCare now "
    "& work on a new Healthcare Plan that will start from a clean slate. Dems will join in!",
    # a post's text whose signature was lost: it ends in the post's links
    "Xavier Usanga would have started second grade today. His father said bullets came from "
    "a house across the street. https://t.co/9EqsJ7Ijmn",
    "Ocasio-Cortez wouldn't answer. pic.twitter.com/lP3zdFdPuU",
])
def test_embedded_posts_are_read_whole(line):
    assert embedded_post(line) == line


def test_prose_run_on_after_a_post_stays():
    prose = ("The federal court strongly suggested that the agency had exceeded its "
             "authority, and the ruling is expected to be appealed.")
    line = f"{TWEET} {prose}"
    assert embedded_post(line) == TWEET


@pytest.mark.parametrize("line", [
    # a sentence quoting a post in prose
    'Trump wrote on Twitter on Monday that "crime in the city is way up," and he blamed '
    "the mayor.",
    "Rep. Jane Roe (@RepRoe) wrote that the bill was a disgrace, and 40 colleagues agreed.",
    # an author's note: a verb follows the handle
    "Michael F. Cannon (@mfcannon) is director of health policy studies at the Cato Institute.",
    "Follow the Opinion section on Facebook and Twitter (@NYTopinion), and sign up for the "
    "Opinion Today newsletter.",
    # a date after a dash, with no handle
    "The vote was set for the spring — Senate leaders said on June 18, 2018 — and then delayed.",
    # a link inside a sentence the article tells of
    "The tweet, which linked to https://t.co/x7Yq2Ab and was deleted within an hour, drew "
    "4,000 replies.",
])
def test_prose_that_looks_like_a_post_is_kept(line):
    assert embedded_post(line) is None


def test_a_signature_on_its_own_line():
    assert is_post_signature_line("— Alexandria Ocasio-Cortez (@AOC) March 2, 2019")
    assert not is_post_signature_line(TWEET)
    assert not is_post_signature_line("— the senator's office, March 2, 2019")


def test_a_post_link_closing_a_long_paragraph_is_cut_alone():
    prose = ("Officials said the storm had destroyed more than 200 homes along the coast and "
             "that crews would work through the weekend to restore power to the 40,000 "
             "customers still without it. The governor, who toured the area on Saturday, "
             "asked the federal government for help and said the state would cover the rest "
             "of the cost of the repairs.")
    assert len(prose) > 280
    assert embedded_post(prose + " https://t.co/abcDEF123") is None
    assert cut_post_links(prose + " https://t.co/abcDEF123") == (prose, "https://t.co/abcDEF123")
    assert cut_post_links("Read the report at https://example.org/report.") == (
        "Read the report at https://example.org/report.", None)


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


def test_clean_moves_furniture_to_removed_verbatim():
    lead = ("WASHINGTON — Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell "
            "McConnellGOP senators balk at lengthy trial MORE said on Tuesday that the vote "
            "would be held next week.")
    said = 'Trump wrote on Twitter that "crime in the city is way up," and he blamed the mayor.'
    lonely = "Big mistake made all over the region!"
    text = "\n\n".join([lead, TWEET, said, lonely,
                        "— Donald J. Trump (@realDonaldTrump) June 18, 2018",
                        "The mayor did not respond to a request for comment on Tuesday."])
    article = clean(RawDoc.make("a.txt", "text", text))
    assert article.text.split("\n\n") == [
        "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnell said on "
        "Tuesday that the vote would be held next week.",
        said,
        "The mayor did not respond to a request for comment on Tuesday."]
    assert TWEET in article.removed and lonely in article.removed
    assert "GOP senators balk at lengthy trial MORE" in article.removed
    assert "— Donald J. Trump (@realDonaldTrump) June 18, 2018" in article.removed


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
