"""A long quote opening on a clause hung on its main clause is shown through
the main clause's subject and verb (corroborate/quote_openings.py); an
opening on its subject, a short sentence and a main clause far on are left as
they were."""

import pytest

from crosscheck.corroborate.common import quote_shown
from crosscheck.corroborate.quote_openings import quote_shown_to_its_main_clause

OPENINGS = [
    # heldout19, heldout20: eight words of a clause before the main one said nothing held
    ("While voters remain divided on most questions, there is some surprising agreement here, "
     "especially among people who know the district and its schools well.",
     "While voters remain divided on most questions, there is some surprising agreement…"),
    ("as our city faces serious budget shortfalls, our firefighters shouldn’t be forced to "
     "endure hours of unpaid training and politically driven distractions like this one.",
     "as our city faces serious budget shortfalls, our firefighters shouldn’t be forced to "
     "endure hours…"),
    # must not: an opening on its subject says who or what it is about
    ("The evidence at trial regarding the company’s responsibility for the spill was "
     "conflicting, and the jury was told so more than once by the judge.",
     "The evidence at trial regarding the company’s responsibility…"),
    # must not: a short first sentence is quote_shown's (whole)
    ("If she were to call the bill, it would fail.", "If she were to call the bill, it would fail."),
    # must not: a main clause under way within the eight words
    ("We will not back down from this fight, and we will keep going until every family in "
     "the state has the help it needs.", "We will not back down from this fight,…"),
    # must not: a main verb past a topic line's length, behind a long preamble
    ("However, to have public statements and tweets made about the department, about our "
     "people, about cases pending in the department, and about judges before whom we have "
     "cases, make it impossible for me to do my job.",
     "However, to have public statements and tweets made…"),
]


@pytest.mark.parametrize("text,shown", OPENINGS)
def test_a_quote_opening_reaches_its_main_clause(text, shown):
    assert quote_shown_to_its_main_clause(text) == shown


def test_left_alone_it_is_quote_shown_s_opening():
    text = OPENINGS[2][0]
    assert quote_shown_to_its_main_clause(text) == quote_shown(text)


def test_a_quote_note_shows_the_main_clause():
    from corroborate_builders import claim

    from crosscheck.corroborate.render import NoteParts, Source, render_finding
    from crosscheck.models import Quote

    text = OPENINGS[0][0]
    c = claim("a1", f"“{text}” pollster Adaeze Korrin said.", quote=Quote("Adaeze Korrin", text))
    parts = NoteParts("quote", (c,), (Source("a1", "test", "Kestrel Herald", "2025-03-11", "a1"),))
    assert render_finding(parts).note.startswith(
        "“While voters remain divided on most questions, there is some surprising agreement…”")


@pytest.mark.parametrize("text, shown", [
    # heldout24: "4/ attacking media does nothing…", a tweet's place in its thread
    ("4/ cutting the clinic's budget does nothing for the families who wait months for care.",
     "cutting the clinic's budget does nothing for the…"),
    ("(2/3) The council should have held the vote.", "The council should have held the vote."),
    # must not: a date or a rate written with a slash is the quote's words
    ("9/11 changed how this city thinks about its harbor and its bridges.",
     "9/11 changed how this city thinks about its…"),
    ("24/7 coverage of the storm kept everyone in the newsroom awake.",
     "24/7 coverage of the storm kept everyone in…"),
])
def test_a_thread_s_numbering_is_no_part_of_a_quote_s_opening(text, shown):
    assert quote_shown(text) == shown
