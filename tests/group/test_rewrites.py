"""Rewrites without a third article (words rare in English), and rewrite
against two edits of one text (quoting the source)."""

import numpy as np
from relation_texts import (BRIEFING, BRIEFING_OWN_ORDER, BRIEFING_REWRITTEN, CROSSWALK,
                            CROSSWALK_BRIEF, CROSSWALK_FAMILY, CROSSWALK_RADIO, CROSSWALK_RETOLD,
                            CROSSWALK_SAME_ORDER)

from crosscheck.group import find_links
from crosscheck.group.relations import rewrite_sentences, verbatim_share
from crosscheck.group.rewrites import (ENGLISH_MIN_ALIGNED, ENGLISH_SHARE, MERGED_MIN_ALIGNED,
                                       MERGED_SHARE, english_rare, english_rare_order_score,
                                       merged_sentence_order_score, mostly_quoted)
from crosscheck.group.fact_order import (WORD_SHARE, content_words, sentence_content_words,
                                         word_order_score)

# The conftest's wire story, one sentence each.
WIRE_SENTENCES = [
    "Rescue teams searched through the night for survivors after a magnitude 6.1 earthquake "
    "struck the mountain town of Ardenne early on Tuesday, flattening dozens of stone houses "
    "and cutting the only road into the valley.",
    "Officials said at least 14 people had died and more than 80 were injured.",
    "The regional governor said the army had sent two helicopters and a field hospital, and "
    "that schools would stay closed for the week.",
    "Aftershocks continued into the morning, and residents slept outside in the cold.",
    "The quake was felt as far away as the coast, where windows shattered in several shops.",
]
def _eye(rows, cols=None):
    return np.eye(rows, cols if cols is not None else rows, dtype=np.float32)


def test_english_rare_leaves_common_words_out():
    rare = english_rare(content_words(
        "The president announced on Monday that harbour divers found 212 bodies near Kessel."))
    assert {"harbour", "divers", "212", "kessel"} <= set(rare)
    assert not {"president", "announced", "monday", "found"} & set(rare)


def test_english_rare_order_finds_a_rewrite_without_a_third_article():
    aligned, share = english_rare_order_score(content_words(BRIEFING),
                                              content_words(BRIEFING_REWRITTEN))
    assert aligned >= ENGLISH_MIN_ALIGNED and share >= ENGLISH_SHARE


def test_english_rare_order_rejects_two_reports_of_one_briefing():
    """Must reject: the same names and figures, each reporter in his order."""
    aligned, share = english_rare_order_score(content_words(BRIEFING),
                                              content_words(BRIEFING_OWN_ORDER))
    assert aligned < ENGLISH_MIN_ALIGNED or share < ENGLISH_SHARE


def test_a_two_article_story_finds_its_rewrite_and_keeps_reports_apart(make_article):
    wire = make_article("a", BRIEFING, outlet="Wire")
    assert [(l.a, l.b, l.kind) for l in find_links(
        [wire, make_article("b", BRIEFING_REWRITTEN, outlet="Daily")])] == [("a", "b", "rewrite")]
    assert find_links([wire, make_article("c", BRIEFING_OWN_ORDER, outlet="Herald")]) == []


def test_mostly_quoted_marks_sentences_inside_quotations():
    text = ('The governor spoke on Tuesday. \u201cWe will rebuild every house in this valley '
            'before the winter,\u201d he said. Schools stay closed.')
    sentences = ["The governor spoke on Tuesday.",
                 "\u201cWe will rebuild every house in this valley before the winter,\u201d "
                 "he said.",
                 "Schools stay closed."]
    assert mostly_quoted(text, sentences) == [False, True, False]


def test_quoting_the_source_s_prose_is_a_rewrite_not_an_edit(make_article):
    """A text quoting the other's own sentences ("..., the agency said")
    retells it; two texts quoting one speaker alike are edits of one text."""
    prose = make_article("a", " ".join(WIRE_SENTENCES))
    quoting = make_article("b", " ".join(f"\u201c{s}\u201d the agency said."
                                         for s in WIRE_SENTENCES))
    n = len(rewrite_sentences(prose))
    assert len(rewrite_sentences(quoting)) == n
    assert verbatim_share(prose, quoting, {"a": _eye(n), "b": _eye(n)}) == 0.0
    # Must reject: the same quotations on both sides are kept word for word.
    edited = make_article("c", quoting.text.replace("the agency said", "the agency reported"))
    assert verbatim_share(quoting, edited, {"b": _eye(n), "c": _eye(n)}) == 1.0


