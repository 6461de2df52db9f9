"""Lone quotation marks of a quoted sentence (corroborate/quote_marks.py)."""

import pytest

from crosscheck.corroborate.excerpts import excerpt
from crosscheck.corroborate.quote_marks import (lone_marks, with_its_opening_mark, with_matching_glyphs,
                                              with_paired_quote_marks)


@pytest.mark.parametrize("sentence, shown", [
    # an opening mark inside: its quotation runs to the sentence's end (heldout4, heldout17)
    ('Gary Ross has not departed "The Hunger Games.', 'Gary Ross has not departed "The Hunger Games."'),
    ('Sen. Lindsey Graham observed, "Bottom line: I\'m more disturbed now than I was before.',
     'Sen. Lindsey Graham observed, "Bottom line: I\'m more disturbed now than I was before."'),
    ('insisting that nobody should be “worried about our norms and...',
     'insisting that nobody should be “worried about our norms and...”'),
    # a closing mark inside: its quotation opened in the sentence before (heldout15)
    ("People are terrified,” one former Trump aide said of the tapes.",
     "“People are terrified,” one former Trump aide said of the tapes."),
    ('You know what they say, the third time\'s the charm, " DeGeneres said.',
     '"You know what they say, the third time\'s the charm, " DeGeneres said.'),
    # a lone mark at the sentence's own edge is left out (heldout9, heldout18, heldout6)
    ("“My position is that I was not disrespectful to Mr. Phillips.",
     "My position is that I was not disrespectful to Mr. Phillips."),
    ('"We are now actively investigating the matter.', "We are now actively investigating the matter."),
    ("You know what they say — the third time’s the charm.”",
     "You know what they say — the third time’s the charm."),
    # must not: marks that pair, mixed glyphs, an inch mark, apostrophes
    ('Their sources said that Cohen "told the special counsel," according to the report.',
     'Their sources said that Cohen "told the special counsel," according to the report.'),
    ("“There are no similar companies,”  said Haugen.", "“There are no similar companies,”  said Haugen."),
    ('He called it “a disgrace," the aide said.', 'He called it “a disgrace," the aide said.'),
    ('A 6" pipe burst under the street.', 'A 6" pipe burst under the street.'),
    ("The players’ union said ‘no’ to the league’s offer.",
     "The players’ union said ‘no’ to the league’s offer."),
])
def test_a_lone_quotation_mark_is_paired_or_left_out(sentence, shown):
    assert with_paired_quote_marks(sentence) == shown


def test_marks_pair_as_nested_quotations_do():
    # the inner pair closes first; the outer opening mark is the lone one
    sentence = 'She wrote, "He said "no" twice.'
    assert lone_marks(sentence) == [(11, "open")]
    assert lone_marks('He said "no" twice.') == []


# A quotation that opens at an excerpt's start and closes inside it keeps its
# opening mark, so the speaker's words stay apart from the reporter's (notes
# gold, heldout23: "Zero tolerance means consequences, Pelosi said…" read as
# the writer's words, its marks lost). The sentences are shown whole, as an
# event note shows a short one.
@pytest.mark.parametrize("sentence, shown", [
    # opened on the excerpt's first word
    ("“Zero tolerance means consequences,” Pelosi said in a statement Sunday.",
     "“Zero tolerance means consequences,” Pelosi said in a statement Sunday"),
    ('"This was surprising to us," a senior administration official acknowledged in a media '
     "briefing Sunday.",
     '"This was surprising to us," a senior administration official acknowledged in a media '
     "briefing Sunday"),
    # opened before the sentence's start: the sentence holds a lone closing mark
    ('There\'s nothing to pardon from," Jay Sekulow told ABC News on Sunday.',
     '"There\'s nothing to pardon from," Jay Sekulow told ABC News on Sunday'),
    # a mark the source spaced off its word joins it again once kept
    ("“ No, it is not official,” a studio representative told MTV News on Thursday evening.",
     "…“No, it is not official,” a studio representative told MTV News on Thursday evening"),
    # must not: a quotation that is the whole sentence, or closes at its end, as before
    ("“We will leave no stone unturned.”", "We will leave no stone unturned"),
    ("Schumer said on Monday that the plan was “a disaster.”",
     "Schumer said on Monday that the plan was “a disaster”"),
])
def test_an_excerpt_keeps_the_opening_mark_of_a_quotation_closed_inside_it(sentence, shown):
    assert excerpt(sentence, 0, len(sentence), before=0, after=25) == shown


@pytest.mark.parametrize("sentence, day, shown", [
    # must not: a quotation cut open inside the excerpt loses its marks, as before
    ("Trump said “we will win on Monday and then we will see,” aides said.", "Monday",
     "…we will win on Monday…"),
    # must not: a lone closing mark in a sentence the excerpt does not start at
    ('It is over," said Smith, who spoke to reporters in Boston on Tuesday after the vote.',
     "Tuesday", "…spoke to reporters in Boston on Tuesday after the vote"),
])
def test_an_excerpt_leaves_out_the_marks_of_a_quotation_it_cuts(sentence, day, shown):
    at = sentence.index(day)
    assert excerpt(sentence, at, at + len(day), before=6, after=4) == shown


def test_an_opening_mark_is_given_back_only_to_a_quotation_that_closes_inside():
    sentence = "“Zero tolerance means consequences,” Pelosi said."
    assert with_its_opening_mark("Zero tolerance means consequences,” Pelosi said", sentence, 0) \
        == "“Zero tolerance means consequences,” Pelosi said"
    # closing at the text's end: the whole text is the quotation, left as it is
    assert with_its_opening_mark("Zero tolerance means consequences”", sentence, 0) \
        == "Zero tolerance means consequences”"
    # opened neither on the first word nor before the sentence
    assert with_its_opening_mark("consequences,” Pelosi said", sentence, 16) \
        == "consequences,” Pelosi said"


@pytest.mark.parametrize("sentence, shown", [
    # a pair mixing a straight and a curly mark: its straight marks written curly (heldout23)
    ('Company literature describes some of SCL\'s services, besides "psychological warfare," as '
     '"influence operations" and "public diplomacy.”',
     "Company literature describes some of SCL's services, besides “psychological warfare,” as "
     "“influence operations” and “public diplomacy.”"),
    ('He called it “a disgrace," the aide said.', "He called it “a disgrace,” the aide said."),
    # must not: pairs of one glyph each, an inch mark, apostrophes
    ('Their sources said that Cohen "told the special counsel," according to the report.',
     'Their sources said that Cohen "told the special counsel," according to the report.'),
    ('A 6" pipe burst, the “city engineer” said.', 'A 6" pipe burst, the “city engineer” said.'),
    ("The players’ union said ‘no’ to the league’s offer.",
     "The players’ union said ‘no’ to the league’s offer."),
])
def test_a_quotation_mixing_straight_and_curly_marks_is_shown_curly(sentence, shown):
    assert with_matching_glyphs(sentence) == shown
