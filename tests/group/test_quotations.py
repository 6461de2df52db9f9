"""What is a quotation (group.passages.QUOTATION), and why quoting one
statement or pasting one tweet is not copying."""

import pytest
from relation_texts import OTHER, OWN_A, OWN_B, STORY_B

from crosscheck.group import find_links
from crosscheck.group.relations import shingles
from crosscheck.group.wire import WIRE_SHINGLE_WORDS


def test_an_embedded_tweet_is_a_quotation(make_article):
    """Must reject: two outlets pasting one politician's two tweets (the
    embed's signature, no quotation marks) around their own reporting."""
    tweets = ("We need 60 votes in the Senate which are not there! We either elect more "
              "Republican Senators in 2018 or change the rules now to 51%. "
              "\u2014 Donald J. Trump (@realDonaldTrump) May 2, 2017\n\n"
              "Our country needs a good shutdown in September to fix the mess in Washington, "
              "and the Democrats know it! \u2014 Donald J. Trump (@realDonaldTrump) May 2, 2017")
    a = make_article("a", OTHER + "\n\n" + tweets + "\n\n" + OWN_A, outlet="X")
    b = make_article("b", STORY_B + "\n\n" + tweets + "\n\n" + OWN_B, outlet="Y")
    assert len(shingles(a.text, WIRE_SHINGLE_WORDS) & shingles(b.text, WIRE_SHINGLE_WORDS)) >= 30
    assert find_links([a, b]) == []


@pytest.mark.parametrize("text, kept", [
    # Penn Treebank marks (ECB+): a quotation.
    ("He said ``we will rebuild every house in the valley,'' and left.", "He said  and left."),
    # A quotation mark opening a pasted story and never closed: not a quotation.
    ('"' + "The army reached the town before dawn. " * 20, None),
    # An extract cut inside a quotation: the quotation runs to the paragraph's end.
    ('She tweeted on Tuesday.\n\n"The story I was ordered to write and which I failed...',
     "She tweeted on Tuesday.\n\n"),
    # ... but not past it: the next paragraph is the writer's again.
    ('"We will rebuild, the mayor said\nThe army reached the town before dawn.',
     "\nThe army reached the town before dawn."),
    # A paragraph pasted after "X writes:" (a blog's block quote): a quotation.
    ("The vote is off. Politico writes:\n\nWhile no decision has been made, lawmakers may "
     "decouple the two.\n\nThat leaves little time.",
     "The vote is off. Politico \n\nThat leaves little time."),
    # ... not a list the writer opens with a colon, nor "writes:" inside a paragraph.
    ("The inquiry found three causes:\n\nThe levee was too low and the pumps failed.", None),
    ("She writes: the levee was too low and the pumps failed.", None),
    # A long quotation closed inside its paragraph (testimony): a quotation.
    ("She told the committee: \u201c" + "We warned them about the levee every spring. " * 20
     + "\u201d\n\nThe hearing ended at noon.",
     "She told the committee: \n\nThe hearing ended at noon."),
    # ... but not a mark opening a pasted story, closed paragraphs later.
    ("\u201c" + "The army reached the town before dawn. " * 20 + "\n\n" +
     "Residents fled to the hills. " * 5 + "\u201d", None),
])
def test_what_is_a_quotation(text, kept):
    from crosscheck.group.passages import QUOTATION

    assert QUOTATION.sub("", text) == (text if kept is None else kept)


def test_one_long_quotation_shared_is_not_a_copy(make_article):
    """Must reject: two outlets quoting one long statement that makes up over
    half of the shorter text; outside the quotation they share nothing."""
    quote = ("\u201cWe will rebuild every house and every school in this valley, and no family "
             "will be left to face the winter alone, whatever it costs the national budget, and "
             "we will start on Monday with the bridge at Saint Remy and the road to the coast,"
             "\u201d the prime minister said.")
    a = make_article("a", quote + " " + OWN_B[:150], outlet="X")
    b = make_article("b", STORY_B + " " + quote, outlet="Y")
    shared = len(shingles(a.text) & shingles(b.text))
    assert shared / min(len(shingles(a.text)), len(shingles(b.text))) >= 0.5
    assert find_links([a, b]) == []