def _crosswalk_story() -> dict[str, list[frozenset[str]]]:
    texts = {"original": CROSSWALK, "retold": CROSSWALK_RETOLD, "same_order": CROSSWALK_SAME_ORDER,
             "family": CROSSWALK_FAMILY, "brief": CROSSWALK_BRIEF, "radio": CROSSWALK_RADIO}
    return {k: sentence_content_words(v) for k, v in texts.items()}


def _story_words(story, a, b) -> frozenset[str]:
    """The words half the story's other articles use (as relations.py leaves out)."""
    vocabulary = {k: frozenset().union(*v) for k, v in story.items()}
    others = [vocabulary[k] for k in story if k not in (a, b)]
    return frozenset(w for w in vocabulary[a] & vocabulary[b]
                     if 2 * sum(w in o for o in others) >= len(others))


def test_merged_sentences_in_order_find_a_retelling():
    """Must link: a retelling that merges two pairs of sentences, reorders
    the facts inside them and adds its own keeps too few of the original's
    words in order for the rare-word order (under WORD_SHARE), but seven of
    the original's eight sentences find their counterpart in order."""
    story = _crosswalk_story()
    common = _story_words(story, "original", "retold")
    aligned, share = merged_sentence_order_score(story["original"], story["retold"], common)
    assert aligned >= MERGED_MIN_ALIGNED and share >= MERGED_SHARE
    assert word_order_score(content_words(CROSSWALK), content_words(CROSSWALK_RETOLD),
                            common)[1] < WORD_SHARE


def test_merged_sentences_keep_independent_reports_apart():
    """Must keep apart: two reports of the same charge with its names and
    figures, one even in the same order of facts: once the story's own words
    are left out, no sentence of theirs has a counterpart. With the story's
    words kept, the same-order report would align six of its seven
    sentences: the rule needs a story of three articles or more."""
    story = _crosswalk_story()
    for other in ("same_order", "family"):
        common = _story_words(story, "original", other)
        aligned, share = merged_sentence_order_score(story["original"], story[other], common)
        assert aligned < MERGED_MIN_ALIGNED or share < MERGED_SHARE, other
    aligned, share = merged_sentence_order_score(story["original"], story["same_order"])
    assert aligned >= MERGED_MIN_ALIGNED and share >= MERGED_SHARE


def test_merged_sentences_match_one_against_two():
    """One sentence of the shorter text may stand for two consecutive
    sentences of the other, and two of it for one of the other."""
    a = [frozenset({"pickup", "crosswalk", "librarian", "hospital", "died", "hours"})]
    b = [frozenset({"pickup", "crosswalk", "struck"}), frozenset({"hospital", "died", "hours"})]
    assert merged_sentence_order_score(a, b) == (1, 1.0)
    assert merged_sentence_order_score(b, a) == (1, 1.0)
    longer = a + [frozenset({"vigil", "sunday", "flowers"}),
                  frozenset({"mayor", "signal", "winter"})]
    assert merged_sentence_order_score(b, longer) == (2, 1.0)
    assert merged_sentence_order_score(a, [frozenset({"pickup", "crosswalk"})]) == (0, 0.0)


def test_a_story_finds_the_merged_retelling_and_nothing_else(make_article):
    arts = [make_article("a", CROSSWALK, outlet="Wire"),
            make_article("b", CROSSWALK_RETOLD, outlet="Daily"),
            make_article("c", CROSSWALK_SAME_ORDER, outlet="Herald"),
            make_article("d", CROSSWALK_FAMILY, outlet="Gazette"),
            make_article("e", CROSSWALK_BRIEF, outlet="Radio"),
            make_article("f", CROSSWALK_RADIO, outlet="TV")]
    assert [(l.a, l.b, l.kind) for l in find_links(arts)] == [("a", "b", "rewrite")]
    assert find_links([arts[0]] + arts[2:]) == []
