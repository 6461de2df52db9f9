"""An excerpt that would stop inside a noun phrase goes on to its head
(issue 15, notes gold: heldout14 to heldout20, "…executive…", "…phone…",
"…of U.S…", "…at the 17-minute…", "…President Barack Obama's…",
"…Republican and Democratic…", "…federal civil…"): with no determiner or
preposition right before the word, through an abbreviation's points, a
hyphened word's last part, a possessive and the second of two modifiers.
Each with what it must leave alone."""

import pytest

from crosscheck.corroborate.excerpt_heads import noun_it_modifies
from crosscheck.corroborate.wording import _TOKEN


def _ends_on(sentence: str, stop: str) -> str:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    last = next(i for i, t in enumerate(tokens) if t[2] == stop)
    return tokens[noun_it_modifies(sentence, tokens, last)][2]


@pytest.mark.parametrize("sentence, stop, reaches", [
    # no determiner a word or two before: an adjective or a noun after a preposition
    # or a date
    ("The governor said the state will take a look at executive orders it can issue alone.",
     "executive", "orders"),
    ("Investigators are examining a March 3 phone call between the two men.", "phone", "call"),
    ("The court will decide whether federal civil rights law protects gig workers.", "civil",
     "law"),
    # an abbreviation's points, a hyphened word read as three tokens
    ("The senator questioned the findings of U.S. intelligence agencies about the hack.", "U.S.",
     "agencies"),
    ("The race was called at the 40-minute mark of the broadcast.", "40-minute", "mark"),
    # a possessive name, the second of two modifiers joined by "and"
    ("She testified on Friday to become President Joe Biden's next labor secretary, aides said.",
     "Biden's", "secretary,"),
    ("The report drew fire as Republican and Democratic governors urged Congress to act.",
     "Democratic", "governors"),
])
def test_an_excerpt_stopping_inside_a_noun_phrase_reaches_its_head(sentence, stop, reaches):
    assert _ends_on(sentence, stop) == reaches


@pytest.mark.parametrize("sentence, stop", [
    # must not: a word that heads a phrase of its own, a noun before its verb, a
    # common noun joined to another by "and", an abbreviation that ends its phrase
    ("The platform grew by promising something competitors, increasingly, did not offer.",
     "something"),
    ("Officials said the police chased the suspects for hours across three counties.", "police"),
    ("The mayor spoke about housing and transport costs on Monday.", "housing"),
    ("The talks were held in the U.S. last week, officials said.", "U.S."),
])
def test_an_excerpt_still_stops_after_a_phrase_s_head(sentence, stop):
    assert _ends_on(sentence, stop) == stop
