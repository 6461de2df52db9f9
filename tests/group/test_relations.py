"""Copies of one text (duplicate, syndicated), the relation records, and the
sentence alignment that rewrite search and same-wire share."""

import numpy as np
import pytest
from relation_texts import OTHER, unit

from crosscheck.group import find_links, relations_by_article, with_relations
from crosscheck.group.relations import rewrite_score


def test_same_text_rewrapped_is_a_duplicate(make_article, wire_text):
    a = make_article("a1", wire_text, outlet="Daily")
    b = make_article("a2", wire_text.replace(". ", ".\n\n").upper(), outlet="Daily")
    [link] = find_links([a, b])
    assert (link.a, link.b, link.kind) == ("a1", "a2", "duplicate")
    assert 0.9 <= link.score <= 1.0


def test_trimmed_copy_under_another_outlet_is_syndicated(make_article, wire_text):
    a = make_article("a1", wire_text, outlet="Daily")
    trimmed = "(Wire) " + wire_text[: len(wire_text) * 2 // 3] + " Copyright 2024 Wire."
    b = make_article("a2", trimmed, outlet="Herald")
    [link] = find_links([a, b])
    assert link.kind == "syndicated"
    assert 0.5 <= link.score <= 1.0


def test_distinct_texts_are_not_copies(make_article, wire_text):
    assert find_links([make_article("a1", wire_text), make_article("a2", OTHER)]) == []


def test_short_texts_are_never_copies(make_article):
    teaser = "Subscribe to read the full story."
    assert find_links([make_article("a1", teaser), make_article("a2", teaser, outlet="X")]) == []


def test_relations_are_symmetric_and_deterministic(make_article, wire_text):
    arts = [make_article("b", wire_text, outlet="Y"), make_article("a", wire_text, outlet="X"),
            make_article("c", OTHER)]
    links = find_links(arts)
    assert links == find_links(list(reversed(arts)))
    rel = relations_by_article(links)
    assert rel["a"][0].article == "b" and rel["b"][0].article == "a"
    assert rel["a"][0].kind == rel["b"][0].kind == "syndicated"
    assert rel["a"][0].score == rel["b"][0].score
    updated = {a.id: a for a in with_relations(arts, links)}
    assert updated["c"].relations == ()
    assert updated["a"].relations == rel["a"]


def test_duplicate_ids_are_refused(make_article, wire_text):
    with pytest.raises(ValueError, match="share an id"):
        find_links([make_article("a", wire_text), make_article("a", OTHER)])


def test_rewrite_score_rewards_facts_in_order():
    eye = unit(np.eye(6))
    assert rewrite_score(eye, eye) == 1.0


def test_rewrite_score_rejects_the_same_facts_shuffled():
    eye = unit(np.eye(6))
    assert rewrite_score(eye, eye[::-1]) < 0.6


def test_rewrite_score_rejects_short_texts():
    eye = unit(np.eye(3))
    assert rewrite_score(eye, eye) == 0.0


def test_verbatim_share_tells_edits_of_one_text_from_a_rewrite(make_article, wire_text):
    """Sentences kept word for word count for the same text; sentences whose
    meaning matches (their vectors) in other words count for a rewrite."""
    from crosscheck.group.relations import rewrite_sentences, verbatim_share

    a = make_article("a", wire_text)
    reworded = make_article("b", (
        "Through the night, rescuers looked for survivors once a 6.1 tremor had hit Ardenne, "
        "a mountain town, before dawn on Tuesday. At least fourteen are dead and eighty hurt, "
        "according to officials. Two army helicopters and a field hospital were sent, the "
        "governor said, adding that the schools will be shut all week. In the morning the "
        "aftershocks went on, with people sleeping outdoors despite the cold. Shop windows "
        "broke on the coast, so far away was it felt."))
    n = len(rewrite_sentences(a))
    assert len(rewrite_sentences(reworded)) == n
    same = unit(np.eye(n))
    vectors = {"a": same, "b": same}
    assert verbatim_share(a, reworded, vectors) == 0.0
    edited = make_article("c", wire_text.replace("Tuesday", "Tuesday morning"))
    assert verbatim_share(a, edited, {"a": same, "c": same}) == 1.0


def test_a_short_text_carried_whole_is_syndicated_whichever_step_links_it(make_article):
    """A one-sentence item (under MIN_SHINGLES, too short for the copy step)
    that another outlet carries word for word inside a longer report is
    linked by its facts in order: it is the same text, syndicated, not two
    edits of one text. Must reject: the same sentence edited in a few words
    (half its word runs changed) stays a copy of another kind."""
    from crosscheck.group.relations import MIN_SHINGLES, shingles

    item = ("Early Friday, around 1:30 a.m., the 26-year-old actress Lindsay Lohan checked "
            "into Betty Ford Center in Rancho Mirage, California.")
    report = ("Lindsay Lohan checks into rehab at Betty Ford Center. " + item + " Her lawyer "
              "Mark Heller told reporters in Los Angeles that she would stay for 90 days, as the "
              "court in Santa Monica had ordered in March. Her publicist Steve Honig did not "
              "answer questions about the clinic.")
    assert len(shingles(item)) < MIN_SHINGLES
    [link] = find_links([make_article("a", report, outlet="X"), make_article("b", item, outlet="Y")])
    assert link.kind == "syndicated"
    edited = ("Early Friday, at about 1:30 in the morning, actress Lindsay Lohan, 26, checked "
              "into the Betty Ford Center at Rancho Mirage, California.")
    links = find_links([make_article("a", report, outlet="X"), make_article("b", edited, outlet="Y")])
    assert all(l.kind != "syndicated" for l in links)


@pytest.mark.xfail(strict=True, reason=(
    "a full stop before a capital ends a sentence even after an abbreviation; keeping "
    "'Mr. Ryan' whole linked an independent pair of the tuning parts by alignment "
    "(group/passages.split_sentences, session of 2026-12-04)"))
def test_a_sentence_runs_on_past_an_abbreviation():
    from crosscheck.group.relations import split_sentences

    assert split_sentences("Speaker Paul D. Ryan said on Nov. 8 that he will retire. "
                           "Mr. Ryan told colleagues first.") == \
        ["Speaker Paul D. Ryan said on Nov. 8 that he will retire.",
         "Mr. Ryan told colleagues first."]
