"""A role note gives a title whose head is lowercase the article its sentence
writes before it ("is the owner of Harbor Street Bakery", "is a senior fellow
at …", "is the Portuguese president": notes gold, heldout24, where "is owner
of Masterpiece Cakeshop" and "is French president" read as a stumble);
corroborate/title_articles.py and roles.py."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.title_articles import with_the_article_written

from corroborate_builders import Role, claim


@pytest.mark.parametrize("title, sentence, shown", [
    ("owner of Harbor Street Bakery",
     "Lena Marsh, the owner of Harbor Street Bakery, says she will appeal the ruling.",
     "the owner of Harbor Street Bakery"),
    ("senior fellow at Linden University’s Center for Policy",
     "said Omar Haddad, a senior fellow at Linden University’s Center for Policy, on Monday.",
     "a senior fellow at Linden University’s Center for Policy"),
    ("former attorney general of Oregon",
     "Sen. Ruth Calder, a lawyer and a former attorney general of Oregon, questioned the nominee.",
     "a former attorney general of Oregon"),
    ("Portuguese president", "The minister met the Portuguese president, Rui Sousa, on Friday.",
     "the Portuguese president"),
    ("Ohio senator", "Dan Keller, an Ohio senator, endorsed the plan.", "an Ohio senator"),
    # must not: a title written after no article, an office written with a
    # capital, or a bare occupation with_article already gives one
    ("president", "As president, Keller would need the advice of seasoned diplomats.",
     "president"),
    ("Senate Majority Leader", "The Senate Majority Leader, Ann Ruiz, said no.",
     "Senate Majority Leader"),
    ("head of the dockworkers union", "Tomas Leva, head of the dockworkers union, called the "
     "strike.", "head of the dockworkers union"),
    ("baker", "Colorado baker Lena Marsh cites her rights.", "a baker"),
])
def test_a_lowercase_title_takes_the_article_its_sentence_writes(title, sentence, shown):
    assert with_the_article_written(title, sentence) == shown


def _role_note(outlets, claims):
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "role"]
    return finding.note


def test_a_role_note_shows_the_article_the_sentence_writes(outlets):
    sentence = ("The court heard the case of Lena Marsh, the owner of Harbor Street Bakery, "
                "on Tuesday.")
    note = _role_note(outlets, [
        claim("a1", sentence, role=Role("Lena Marsh", "owner of Harbor Street Bakery", False))])
    assert "Lena Marsh is the owner of Harbor Street Bakery" in note


def test_a_former_title_keeps_the_indefinite_article_written(outlets):
    sentence = "Sen. Ruth Calder, a former attorney general of Oregon, questioned the nominee."
    note = _role_note(outlets, [
        claim("a1", sentence, role=Role("Ruth Calder", "attorney general of Oregon", True))])
    assert "Ruth Calder is a former attorney general of Oregon" in note


def test_one_title_with_and_without_the_written_article_is_said_once(outlets):
    # must not: "House Speaker" and "the House speaker" listed as two titles
    note = _role_note(outlets, [
        claim("a1", "House Speaker Ann Ruiz said the vote would go ahead.",
              role=Role("Ann Ruiz", "House Speaker", False)),
        claim("a2", "Ann Ruiz, the House speaker, said the vote would go ahead.",
              role=Role("Ann Ruiz", "House speaker", False))])
    assert note.count("Ann Ruiz is") == 1
