"""Keyed story grouping: the same stories in one process and on Ray, and what
the keys and the guard must keep apart."""

import datetime as dt
import random
import sys

import numpy as np
import pytest

from crosscheck.errors import InputError
from crosscheck.eval import shared_data
from crosscheck.eval.stories import bcubed, load_allsides
from crosscheck.group.features import ArticleFeatures, article_features
from crosscheck.group.keyed_ray import group_ray
from crosscheck.group.keyed import (MINHASH_BANDS, assemble_stories, bucket_keys, group_articles,
                                    group_local, keyed_records, score_bucket)
from crosscheck.group.relations import shingles
from crosscheck.group.stories import WINDOW_DAYS
from crosscheck.models import Article, content_id

DAY = dt.date(2024, 3, 4).toordinal()
#: The first articles of AllSides dev in date order: a few hundred real
#: articles (83 stories) from ten weeks of news, so that stories form and neighbour.
REAL_ARTICLES = 240


@pytest.fixture(scope="module")
def allsides():
    data = shared_data()
    if data is None:
        pytest.skip("../shared/data is absent (it is present in CI)")
    articles, gold = load_allsides(data / "allsides-stories" / "allsides-stories-dev.jsonl")
    articles = articles[:REAL_ARTICLES]
    return articles, article_features(articles), {a.id: gold[a.id] for a in articles}


def groups(stories):
    return sorted(sorted(s.articles) for s in stories)


def unit(*weights):
    v = np.zeros(384, dtype=np.float32)
    v[: len(weights)] = weights
    return v / np.linalg.norm(v)


def records(*rows):
    """Keyed records from (id, vector, entities, day) rows; the texts are the ids,
    too short for MinHash bands, so only the vector buckets can bring pairs together."""
    articles = [Article(id=i, origin=i, title=i, published=None, text=i) for i, *_ in rows]
    features = [ArticleFeatures(i, i, v, frozenset(ents), day) for i, v, ents, day in rows]
    return keyed_records(articles, features)


# Local and Ray -------------------------------------------------------------------

def test_local_and_ray_give_identical_stories_on_real_articles(ray_session, allsides):
    articles, features, _ = allsides
    mine = keyed_records(articles, features)
    local = group_local(mine)
    assert group_ray(mine, shards=3) == local
    assert len(local) < len(articles)  # something was grouped: the comparison means something


def test_ray_takes_undated_articles_and_articles_naming_no_one(ray_session):
    """Ray infers each block's column types on its own: blocks holding only
    undated articles, or only articles without entities, must still join."""
    rng = np.random.default_rng(7)
    base = unit(3)
    rows = [(f"u{n}", base + 0.05 * rng.standard_normal(len(base)), (), None) for n in range(6)]
    rows += [(f"d{n}", unit(100 + n), ("p:quill",), DAY + n) for n in range(6)]
    mine = records(*[(i, v / np.linalg.norm(v), e, d) for i, v, e, d in rows])
    assert group_ray(mine, shards=5) == group_local(mine)


def test_keyed_grouping_of_real_articles_is_close_to_gold(allsides):
    # Dev-set figure: B-cubed F1 0.894 over all of AllSides dev. A broken key
    # (pairs that never meet) or guard (everything chained) falls far below.
    articles, features, gold = allsides
    stories = group_local(keyed_records(articles, features))
    predicted = {a: s.id for s in stories for a in s.articles}
    assert bcubed(predicted, gold)["f1"] >= 0.85


def test_shuffled_input_gives_the_same_stories(allsides):
    articles, features, _ = allsides
    order = list(range(len(articles)))
    random.Random(3).shuffle(order)
    first = group_local(keyed_records(articles, features))
    again = group_local(keyed_records([articles[i] for i in order], [features[i] for i in order]))
    assert again == first
    assert all(list(s.articles) == sorted(s.articles) for s in first)


def test_story_ids_come_from_the_founding_article():
    rows = [("b", unit(1, 0.1), {"g:ardenne"}, DAY + 1), ("a", unit(1, 0.12), {"g:ardenne"}, DAY)]
    (story,) = group_local(records(*rows))
    assert story.id == content_id("s", "a")  # the earliest article, as the incremental one does
    assert (story.first_date, story.last_date) == ("2024-03-04", "2024-03-05")


# What meets, and what must not be joined ------------------------------------

