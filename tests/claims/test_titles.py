"""One vocabulary of titles: what each stage reads from it."""

import pytest

from crosscheck.brief import sentence_spans
from crosscheck.claims.titles import TITLE_ABBREVIATIONS, spelled_out
from crosscheck.corroborate.wording import title_as_written


@pytest.mark.parametrize("word, expected", [
    ("Sen.", "senator"), ("gov.", "governor"), ("Sgt.", "sergeant"), ("chairwoman", "chair"),
    ("spokesman", "spokesperson"),
    ("Sen", "sen"),  # without its full stop a word is no abbreviation ("her rep")
    ("minister", "minister"),
])
def test_spelled_out(word, expected):
    assert spelled_out(word) == expected


def test_every_abbreviation_stands_for_a_longer_title():
    assert all(len(full) > len(short) and full.startswith(short[0]) for short, full in TITLE_ABBREVIATIONS.items())


@pytest.mark.parametrize("text, n", [
    ("Sens. Joe Manchin and Kyrsten Sinema met on Monday. They spoke.", 2),
    ("Det. Ana Ruiz arrived on Monday. She spoke.", 2),
    ("Gov. Gavin Newsom spoke. The recall failed.", 2),
    # a word that only looks like an abbreviation ends the sentence
    ("The vote went to the Senate. Gov. Newsom spoke.", 2),
])
def test_no_sentence_ends_at_a_titles_abbreviation(text, n):
    assert len(sentence_spans(text)) == n


def test_the_renderer_spells_out_what_the_claims_reader_knows():
    assert title_as_written("Det.") == "Detective" and title_as_written("Sen.") == "Senator"


def test_a_title_abbreviation_split_from_its_full_stop_is_read_whole(nlp):
    from crosscheck.claims.titles import split_abbreviation

    doc = nlp("said Sgt. Paul Rivera, then Reps. Jim Banks and Ana Ruiz of Ohio. Sen. Lee")
    stops = [t.i for t in doc if t.text == "."]
    # the full stop ending "Ohio." is no abbreviation's
    assert [split_abbreviation(doc, k, 0) for k in stops] == ["Sgt.", None, None]
    assert [split_abbreviation(doc, k, 0, plural=True) for k in stops] == [None, "Rep.", None]
