"""Lone quotation marks of a quoted sentence (corroborate/quote_marks.py)."""

import pytest

from crosscheck.corroborate.quote_marks import lone_marks, with_paired_quote_marks


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
