"""Partial quotes attributed right after them, or handed over by a colon."""

import pytest


def quotes(claims_of, text):
    return [(c.quote.speaker, c.quote.text) for c in claims_of(text, kind="quote")]


@pytest.mark.parametrize("text, speaker, words", [
    ("Now the state's investigation has entered “a criminal capacity,” spokesman Fabien Levy "
     "confirmed to NPR late Tuesday.", "Fabien Levy", "a criminal capacity,"),
    ("The gap narrowed to less than half a point — “a virtual tie,” as Bernie Sanders put it.",
     "Bernie Sanders", "a virtual tie,"),
    ("Vice President Kamala Harris had a message for people considering the trip: “Do not come.”",
     "Kamala Harris", "Do not come."),
])
def test_a_partial_quote_attributed_right_after_or_after_a_colon(claims_of, text, speaker, words):
    assert (speaker, words) in quotes(claims_of, text)


@pytest.mark.parametrize("text", [
    # another clause between the quote and the verb: not the mayor's words
    "The plan is a “tax grab,” and the mayor said the council would vote on Monday.",
    # a colon, but the sentence goes on past the quote: a borrowed phrase
    "Kamala Harris had one goal in mind: “zero emissions” by the end of the decade.",
])
def test_a_partial_quote_not_handed_to_anyone(claims_of, text):
    assert quotes(claims_of, text) == []
