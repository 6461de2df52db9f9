"""Which figure sentences a note will parse, told ahead of the note
(:func:`crosscheck.corroborate.figure_words.parses_its_sentence`): those are
parsed in one batch before a task's notes are written."""

import pytest
from corroborate_builders import claim, fig

from crosscheck.claims import sentence_parses
from crosscheck.corroborate.figure_words import parses_its_sentence, shown_value, topic

# Each parses its sentence as its note is written: a value shown in the
# article's words ("200 pounds" is a weight as often as money), a subject
# that says too little of what is counted ("others"), a share by which its
# subject changed ("rose more than 4%").
PARSED = [
    claim("a1", "The suspect, a man weighing about 200 pounds, was last seen running north "
          "on Main Street late on Friday.", figure=fig("man", 200, unit="GBP")),
    claim("a1", "Nine others were hurt when the roof of the old warehouse collapsed during the "
          "storm on Tuesday night.", figure=fig("others", 9)),
    claim("a1", "Shares of the carmaker rose more than 4% in early trading on Wall Street after "
          "the results were published.", figure=fig("shares", 4, "over", unit="percent")),
]
# Each parses its sentence for the topic's subject, whatever the topic then
# quotes: a share before an adjective ("95% effective"), a label cut before
# the noun it modifies ("vaccine" of "vaccine doses"), a sentence opening on
# a word of the label (is "Jobs" a name?).
PARSED_FOR_THE_SUBJECT = [
    claim("a1", "The vaccine was 95% effective at preventing illness in the trial, the company "
          "said on Monday.", figure=fig("vaccine", 95, unit="percent")),
    claim("a1", "The country has received 40 million vaccine doses so far, the health ministry "
          "said on Tuesday.", figure=fig("vaccine", 40e6)),
    claim("a1", "Jobs rose by 200,000 in March, the Labor Department said on Friday.",
          figure=fig("jobs", 200000)),
]
PARSED += PARSED_FOR_THE_SUBJECT
# Neither parses: the amount is written as read, and the subject says what is counted.
NOT_PARSED = [
    claim("a1", "Twelve miners have been trapped underground since the tunnel collapsed on "
          "Monday, officials said.", figure=fig("miners", 12)),
    claim("a1", "The state recorded 2,100 new coronavirus cases over the weekend, according to "
          "the health department.", figure=fig("new coronavirus cases", 2100)),
]


@pytest.mark.parametrize("figure_claim", PARSED + NOT_PARSED)
def test_the_prediction_is_what_the_note_parses(figure_claim):
    sentence_parses._parses.clear()
    topic([figure_claim])
    shown_value(figure_claim)
    parsed = figure_claim.sentence in sentence_parses._parses
    assert parsed == (figure_claim in PARSED)
    assert parses_its_sentence(figure_claim) == parsed


@pytest.mark.parametrize("figure_claim", PARSED_FOR_THE_SUBJECT + NOT_PARSED)
def test_the_prediction_itself_parses_nothing(figure_claim):
    # It is asked before the batch is parsed: a sentence it parsed to answer
    # would be parsed alone (68 of the 79 parsed alone for 200 Baly articles).
    sentence_parses._parses.clear()
    assert parses_its_sentence(figure_claim) == (figure_claim in PARSED_FOR_THE_SUBJECT)
    assert not sentence_parses._parses
