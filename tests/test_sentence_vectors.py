"""Sentence vectors made once per article: which texts, the stored blob, and
a story build that reads them instead of embedding again."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from crosscheck.brief import sentence_spans
from crosscheck.embed import embed, text_key
from crosscheck.group.relations import rewrite_sentences
from crosscheck.models import Article, Story
from crosscheck.sentence_vectors import (embed_sentences, is_current, known_vectors,
                                        sentence_texts, vector_of)
from crosscheck.story_build import build_story

# Two outlets' accounts of one event, told in other words and order, and an
# unrelated third: realistic news text, written for these tests.
QUAKE_A = (
    "Rescue teams searched through the night for survivors after a magnitude 6.1 earthquake "
    "struck the mountain town of Ardenne early on Tuesday. Officials said at least 14 people "
    "had died and more than 80 were injured. The regional governor said the army had sent two "
    "helicopters and a field hospital. Mr. Dubois, the mayor, said schools would stay closed "
    "for the week. Aftershocks continued into the morning, and residents slept outside in the "
    "cold. The quake was felt as far away as the coast, where windows shattered in shops.")
QUAKE_B = (
    "At least 14 people were killed when a 6.1-magnitude quake hit the town of Ardenne on "
    "Tuesday, officials said. More than 80 people were hurt. Two army helicopters and a field "
    "hospital were sent to the valley, according to the regional governor. Schools will be "
    "closed all week, Mayor Dubois said. Many residents spent the night outdoors as "
    "aftershocks shook the town.")
BUDGET = (
    "The city council approved a new budget on Monday that raises spending on parks and "
    "libraries while freezing property taxes for a second year. The mayor called it a careful "
    "plan for uncertain times. A final vote on the transport levy was put off to June.")


def _article(aid: str, text: str, outlet: str) -> Article:
    return Article(id=aid, origin=f"{aid}.txt", title=None, published="2024-03-12", text=text,
                   outlet=outlet)


@pytest.fixture(scope="module")
def quake():
    """The two accounts and their claims, as the claims stage reads them."""
    from crosscheck.claims import extract_claims_each

    articles = [_article("a", QUAKE_A, "Courier"), _article("b", QUAKE_B, "Herald")]
    claims = [c for found in extract_claims_each(articles) for c in found]
    return articles, claims


def test_the_texts_are_each_consumers_sentences_once(quake):
    articles, claims = quake
    a = articles[0]
    texts = sentence_texts(a, claims)
    assert len(texts) == len(set(texts))
    assert set(rewrite_sentences(a)) <= set(texts)
    # The brief keeps "Mr. Dubois, the mayor, said ..." whole; relations splits after "Mr.".
    assert {a.text[s:e].strip() for s, e in sentence_spans(a.text)} <= set(texts)
    assert {c.sentence for c in claims if c.article == "a"} <= set(texts)


def test_another_articles_claims_are_not_its_texts(quake):
    articles, claims = quake
    theirs = {c.sentence for c in claims if c.article == "b"}
    assert theirs and not theirs & set(sentence_texts(articles[0], claims))


def test_the_blob_holds_each_texts_vector_as_embed_makes_it(quake):
    articles, claims = quake
    [blob] = embed_sentences(articles[:1], claims)
    known = known_vectors({"a": blob})
    texts = sentence_texts(articles[0], claims)
    assert sorted(known) == sorted(text_key(t) for t in texts)
    assert np.array_equal(np.vstack([known[text_key(t)] for t in texts]), embed(texts))
    assert len(blob) == len(texts) * (8 + 384 * 2)  # float16 values


def test_an_articles_blob_depends_on_that_article_alone(quake):
    articles, claims = quake
    together = embed_sentences(articles, claims)
    assert together == [embed_sentences([a], claims)[0] for a in articles]


def test_a_text_kept_beside_the_sentences_is_found_by_its_own_words(quake):
    articles, claims = quake
    lead = "Quake in Ardenne\n" + QUAKE_A[:200]
    [plain] = embed_sentences(articles[:1], claims)
    [blob] = embed_sentences(articles[:1], claims, also=[[lead]])
    assert np.array_equal(vector_of(blob, lead), embed([lead])[0])
    assert is_current(blob, articles[0], claims)
    assert known_vectors({"a": blob}).keys() - known_vectors({"a": plain}).keys() == {
        text_key(lead)}
    # Not kept: another text, a lead cut elsewhere, or no blob at all.
    assert vector_of(plain, lead) is None
    assert vector_of(blob, "Quake in Ardenne\n" + QUAKE_A[:199]) is None
    assert vector_of(None, lead) is None
    sentence = sentence_texts(articles[0], claims)[2]
    assert np.array_equal(vector_of(blob, sentence), embed([sentence])[0])


def test_a_damaged_blob_is_refused_with_what_to_do(quake):
    articles, claims = quake
    [blob] = embed_sentences(articles[:1], claims)
    with pytest.raises(ValueError, match="re-ingest"):
        known_vectors({"a": blob[:-3]})


def test_a_build_reads_the_stored_vectors_and_embeds_none_of_those_texts(quake, embedded):
    articles, claims = quake
    story = Story(id="s1", headline="Quake", articles=("a", "b"))
    stored = dict(zip(("a", "b"), embed_sentences(articles, claims)))
    embedded.clear()
    built = build_story(story, articles, claims, stored)
    assert built[3] == {}  # nothing new to store
    stored_keys = set(known_vectors(stored))
    assert not [t for t in embedded if text_key(t) in stored_keys]
    assert built[0].findings  # the accounts share facts: the build did compare sentences


def test_a_build_without_stored_vectors_makes_them_and_builds_the_same(quake, embedded):
    articles, claims = quake
    story = Story(id="s1", headline="Quake", articles=("a", "b"))
    stored = dict(zip(("a", "b"), embed_sentences(articles, claims)))
    with_vectors = build_story(story, articles, claims, stored)
    without = build_story(story, articles, claims)
    assert without[:3] == with_vectors[:3]
    assert without[3] == stored  # to keep, so the next build does not embed them again
    partly = build_story(story, articles, claims, {"a": stored["a"]})
    assert partly[:3] == with_vectors[:3] and partly[3] == {"b": stored["b"]}


def test_vectors_of_an_older_text_are_made_again(quake):
    articles, claims = quake
    stored = dict(zip(("a", "b"), embed_sentences(articles, claims)))
    assert is_current(stored["a"], articles[0], claims)
    recleaned = replace(articles[0], text=articles[0].text.replace("at least 14", "at least 15"))
    assert not is_current(stored["a"], recleaned, claims)
    assert not is_current(stored["b"], articles[0], claims)  # another article's
    story = Story(id="s1", headline="Quake", articles=("a", "b"))
    built = build_story(story, [recleaned, articles[1]], claims, stored)
    assert built[3] == {"a": embed_sentences([recleaned], claims)[0]}


def test_a_one_article_story_embeds_nothing(embedded):
    article = _article("c", BUDGET, "Gazette")
    built = build_story(Story(id="s2", headline="Budget", articles=("c",)), [article], [])
    assert built[3] == {} and embedded == []
    assert replace(built[0], brief=()) != built[0]  # it still has a brief, its lead
