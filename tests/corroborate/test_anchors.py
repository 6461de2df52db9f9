"""Anchors and predicates (corroborate/anchors.py): what two sentences of one
story share when they state one fact in other words, and what they must not
be taken to share."""

from crosscheck.corroborate.anchors import predicates, same_predicate, story_rare
from crosscheck.corroborate.common import words


def _agree(a: str, b: str) -> bool:
    return same_predicate(predicates(a), predicates(b))


def test_a_word_every_article_uses_is_the_topic_not_an_anchor():
    sentences = [
        ("a1", "Manchin opposes the clean energy program in the spending bill."),
        ("a2", "The program is likely to be dropped because of opposition from Manchin."),
        ("a3", "Manchin met the president at the White House on Friday."),
        ("a1", "Democrats need every vote in the Senate."),
        ("a2", "The subpoena seeks testimony from the former official."),
        ("a3", "A subpoena was issued to the former official on Wednesday."),
    ]
    rare = story_rare([words(s) for _, s in sentences], [a for a, _ in sentences])
    assert "manchin" not in rare  # in all three articles: the story's topic
    assert {"subpoena", "testimony"} <= rare  # a2 and a3 only


def test_in_a_long_story_a_word_in_many_sentences_is_not_rare():
    sentences = [(f"a{k % 2}", f"The ceasefire held in sector {k} of the town overnight.")
                 for k in range(40)] + [("a0", "A convoy reached the hospital."),
                                        ("a1", "The convoy brought fuel to the hospital.")]
    rare = story_rare([words(s) for _, s in sentences], [a for a, _ in sentences])
    assert "ceasefire" not in rare and "convoy" in rare


def test_a_verb_and_its_nominalisation_are_one_predicate():
    assert _agree("Manchin has told the White House that he opposes the climate measure.",
                  "The program will be dropped because of opposition from Sen. Joe Manchin.")
    assert _agree("The Senate voted to extend the debt limit through early December.",
                  "The Senate approved an extension of the federal debt ceiling.")


def test_the_same_verb_lemma_is_one_predicate():
    assert _agree("Biden vowed to hunt down the attackers.",
                  "The president promised to hunt down the perpetrators.")


def test_a_noun_spelt_as_a_verb_is_no_nominalisation():
    assert not _agree("One tool the Fed has is the federal funds rate.",
                      "Below is an online tool that allows you to rate 12 risks the Fed faces.")


def test_a_verb_after_a_preposition_is_no_predicate():
    # "for voting" gives the reason of the thanks, not what the sentence says.
    assert not _agree("Newsom thanked Californians at a news conference for voting no.",
                      "A majority of Californians have voted no in the recall election.")


def test_reporting_verbs_are_no_predicate():
    assert not _agree("The minister said the mine would reopen.",
                      "The union said its members would strike.")
