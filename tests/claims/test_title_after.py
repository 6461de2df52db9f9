"""Titles written after a name (claims/title_after.py): the forms the session
on issue 12 found missing on AllSides, Baly and ECB+ articles, each with an
input of the same shape that must not give the title."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a person's name qualifying the title: whose aide, whose administration
    ("Ron Klain, President Biden's chief of staff, said the plan was ready.",
     ("Ron Klain", "President Biden's chief of staff", False)),
    ("Jeff Weaver, Sanders’ longtime adviser, did not respond.",
     ("Jeff Weaver", "Sanders’ longtime adviser", False)),
    ("Jack Ketsoyan, Tara Reid's representative, confirmed the news.",
     ("Jack Ketsoyan", "Tara Reid's representative", False)),
    ("Taylor Griffin, a former George W. Bush administration official, lost the primary.",
     ("Taylor Griffin", "George W. Bush administration official", True)),
    # a body the tagger took for a person, after the title's "for"
    ('"It is hard," T.J. Adams-Falconer, a spokesperson for Crowdpac, told Newsmax.',
     ("T.J. Adams-Falconer", "spokesperson for Crowdpac", False)),
    # a title word the tagger reads as a verb
    ('"It works," Jesse Thomas, the acting CEO of Crowdpac, recently said.',
     ("Jesse Thomas", "acting CEO of Crowdpac", False)),
    # a body whose name holds "for", opening the phrase
    ("Chase Downham, Americans for Prosperity's Indiana state director, said the vote was close.",
     ("Chase Downham", "Americans for Prosperity's Indiana state director", False)),
    ("The panel heard from Julie Rikelman, a Center for Reproductive Rights attorney, on Monday.",
     ("Julie Rikelman", "Center for Reproductive Rights attorney", False)),
    # an apposition between dashes
    ("Amy Hagstrom Miller – head of Whole Woman’s Health – said the law was cruel.",
     ("Amy Hagstrom Miller", "head of Whole Woman’s Health", False)),
    ("Greg Craig, a former White House counsel, made the case.", ("Greg Craig", "White House counsel", True)),
])
def test_title_found_after_a_name(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    # a name that is the next of a list, not a qualifier of a title
    "The talks included Ana Ruiz, Joe Biden and Tom Lee.",
    # a person's name before a noun that is no title
    "Ana Ruiz, Joe Biden's sister, spoke at the rally.",
    "Tom Lee, a George W. Bush supporter, voted early.",
    # a body's name with no title word after it
    "Ann Lee, Friends of the Earth, said the plan was weak.",
    # dashes around a clause, not a title
    "Ana Ruiz – who arrived late – said nothing at all.",
])
def test_no_title_after_a_name(roles_of, text):
    assert roles_of(text) == []


def test_a_title_before_the_next_name_is_still_that_name_s(roles_of):
    """A name after a comma that is followed by "and" opens a list: its title
    is its own, the first name's title is its own."""
    found = roles_of("The talks included Sen. Joe Manchin, Rep. Nancy Pelosi and Gov. Gavin Newsom.")
    assert ("Joe Manchin", "Sen.", False) in found and ("Nancy Pelosi", "Rep.", False) in found
    assert not [r for r in found if r[0] == "Joe Manchin" and r[1] != "Sen."]


def test_a_denied_title_is_none(roles_of):
    assert roles_of("Republicans know that Donald Trump is not a normal nominee.") == []
    assert ("Donald Trump", "Republican nominee", False) in \
        roles_of("Republicans know that Donald Trump is the Republican nominee.")


def test_a_degree_in_apposition_is_passed_over(roles_of):
    assert ("Edwin Michael", "professor of epidemiology at the University of South Florida", False) in roles_of(
        "Edwin Michael, PhD, professor of epidemiology at the University of South Florida, said so.")
    assert roles_of("Edwin Michael, PhD, said the risk was high.") == []


def test_two_titles_joined_by_and_after_a_name_are_read_whole(roles_of):
    """ "president and CEO of Valley Dairy" (shared/data), not "president" alone."""
    assert roles_of("Karen Olson, president and CEO of Valley Dairy, notified the farmers.") == \
        [("Karen Olson", "president and CEO of Valley Dairy", False)]


def test_an_and_after_a_title_before_another_person_ends_it(roles_of):
    assert roles_of("Karen Olson, the mayor and her aide met on Monday.") == [("Karen Olson", "mayor", False)]


