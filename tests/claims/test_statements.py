"""Statements: undated sentences kept as events, so that outlets saying the
same thing in other words can be found to agree."""

import pytest


def statements(claims_of, text):
    return [c.event for c in claims_of(text, "2025-03-12", kind="event") if c.event.statement]


@pytest.mark.parametrize("text", [
    "Bettie Page, the pin-up model of the 1950s, has died in Los Angeles, her agent said.",
    "The Port of Los Angeles will start operating 24 hours a day to clear the backlog.",
    "Rescuers pulled 58 miners from the flooded shaft near Kestrel Falls.",
])
def test_a_sentence_saying_what_happened_is_a_statement(claims_of, text):
    found = statements(claims_of, text)
    assert len(found) == 1
    assert found[0].date is None and found[0].date_text == ""
    assert found[0].text  # a short "subject verb object" gist


@pytest.mark.parametrize("text", [
    "Will the Fed raise rates again before the Los Angeles election?",  # a question
    "Rescue at Kestrel Falls",  # a headline: no verb
    "“We will not stop until every miner in Kestrel Falls is home,” he said.",  # a quote
    "It is a sad day for everyone who knew her and loved her.",  # names no one, nowhere, no number
    "Miners trapped.",  # too short to stand alone
])
def test_what_is_not_a_statement(claims_of, text):
    assert statements(claims_of, text) == []


def test_a_dated_sentence_keeps_its_dated_event_beside_the_statement(claims_of):
    found = [c.event for c in claims_of("The Senate passed the $1 trillion bill on Tuesday.",
                                        "2021-08-12", kind="event")]
    assert sorted(e.statement for e in found) == [False, True]
    assert next(e for e in found if not e.statement).date == "2021-08-10"
