"""A cited source whose title the attribution reader cut (corroborate/common.py,
without_a_cut_title): shown as the person's name alone, since a cut title
names another office ("(citing Constable Ian Hopkins)" for Greater Manchester
Police's Chief Constable: notes gold, heldout23)."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import without_a_cut_title

from corroborate_builders import claim, fig

HOPKINS = ("Greater Manchester Police Chief Constable Ian Hopkins told reporters Thursday eight "
           "men had been arrested at addresses in Manchester, Wigan and Nuneaton.")


@pytest.mark.parametrize("source, sentence, shown", [
    ("Constable Ian Hopkins", HOPKINS, "Ian Hopkins"),
    ("President Kamala Harris", "Vice President Kamala Harris said 20 people had been hurt.",
     "Kamala Harris"),
    ("Director Andrew McCabe", "Deputy Director Andrew McCabe said 30 agents were sent.",
     "Andrew McCabe"),
    # must not: a title the sentence writes whole, or after a word of no title
    ("Constable Ian Hopkins", "Eight men were arrested, said Constable Ian Hopkins.",
     "Constable Ian Hopkins"),
    ("Sen. Susan Collins", "Republican Sen. Susan Collins said 3 senators were undecided.",
     "Sen. Susan Collins"),
    ("President Barack Obama", "Former President Barack Obama said 5 states would vote.",
     "President Barack Obama"),
    # must not: what follows the title is no name of two capitalised words
    ("Constable Hopkins", "Chief Constable Hopkins said eight men were arrested.",
     "Constable Hopkins"),
])
def test_a_source_whose_title_is_cut_is_named_alone(source, sentence, shown):
    assert without_a_cut_title(source, sentence) == shown


def test_a_note_cites_the_person_not_the_cut_title(outlets):
    [arrests] = corroborate(outlets, [claim("a1", HOPKINS, figure=fig("men arrested", 8),
                                            attribution="Constable Ian Hopkins")])
    assert "(citing Ian Hopkins)" in arrests.note and "Constable" not in arrests.note
