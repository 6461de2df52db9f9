"""The clustering state in rows (group/persist.py): an update reads only the
stories still open to new articles, and gets the stories the whole state gives."""

import datetime as dt
import random

import numpy as np

from crosscheck.group import stories as clustering
from crosscheck.group.features import ArticleFeatures
from crosscheck.group.persist import (check_builds, load_open, save_open, state_to_bytes,
                                      story_from_bytes, with_entity_df)
from crosscheck.group.stories import ClusterState, cluster_features
from crosscheck.models import Article, RawDoc, Story

DAY = dt.date(2024, 3, 4).toordinal()
STAGES = "test-stages"


def fingerprint(article_ids, versions):
    return ",".join(sorted(article_ids))


def feats(n, seed=7):
    """``n`` articles on a dozen recurring topics, a few a day, some undated."""
    rng = random.Random(seed)
    topics = np.random.default_rng(seed).standard_normal((12, 384)).astype(np.float32)
    out = []
    for k in range(n):
        t = rng.randrange(12)
        v = topics[t] + 0.3 * np.random.default_rng(k).standard_normal(384).astype(np.float32)
        day = None if k % 17 == 0 else DAY + k // 4
        out.append(ArticleFeatures(f"a{k:04d}", f"title {k}", v / np.linalg.norm(v),
                                   frozenset({f"p:topic{t}", f"g:place{rng.randrange(30)}"}),
                                   day))
    return out


def all_rows(store):
    return [data for _, data in store.open_cluster_stories(-2**62, None)]


def test_only_stories_within_the_window_or_the_last_arrivals_are_read(store, monkeypatch):
    monkeypatch.setattr(clustering, "ACTIVE_ARRIVALS", 5)
    far = [ArticleFeatures(f"far{k}", "far", _unit(k), frozenset(), DAY - 60 + k)
           for k in range(3)]
    near = [ArticleFeatures(f"near{k}", "near", _unit(10 + k), frozenset(), DAY - 3 + k)
            for k in range(3)]
    undated = [ArticleFeatures(f"undated{k}", "undated", _unit(20 + k), frozenset(), None)
               for k in range(3)]
    # Arrival order: the far ones, then 6 near or undated ones: the far ones
    # are neither among the last 5 arrivals nor within a week of the newest day.
    state = cluster_features(far + near + undated)
    with store.transaction():
        save_open(store, None, state, (), STAGES)
    opened = load_open(store, fingerprint, STAGES)
    read = {a for s in opened.state.stories for a in s.articles}
    assert read == {"near0", "near1", "near2", "undated0", "undated1", "undated2"}
    assert len(all_rows(store)) == 9, "the far stories are kept, only not read"


def _unit(k):
    v = np.zeros(384, dtype=np.float32)
    v[k] = 1
    return v


def test_updates_over_rows_give_the_stories_of_the_whole_state(store, monkeypatch):
    monkeypatch.setattr(clustering, "ACTIVE_ARRIVALS", 30)
    articles = feats(240)
    whole = ClusterState()  # the same batches over the whole state, as before rows
    for start in range(0, len(articles), 60):
        whole = cluster_features(articles[start:start + 60], whole)
    for start in range(0, len(articles), 60):
        chunk = articles[start:start + 60]
        opened = load_open(store, fingerprint, STAGES)
        state = cluster_features(chunk, with_entity_df(
            store, opened.state if opened else ClusterState(), chunk))
        assert opened is None or len(opened.state.stories) < len(whole.stories) / 2
        with store.transaction():
            save_open(store, opened, state, {k for f in chunk for k in f.entities}, STAGES)
    rows = [story_from_bytes(data) for data in all_rows(store)]
    assert [(s.id, s.articles) for s in rows] == [(s.id, s.articles) for s in whole.stories]
    df = dict(whole.entity_df)
    assert store.entity_df(["p:topic3", "g:place0", "p:nobody"]) == \
        {"p:topic3": df["p:topic3"], "g:place0": df["g:place0"]}


def test_a_whole_state_blob_is_converted_and_good_builds_are_kept(store):
    state = cluster_features(feats(40))
    for a in (a for s in state.stories for a in s.articles):
        store.add_raw(RawDoc(a, f"{a}.txt", "text", "Text.", {}, "txt"))
        store.put_article(Article(id=a, origin=f"{a}.txt", title=None, published=None,
                                  text="Text.", stage="clean.v1"))
    assert store.unclustered_article_ids() == sorted(a for s in state.stories
                                                     for a in s.articles)
    good, stale = state.stories[0], state.stories[1]
    store.put_stories([Story(id=good.id, headline="h", articles=good.articles,
                             fingerprint=fingerprint(good.articles, {})),
                       Story(id=stale.id, headline="h", articles=stale.articles,
                             fingerprint="an older build")], replace=False)
    with store.transaction():
        store.put_cluster_state(state_to_bytes(state))
    opened = load_open(store, fingerprint, STAGES)
    assert opened is not None
    assert len(all_rows(store)) == len(state.stories)
    assert store.unclustered_article_ids() == []
    unbuilt = store.unbuilt_cluster_stories()
    assert good.id not in unbuilt and stale.id in unbuilt
    assert {s.id for s in state.stories[2:]} <= unbuilt, "never built: to build"
    # Checked once: a second load does not check again (it would find the same).
    store.mark_cluster_built(stale.id, {a: "v" for a in stale.articles})
    load_open(store, fingerprint, STAGES)
    assert stale.id not in store.unbuilt_cluster_stories()
    check_builds(store, fingerprint, STAGES)
    assert stale.id in store.unbuilt_cluster_stories(), "a check compares fingerprints again"


def test_an_article_written_again_makes_its_story_to_build(store):
    for a in ("a1", "a2"):
        store.add_raw(RawDoc(a, f"{a}.txt", "text", "Text.", {}, "txt"))
        store.put_article(Article(id=a, origin=f"{a}.txt", title=None, published=None,
                                  text="Text.", stage="clean.v1"))
    store.put_cluster_members([("a1", "s1"), ("a2", "s2")])
    store.mark_cluster_built("s1", {"a1": "clean.v1|"})
    store.mark_cluster_built("s2", {"a2": "clean.v1|"})
    assert store.unbuilt_cluster_stories() == set()
    store.put_article(Article(id="a1", origin="a1.txt", title=None, published=None,
                              text="Text, cleaned again.", stage="clean.v2"))
    assert store.unbuilt_cluster_stories() == {"s1"}
    store.set_claim_version("a2", "figures.v9")
    assert store.unbuilt_cluster_stories() == {"s1", "s2"}
