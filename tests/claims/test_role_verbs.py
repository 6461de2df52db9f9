"""Titles a relative clause gives by its verb (claims/role_verbs.py)."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a credit in the past tense stays true: the title is held now
    ("Chris Weitz, who directed The Golden Compass, will direct the sequel.",
     ("Chris Weitz", "director of The Golden Compass", False)),
    ("Bill Gates, who founded Microsoft in 1975, spoke on Monday.",
     ("Bill Gates", "founder of Microsoft", False)),
    # quotation marks around the work are no part of its name
    ("The studio hired Chris Weitz, who directed “The Golden Compass,” last week.",
     ("Chris Weitz", "director of The Golden Compass", False)),
    # an office in the present tense
    ("Jane Roe, who heads the Federal Reserve Bank of Boston, spoke on Monday.",
     ("Jane Roe", "head of the Federal Reserve Bank of Boston", False)),
])
def test_a_credit_or_office_written_as_a_verb_is_a_title(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    # the object is a thing, not a name: no one is "the writer of the letter"
    "Jane Roe, who wrote the letter, said she was angry.",
    "Jane Roe, who directed traffic on Main Street, was hurt.",
    # an office in the past tense may be over, or may say what was done once
    "Jane Roe, who led the Federal Reserve Bank of Boston until 2019, spoke on Monday.",
    # a verb that gives no title
    "Jane Roe, who visited Microsoft in May, spoke on Monday.",
])
def test_no_title_from_a_verb_on_a_thing_or_a_past_office(roles_of, text):
    assert not [r for r in roles_of(text) if " of " in r[1]]


@pytest.mark.parametrize("text, expected", [
    ("Slumdog Millionaire screenwriter Simon Beaufoy will write the script.",
     ("Simon Beaufoy", "screenwriter", False)),
    ("Microsoft co-founder Bill Gates spoke on Monday.", ("Bill Gates", "Microsoft co-founder", False)),
])
def test_credits_written_as_a_title_before_the_name(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Lionsgate has a script from Simon Beaufoy that Ross has yet to revise.",
     ("Simon Beaufoy", "screenwriter", False)),
    ("Ross will revise Simon Beaufoy's script for Catching Fire.", ("Simon Beaufoy", "screenwriter", False)),
    ("Melissa Rosenberg is writing the screenplay.", ("Melissa Rosenberg", "screenwriter", False)),
    ("“Moon” will be adapted for the big screen by Melissa Rosenberg with Robert Pattinson in the lead.",
     ("Melissa Rosenberg", "screenwriter", False)),
    ("The studio announced the sequel, directed by Chris Weitz, on Friday.", ("Chris Weitz", "director", False)),
])
def test_a_film_credit_not_written_as_a_title(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "She got a letter from Jane Roe on Monday.",  # a letter is no script
    "Jane Roe is writing a book about the war.",  # a book is no screenplay
    "Traffic was directed by Jane Roe after the crash.",  # traffic is no work
    "The plan was adapted by Jane Roe after the vote.",
])
def test_no_film_credit_for_other_things(roles_of, text):
    assert roles_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # "runs" an organisation named: its head, as "who heads" (AllSides, Baly)
    ("Ken Cuccinelli, who runs the Senate Conservatives Fund, sent an email to his members.",
     ("Ken Cuccinelli", "head of the Senate Conservatives Fund", False)),
])
def test_who_runs_a_named_body_is_its_head(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "Matthew Anderson, who runs a small company in Denver, said the rules hurt.",  # no name: no title
    "Jane Roe, who runs the risk of losing her seat, voted no.",  # a risk is no office
    "Jane Roe, who ran the Senate Conservatives Fund until 2019, spoke on Monday.",  # may be over
])
def test_who_runs_no_named_body_now_gives_no_head(roles_of, text):
    assert not [r for r in roles_of(text) if r[1].startswith("head")]
