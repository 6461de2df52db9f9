"""A role note gives a title whose head is lowercase the article its sentence
writes before it ("is the owner of Masterpiece Cakeshop", "is a senior fellow
at …", "is the French president": notes gold, heldout24, where "is owner of
…" and "is French president" read as a stumble); corroborate/title_articles.py
and roles.py."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.title_articles import with_the_article_written

from corroborate_builders import Role, claim


@pytest.mark.parametrize("title, sentence, shown", [
    ("owner of Masterpiece Cakeshop",
     "Phillips, the owner of Masterpiece Cakeshop, says he cannot do that.",
     "the owner of Masterpiece Cakeshop"),
    ("senior fellow at Brown University’s Watson Institute",
     "said Chas Freeman, a senior fellow at Brown University’s Watson Institute, on Monday.",
     "a senior fellow at Brown University’s Watson Institute"),
    ("former attorney general of California",
     "Sen. Kamala Harris, a lawyer and a former attorney general of California, spoke.",
     "a former attorney general of California"),
    ("French president", "Trump met the French president, Emmanuel Macron, in the same room.",
     "the French president"),
    ("Alabama senator", "Jeff Sessions, an Alabama senator, endorsed Trump.", "an Alabama senator"),
    # must not: a title written after no article, an office written with a
    # capital, or a bare occupation with_article already gives one
    ("president", "As president, Trump would need the sober advice of professionals.",
     "president"),
    ("Senate Majority Leader", "The Senate Majority Leader, Mitch McConnell, said no.",
     "Senate Majority Leader"),
    ("head of GSEE", "Yiannis Panagopoulos, head of GSEE, called the strike.", "head of GSEE"),
    ("baker", "Colorado baker Jack Phillips cites his rights.", "a baker"),
])
def test_a_lowercase_title_takes_the_article_its_sentence_writes(title, sentence, shown):
    assert with_the_article_written(title, sentence) == shown


def _role_note(outlets, claims):
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "role"]
    return finding.note


def test_a_role_note_shows_the_article_the_sentence_writes(outlets):
    sentence = ("The Court can recognize a right in the case of Jack Phillips, the owner of "
                "Masterpiece Cakeshop, and make room for both sides.")
    note = _role_note(outlets, [
        claim("a1", sentence, role=Role("Jack Phillips", "owner of Masterpiece Cakeshop", False))])
    assert "Jack Phillips is the owner of Masterpiece Cakeshop" in note


def test_a_former_title_keeps_the_indefinite_article_written(outlets):
    sentence = "Sen. Kamala Harris, a former attorney general of California, spoke."
    note = _role_note(outlets, [
        claim("a1", sentence, role=Role("Kamala Harris", "attorney general of California", True))])
    assert "Kamala Harris is a former attorney general of California" in note


def test_one_title_with_and_without_the_written_article_is_said_once(outlets):
    # must not: "House Speaker" and "the House speaker" listed as two titles
    note = _role_note(outlets, [
        claim("a1", "House Speaker Nancy Pelosi said the vote would go ahead.",
              role=Role("Nancy Pelosi", "House Speaker", False)),
        claim("a2", "Nancy Pelosi, the House speaker, said the vote would go ahead.",
              role=Role("Nancy Pelosi", "House speaker", False))])
    assert note.count("Nancy Pelosi is") == 1
