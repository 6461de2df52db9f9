"""Rewrites without a third article (words rare in English), and rewrite
against two edits of one text (quoting the source)."""

import numpy as np
import pytest
from relation_texts import (BRIEFING, BRIEFING_OWN_ORDER, BRIEFING_REWRITTEN, CROSSWALK,
                            CROSSWALK_BRIEF, CROSSWALK_FAMILY, CROSSWALK_RADIO, CROSSWALK_RETOLD,
                            CROSSWALK_SAME_ORDER)

from crosscheck.group import find_links
from crosscheck.group.relations import rewrite_sentences, verbatim_share
from crosscheck.group.rewrites import (ENGLISH_MIN_ALIGNED, ENGLISH_SHARE, english_rare,
                                       english_rare_order_score, mostly_quoted)
from crosscheck.group.fact_order import content_words
from retold_texts import EVENING, MORNING, OWN_REPORT

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


def _crosswalk_story(make_article):
    return [make_article("a", CROSSWALK, outlet="Wire"),
            make_article("b", CROSSWALK_RETOLD, outlet="Daily"),
            make_article("c", CROSSWALK_SAME_ORDER, outlet="Herald"),
            make_article("d", CROSSWALK_FAMILY, outlet="Gazette"),
            make_article("e", CROSSWALK_BRIEF, outlet="Radio"),
            make_article("f", CROSSWALK_RADIO, outlet="TV")]


def test_reports_of_one_charge_with_its_names_and_figures_stay_apart(make_article):
    """Must keep apart: reports of one charge sharing its names, figures and
    even its order of facts, each in its own sentences."""
    assert find_links([a for a in _crosswalk_story(make_article) if a.id != "b"]) == []


@pytest.mark.xfail(strict=True, reason=(
    "issue 13: a retelling that merges and rewords its sentences keeps too few of the "
    "original's words in order for any step (see group/fact_order.py: sentences merged, "
    "in order, linked an independent pair of the held-out part)"))
def test_a_retelling_merging_its_sentences_is_found(make_article):
    assert [(l.a, l.b, l.kind) for l in find_links(_crosswalk_story(make_article))] == \
        [("a", "b", "rewrite")]


@pytest.mark.xfail(strict=True, reason=(
    "issue 13: a retelling that adds much of its own keeps too few of the original's words "
    "in order (0.41 < ENGLISH_SHARE); its rare phrases in order found it, a step reverted "
    "with the kind rule it needed (group/rewrites.py, session of 2026-12-04)"))
def test_an_outlet_s_retelling_of_its_own_story_is_found(make_article):
    assert [(l.a, l.b, l.kind) for l in find_links(
        [make_article("a", MORNING, outlet="Ledger"),
         make_article("b", EVENING, outlet="Ledger")])] == [("a", "b", "rewrite")]


def test_another_outlet_s_report_of_the_vote_stays_apart(make_article):
    """Must keep apart: the same vote, names and figures in another
    reporter's own sentences and order, beside either story."""
    own = make_article("c", OWN_REPORT, outlet="Post")
    assert find_links([make_article("a", MORNING, outlet="Ledger"), own]) == []
    assert find_links([make_article("b", EVENING, outlet="Ledger"), own]) == []