PARAPHRASE = (
    Article(id="p1", origin="p1", title="Earthquake kills 14 in Ardenne",
            published="2024-03-04",
            text="A magnitude 6.1 earthquake struck the mountain town of Ardenne early on "
                 "Tuesday, killing at least 14 people and injuring more than 80, officials said. "
                 "Dozens of stone houses collapsed and the only road into the valley was cut. "
                 "The army sent two helicopters and a field hospital, and schools will stay "
                 "closed for the rest of the week."),
    Article(id="p2", origin="p2", title="Ardenne quake leaves fourteen dead",
            published="2024-03-04",
            text="Fourteen residents of Ardenne died when a strong tremor, measured at 6.1, "
                 "shook the hillside community before dawn on Tuesday; authorities report over "
                 "eighty hurt. Many old masonry homes fell down, and landslides blocked the "
                 "single route to the valley. Soldiers flew in by helicopter with a mobile "
                 "clinic, while classes were cancelled until next Monday."),
    Article(id="x", origin="x", title="Central bank holds rates",
            published="2024-03-04",
            text="The central bank left its main interest rate unchanged on Tuesday, saying "
                 "inflation had eased for a third month but that wage growth remained too "
                 "strong to start cutting. Markets had expected the decision, and the currency "
                 "barely moved after the announcement in the capital this afternoon."),
)


def test_a_paraphrase_with_no_shared_shingle_meets_through_the_vector_buckets():
    p1, p2, other = keyed_records(PARAPHRASE)
    assert not shingles(PARAPHRASE[0].text) & shingles(PARAPHRASE[1].text)
    assert len(p1.bands) > MINHASH_BANDS  # both have MinHash bands, and share none
    shared = set(bucket_keys(p1)) & set(bucket_keys(p2))
    assert shared and all(int(key.split("|")[1]) >= MINHASH_BANDS for key in shared)
    assert groups(group_local([p1, p2, other])) == [["p1", "p2"], ["x"]]


def test_the_same_event_weeks_apart_is_not_joined():
    # Identical vectors and cast: only the dates differ.
    apart = records(("a", unit(1, 0.2), {"g:ardenne"}, DAY),
                    ("b", unit(1, 0.2), {"g:ardenne"}, DAY + 3 * 7))
    assert groups(group_local(apart)) == [["a"], ["b"]]
    near = records(("a", unit(1, 0.2), {"g:ardenne"}, DAY),
                   ("b", unit(1, 0.2), {"g:ardenne"}, DAY + 2))
    assert groups(group_local(near)) == [["a", "b"]]


def test_daily_follow_ups_do_not_chain_past_the_window():
    daily = records(*[(f"d{k:02d}", unit(1, 0.2), {"o:un"}, DAY + k) for k in range(21)])
    stories = group_local(daily)
    for story in stories:
        span = dt.date.fromisoformat(story.last_date) - dt.date.fromisoformat(story.first_date)
        assert span.days <= WINDOW_DAYS
    assert len(stories) < len(daily)


def test_a_chain_of_drifting_articles_is_not_one_story():
    # Neighbours are at cosine 0.8, the ends at -0.8: single-link components
    # would make one story of them; the centroid guard must not.
    angle = np.arccos(0.8)
    chain = records(*[(f"c{k}", unit(np.cos(k * angle), np.sin(k * angle)), (), DAY)
                      for k in range(6)])
    buckets = {}
    for r in chain:
        for key in bucket_keys(r):
            buckets.setdefault(key, []).append(r)
    edges = [e for key, rs in buckets.items() for e in score_bucket(key, rs)]
    linked = {(e.a, e.b) for e in edges}
    assert {(f"c{k}", f"c{k + 1}") for k in range(5)} <= linked  # the input does chain
    stories = group_local(chain)
    assert len(stories) >= 2
    assert not any({"c0", "c5"} <= set(s.articles) for s in stories)


def test_an_undated_article_meets_a_dated_story():
    rows = records(("a", unit(1, 0.2), {"g:ardenne"}, DAY), ("b", unit(1, 0.22), {"g:ardenne"}, None),
                   ("c", unit(0, 1), set(), DAY))
    assert groups(group_local(rows)) == [["a", "b"], ["c"]]


def test_each_pair_is_scored_in_one_bucket_only(allsides):
    articles, features, _ = allsides
    mine = keyed_records(articles, features)
    buckets = {}
    for r in mine:
        for key in bucket_keys(r):
            buckets.setdefault(key, []).append(r)
    pairs = [(e.a, e.b) for key, rs in buckets.items() for e in score_bucket(key, rs)]
    assert pairs and len(pairs) == len(set(pairs))


# Errors ----------------------------------------------------------------------

def test_without_ray_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setitem(sys.modules, "ray.data", None)
    with pytest.raises(InputError, match=r"crosscheck\[ray\]"):
        group_ray(records(("a", unit(1), (), DAY)))


def test_unknown_runner_and_repeated_ids_are_refused():
    with pytest.raises(InputError, match="runner"):
        group_articles(PARAPHRASE, runner="spark")
    twice = records(("a", unit(1), (), DAY), ("a", unit(1), (), DAY))
    with pytest.raises(InputError, match="share an id"):
        assemble_stories(twice, [])
