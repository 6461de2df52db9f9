"""Win-loss records (claims/figure_records.py): forms counted in ECB+ and
Baly sports text, written here with made-up names; votes and scores are no
records."""

import pytest

from crosscheck.claims.figures import extract_figures


def records(nlp, text):
    return [(f.subject, f.value, f.against) for f in extract_figures(nlp(text)[:])
            if f.unit == "record"]


@pytest.mark.parametrize("text, record", [
    ("Dmitri Kovalenko (52-3, 46 KOs) stopped Harold Rains in the seventh.",
     ("record of Dmitri Kovalenko", 52, 3)),
    ("Dmitri Kovalenko (52-3, 46 KOs) stopped Harold Rains (45-7-2) in the seventh.",
     ("record of Harold Rains", 45, 7)),
    ("Their coach did lead the Sixers to a 43 - 39 record.", ("record", 43, 39)),
    ("Harold Rains fell to 36 - 3 (24 KO) after the loss.", ("record of Harold Rains", 36, 3)),
    # a record after "to" that a clause goes on from, of a person named
    ("Harold Rains fell to 45-7-2 and is now 10-5-2 since his title win.",
     ("record of Harold Rains", 45, 7)),
    # the record itself taken to a new one
    ("The victory took Dmitri Kovalenko's record to 52-3 with 46 wins by knockout.",
     ("record of Dmitri Kovalenko", 52, 3)),
])
def test_a_win_loss_record_is_read(nlp, text, record):
    assert record in records(nlp, text)


@pytest.mark.parametrize("text", [
    "The Senate voted 52-48 to confirm her.",  # a vote tally (figure_forms.extract_tallies)
    "The Lakers won 102-99 on Sunday.",  # a score
    "The court ruled 6-3, with the chief justice writing.",  # a split of judges
    "Stocks fell to 3-4 percent below their peak.",  # a range of shares
    # a split that moved, of no person: a vote or a poll, no record
    "The Senate vote fell to 52-48 and the bill died.",
    "Support for the measure fell to 45-40 and then recovered.",
])
def test_a_vote_score_or_range_is_no_record(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, record", [
    # a name the tagger reads as a nationality (NORP) at the sentence's start
    ("Klitschko (52-3, 46 knockouts) retained his title for the fifth time.",
     ("record of Klitschko", 52, 3)),
    ("Klitschko (58 - 3, 51 KO) bombed Thompson with a right hand in the fifth round.",
     ("record of Klitschko", 58, 3)),
])
def test_a_record_after_a_name_tagged_a_nationality_is_read(nlp, text, record):
    assert record in records(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    ("The American (43-1) scored an eighth-round decision.", "record of American"),
    ("Povetkin pulled out, and the Russian (16-0) will fight in May.", "record of Russian"),
    # a party or a people tagged NORP: a vote or a split, no record
    ("The bill passed with Republicans (53-47) voting as a bloc.", "record of Republicans"),
    ("The vote split Democrats, 51-49, on the measure.", "record of Democrats"),
])
def test_a_record_after_a_word_of_nationality_names_no_one(nlp, text, wrong):
    assert wrong not in [subject for subject, _, _ in records(nlp, text)]


# A name the recogniser left untagged before a record is whose it is; a
# tagged body, house or people is not.
@pytest.mark.parametrize("text, record", [
    # (a surname the recogniser leaves untagged here; most made-up ones it
    # tags a PERSON or an ORG)
    ("He kept up with the 33-year-old Pukall (14-13-2, 12KOs) and bested him with careful head shots.",
     ("record of Pukall", 14, 13)),
])
def test_a_record_after_an_untagged_name_is_read(nlp, text, record):
    assert record in records(nlp, text)


@pytest.mark.parametrize("text", [
    "The vote in the Senate (51-49) was close.",
    "Turnout rose in Texas (52-48) and Ohio, officials said.",
])
def test_a_split_after_a_tagged_body_or_place_is_no_record(nlp, text):
    assert records(nlp, text) == []