@pytest.mark.parametrize("text, expected", [
    # "serve as": held now in the present or present perfect, former in the past
    ("Mark Meadows, who has served as chief of staff since March, declined to comment.",
     ("Mark Meadows", "chief of staff", False)),
    ("Peter Jahrling now serves as a chief scientist at the National Institute of Allergy and Infectious Diseases.",
     ("Peter Jahrling", "chief scientist at the National Institute of Allergy and Infectious Diseases", False)),
    ("Arnold Schwarzenegger served as governor of California from 2003 to 2011.",
     ("Arnold Schwarzenegger", "governor of California", True)),
    # the possessive the tagger took into the name qualifies the title
    ("Condoleezza Rice, who served as President George W. Bush's national security adviser, spoke on Monday.",
     ("Condoleezza Rice", "President George W. Bush's national security adviser", True)),
    # "sitting" says the title is held now; no part of it
    ("Joe Manchin is a sitting senator from West Virginia.", ("Joe Manchin", "senator", False)),
])
def test_a_title_said_by_serve_as_or_a_sitting_one(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "Jane Roe served as a witness in the trial.",  # a part played once, no title
    "Steve Portnoy, who served as the radio pooler on Tuesday, said the plan was fine.",
    "Jane Roe served as a reminder that the war is not over.",
    "Jane Roe was a sitting duck in the debate.",
])
def test_serve_as_something_no_title_gives_none(roles_of, text):
    assert [r for r in roles_of(text) if r[0] == "Jane Roe" or r[0] == "Steve Portnoy"] == []


# Forms counted on the tuning parts dev6 and dev7 (issue 12, roles.v22).
@pytest.mark.parametrize("text, expected", [
    # a title word that heads the apposition
    ("The son of Susan Bibeau, the deputy chairperson of a division of the board, was named.",
     ("Susan Bibeau", "deputy chairperson of a division of the board", False)),
    # an apposition opened by "now": held now
    ("The choice fell on Jeff Sessions, now a Republican senator from Alabama, last year.",
     ("Jeff Sessions", "Republican senator", False)),
    # a plural possessive inside the body's name
    ("Kevin Brady, the House of Representatives’ top tax writer, said on Fox News that it would pass.",
     ("Kevin Brady", "House of Representatives’ top tax writer", False)),
    # a word glued by a hyphen, and a "to" inside a body's capitalised name, do not cut the title
    ("Rep. Kevin Brady, R-Texas, chairman of the House tax-writing committee, said on Sunday the bill "
     "would pass.", ("Kevin Brady", "chairman of the House tax-writing committee", False)),
    ("Mike Murphy, the chairman of the Right to Rise super PAC, said the money was there.",
     ("Mike Murphy", "chairman of the Right to Rise super PAC", False)),
    # "remain": held now and going on
    ("Because Kevin McCarthy will remain majority leader, there will be no race for his post.",
     ("Kevin McCarthy", "majority leader", False)),
])
def test_titles_of_the_later_tuning_parts(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    # "now" before an age or a place is no title
    "Jeff Sessions, now 70, spoke in Mobile on Tuesday.",
    # a contractor, as often a firm the tagger reads as a person, is no title
    "The Pentagon hired Booz Allen Hamilton, a defense contractor, in 2013.",
    # "remain" with no title phrase gives none
    "Kevin McCarthy will remain in Washington until the vote on Friday.",
    "Kevin McCarthy remains confident that the bill will pass the House.",
])
def test_the_same_shapes_without_a_title_give_none(roles_of, text):
    assert roles_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # a "to" after the title, not inside a capitalised name, still ends it
    ("Mike Murphy, a consultant to Republicans, said the money was there.", ("Mike Murphy", "consultant", False)),
    ("Mike Murphy, the chairman of the group, to step down, the paper said.",
     ("Mike Murphy", "chairman of the group", False)),
])
def test_a_to_outside_a_name_ends_the_title(roles_of, text, expected):
    assert expected in roles_of(text)


def test_an_under_secretary_after_a_name(roles_of):
    """ "under" before "secretary" is the office's first word (dev6), not a
    preposition that ends the apposition."""
    assert ("Steve Goldstein", "under secretary for public diplomacy", False) in \
        roles_of("The statement came from Steve Goldstein, under secretary for public diplomacy "
                 "and public affairs, on Tuesday.")
    # Must reject: "under" opening a phrase of its own is no office.
    assert roles_of("Steve Goldstein, under pressure from the White House, resigned on Tuesday.") == []


@pytest.mark.parametrize("text, expected, other", [
    # dev5: the title of the one it is held for ended the apposition
    ("Jay Sekulow, a personal attorney for President Trump, suggested legal action will be taken.",
     ("Jay Sekulow", "personal attorney for President Trump", False), ("Trump", "President", False)),
    ("Ana Ruiz, a spokeswoman for Gov. Tom Lee, said the plan was ready.",
     ("Ana Ruiz", "spokeswoman for Gov. Tom Lee", False), ("Tom Lee", "Gov.", False)),
])
def test_a_title_held_for_a_titled_name(roles_of, text, expected, other):
    found = roles_of(text)
    assert expected in found
    assert other in found  # the other name keeps its own title


@pytest.mark.parametrize("text", [
    # must not: the next name of a list, its title after a comma
    "Sen. Joe Manchin, Rep. Nancy Pelosi and Sen. Mitt Romney met.",
    # must not: no title word before "for"
    "Ana Ruiz, a friend of Gov. Tom Lee, said the plan was ready.",
])
def test_a_name_after_a_title_that_is_not_held_for_it(roles_of, text):
    found = roles_of(text)
    assert not [r for r in found if r[0] in ("Joe Manchin", "Ana Ruiz") and ("Pelosi" in r[1] or "Lee" in r[1])]
