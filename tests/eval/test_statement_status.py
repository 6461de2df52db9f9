"""The signals read to tell a "compatible" statement fact from an agreeing
one (crosscheck.eval.statement_status): each must fire on a pair that has
it and stay silent on a pair that does not."""

import pytest

from crosscheck.eval.statement_status import STATUS_SIGNALS, status_signals


def _signal(name, a, b):
    return status_signals(a, b)[STATUS_SIGNALS.index(name)]


@pytest.mark.parametrize("name, a, b, fires", [
    ("time_one_side", "The border will reopen to vaccinated travellers in November.",
     "The border will reopen to vaccinated travellers.", 1.0),
    ("time_one_side", "The border will reopen to vaccinated travellers in November.",
     "Vaccinated travellers may cross the border again in November.", 0.0),
    ("times_differ", "The order takes effect on Saturday.", "The order takes effect on Friday.", 1.0),
    ("times_differ", "The order takes effect on Saturday.", "From Saturday the order applies.", 0.0),
    # "May" capitalised is a month; "may" is a hedge, no time.
    ("time_one_side", "The vote was held in May.", "The vote may be held soon.", 1.0),
    ("number_one_side", "A drone strike killed 10 members of one family in Kabul.",
     "A drone strike killed an aid worker and his family.", 1.0),
    # A year is a time, not a number said of the fact.
    ("number_one_side", "She posed for Playboy in 1955.", "She posed for Playboy.", 0.0),
    ("numbers_differ", "The stopgap holds $28.6 billion in disaster aid.",
     "The stopgap holds $30 billion in disaster aid.", 1.0),
    ("hedge_one_side", "No-one is believed to have been injured in the fire.",
     "No-one was injured in the fire.", 1.0),
    ("hedge_one_side", "Nobody was hurt, police said.", "No-one was injured in the fire.", 0.0),
    ("amount_differ", "Many Haitian migrants are being released in the United States.",
     "Thousands of Haitian migrants have been released into the US.", 1.0),
    ("amount_differ", "Haitian migrants are being released in the United States.",
     "Haitian migrants have been released into the US.", 0.0),
    ("negation_one_side", "The rally did not draw a large crowd.", "The rally was smaller than expected.", 1.0),
    ("negation_one_side", "The rally didn't draw a crowd.", "Nobody would say the rally was not small.", 0.0),
])
def test_a_status_signal_fires_only_on_a_pair_that_has_it(name, a, b, fires):
    assert _signal(name, a, b) == fires


def _stated(article, sentence, text):
    from crosscheck.models import Claim, Event, content_id

    return Claim(id=content_id("c", article, sentence), article=article, kind="event",
                 sentence=sentence, span=(0, len(sentence)),
                 event=Event(text=text, date=None, date_text="", tense="past"))


def test_the_rule_from_the_parse_agrees_only_when_neither_side_adds_content():
    from crosscheck.eval.statement_status import added_content, status_by_added_content

    apologized = _stated("a1", "Senator Sheldon Whitehouse apologized on Monday for his family's "
                               "membership in a private beach club.",
                         "Sheldon Whitehouse apologized for membership")
    # A source named on one side only ("his office said") adds no content;
    # the given name is the one word one side adds.
    also = _stated("a2", "Whitehouse has apologized for his family's membership in the beach "
                         "club, his office said.", "Whitehouse has apologized office said")
    assert added_content(apologized, also) == 1
    assert status_by_added_content(apologized, also) == "agree"
    # One side gives the plan and its scope, the other a done deed.
    plans = _stated("a1", "The United States plans to ease restrictions on travel for fully "
                          "vaccinated visitors from Canada and Mexico.",
                    "United States plans to ease restrictions on travel")
    opens = _stated("a2", "The Biden administration will open up land borders with Canada and "
                          "Mexico to non-essential travel starting in November.",
                    "administration will open up land borders with Canada and Mexico to "
                    "non-essential travel")
    assert added_content(plans, opens) > 3
    assert status_by_added_content(plans, opens) == "compatible"
