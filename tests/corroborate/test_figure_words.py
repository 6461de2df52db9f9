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
