import datetime as dt

import numpy as np

from crosscheck.group import cluster_articles
from crosscheck.group.features import ArticleFeatures, day_of, entity_keys
from crosscheck.group.stories import (SPLIT_MIN_SIDE, ClusterState, cluster_features, stories_of,
                                      two_events)
from crosscheck.models import content_id

DAY = dt.date(2024, 3, 4).toordinal()


def vec(*weights):
    v = np.zeros(384, dtype=np.float32)
    v[: len(weights)] = weights
    return v / np.linalg.norm(v)


def feat(aid, v, ents=(), day=DAY, title=None):
    return ArticleFeatures(aid, title or aid, v, frozenset(ents), day)


def groups(state):
    return sorted(sorted(s.articles) for s in state.stories)


QUAKE = vec(1, 0.2, 0)
QUAKE_2 = vec(1, 0.25, 0.05)


def test_same_event_joins_one_story():
    state = cluster_features([feat("a", QUAKE, {"g:ardenne"}), feat("b", QUAKE_2, {"g:ardenne"})])
    assert groups(state) == [["a", "b"]]


def test_two_quakes_in_one_week_in_different_places_stay_apart():
    # Embeddings alone put them together (cosine 0.85); the places differ.
    state = cluster_features([
        feat("a", vec(1, 0.6, 0), {"g:ardenne", "o:red cross"}),
        feat("b", vec(1, 0, 0.6), {"g:valmont", "p:rossi"}, day=DAY + 2)])
    assert groups(state) == [["a"], ["b"]]


def test_the_same_kind_of_event_a_month_later_stays_apart():
    state = cluster_features([feat("a", QUAKE, {"g:ardenne"}),
                              feat("b", QUAKE, {"g:ardenne"}, day=DAY + 30)])
    assert groups(state) == [["a"], ["b"]]


def test_undated_articles_still_cluster():
    state = cluster_features([feat("a", QUAKE, {"g:ardenne"}, day=None),
                              feat("b", QUAKE_2, {"g:ardenne"}, day=None),
                              feat("c", QUAKE_2, {"g:ardenne"})])
    assert groups(state) == [["a", "b", "c"]]


def test_unrelated_articles_start_their_own_stories():
    state = cluster_features([feat("a", vec(1, 0, 0)), feat("b", vec(0, 1, 0))])
    assert groups(state) == [["a"], ["b"]]


def test_story_id_headline_and_dates():
    state = cluster_features([feat("a", vec(1, 0.5, 0), day=DAY, title="Odd angle"),
                              feat("b", QUAKE, day=DAY + 1, title="Quake hits Ardenne"),
                              feat("c", vec(1, 0.1, 0.1), day=DAY + 2, title="Ardenne quake toll rises")])
    [story] = stories_of(state)
    assert story.id == content_id("s", "a")
    assert story.headline == "Quake hits Ardenne"
    assert (story.first_date, story.last_date) == ("2024-03-04", "2024-03-06")


def test_deterministic_and_incremental():
    feats = [feat(f"x{i}", vec(1, 0.1 * (i % 3), (i % 2) * 0.5), {f"g:p{i % 2}"}) for i in range(12)]
    one = cluster_features(feats)
    assert groups(one) == groups(cluster_features(feats))
    two = cluster_features(feats[6:], cluster_features(feats[:6]))
    assert isinstance(two, ClusterState) and two.arrivals == 12
    assert sorted(a for s in two.stories for a in s.articles) == sorted(f.id for f in feats)


def test_converging_stories_merge():
    # Two stories start apart and a bridging article joins one of them: the
    # grown story now lies close enough to the other to merge with it.
    # a and b: cosine 0.47, too far to join; c and d lie between them.
    state = cluster_features([feat("a", vec(1, 0.6)), feat("b", vec(1, -0.6)),
                              feat("c", vec(1, 0)), feat("d", vec(1, 0))])
    assert groups(state) == [["a", "b", "c", "d"]]
    assert state.merged


def test_entity_keys_key_people_by_surname_and_drop_other_labels():
    keys = entity_keys([("Bettie Page", "PERSON"), ("the Fed", "ORG"), ("Paris", "GPE"),
                        ("Thursday", "DATE"), ("85", "CARDINAL")])
    assert keys == {"p:page", "o:fed", "g:paris"}


def test_day_of_refuses_vague_dates():
    assert day_of("2024-03-04") == DAY
    assert day_of("2024-03") is None and day_of(None) is None and day_of("2024-13-40") is None


def test_cluster_articles_end_to_end(make_article):
    arts = [
        make_article("q1", "A strong earthquake struck Ardenne on Tuesday, killing 14 people.",
                     title="Earthquake kills 14 in Ardenne", published="2024-03-05"),
        make_article("q2", "At least 14 people died when a quake hit the town of Ardenne.",
                     title="Quake in Ardenne leaves 14 dead", published=None),
        make_article("b1", "The city council of Lyon approved a new budget for parks.",
                     title="Lyon council passes budget", published="2024-03-05"),
    ]
    stories, state = cluster_articles(arts)
    assert sorted(sorted(s.articles) for s in stories) == [["b1"], ["q1", "q2"]]
    again, same = cluster_articles(arts, state)
    assert [s.articles for s in again] == [s.articles for s in stories]
    assert same.arrivals == 3


# Splitting: two events that share their main actor, each with a cast of its own.
FIGHT = vec(1, 0.3, 0)
FIGHT_2 = vec(1, 0.3, 0.25)  # cosine 0.97 with FIGHT: the embeddings cannot tell them apart


def test_two_events_needs_a_cast_of_its_own_on_each_side():
    rahman = [frozenset({"p:klitschko", "p:rahman"})] * 4
    thompson = [frozenset({"p:klitschko", "o:thompson"})] * 4
    assert two_events(rahman, thompson)
    # Must reject: one side only adds a name, the other has nothing of its own.
    assert not two_events(rahman, [frozenset({"p:klitschko"})] * 4)
    # Must reject: a name the other side gives even once is no one's own cast.
    assert not two_events(rahman, thompson[:3] + [frozenset({"p:klitschko", "p:rahman"})])
    # Must reject: halves under SPLIT_MIN_SIDE articles.
    assert not two_events(rahman[:SPLIT_MIN_SIDE - 1], thompson)
    # A label change is not a different name: "Sukanya" the person and the place.
    assert not two_events([frozenset({"p:sukanya", "g:aden"})] * 4,
                          [frozenset({"g:sukanya", "g:aden"})] * 4)


def test_sibling_events_sharing_their_cast_split_apart():
    feats = []
    for n in range(5):
        feats.append(feat(f"r{n}", FIGHT, {"p:klitschko", "p:rahman"}, day=None))
        feats.append(feat(f"t{n}", FIGHT_2, {"p:klitschko", "o:thompson"}, day=None))
    state = cluster_features(feats)
    assert groups(state) == [[f"r{n}" for n in range(5)], [f"t{n}" for n in range(5)]]
    # The story of the first article keeps its id; the split-off part gets a new one.
    ids = {s.articles[0]: s.id for s in state.stories}
    assert ids["r0"] == content_id("s", "r0") and ids["t0"] == content_id("s", "split", "t0")


def test_one_event_with_a_shifting_cast_does_not_split():
    # Must reject: every article names the fighter; the extras are passing names
    # that some articles of both halves give.
    feats = [feat(f"a{n}", FIGHT if n % 2 else FIGHT_2,
                  {"p:klitschko", "g:bern" if n % 3 else "p:rahman"}, day=None)
             for n in range(10)]
    assert groups(cluster_features(feats)) == [sorted(f"a{n}" for n in range(10))]


def test_a_split_is_the_same_in_one_batch_or_two_and_survives_persisting():
    from crosscheck.group.persist import state_from_bytes, state_to_bytes

    feats = [feat(f"{k}{n}", v, {"p:klitschko", name}, day=DAY + n % 2)
             for n in range(5) for k, v, name in (("r", FIGHT, "p:rahman"),
                                                  ("t", FIGHT_2, "o:thompson"))]
    whole = cluster_features(feats)
    halves = cluster_features(feats[5:], state_from_bytes(state_to_bytes(
        cluster_features(feats[:5]))))
    assert groups(whole) == groups(halves)
    back = state_from_bytes(state_to_bytes(whole))
    assert [s.member_entities for s in back.stories] == [s.member_entities for s in whole.stories]
    assert [s.member_days for s in back.stories] == [s.member_days for s in whole.stories]
    assert {(s.first_day, s.last_day) for s in back.stories} == {(DAY, DAY + 1)}


def test_a_state_stored_before_splits_existed_loads_and_never_splits_its_old_stories():
    import json

    from crosscheck.group.persist import state_from_bytes, state_to_bytes

    old = json.loads(state_to_bytes(cluster_features(
        [feat(f"r{n}", FIGHT, {"p:klitschko", "p:rahman"}, day=None) for n in range(4)])))
    for story in old["stories"]:
        del story["member_entities"], story["member_days"]
    state = state_from_bytes(json.dumps(old).encode())
    # Must reject the split: the old members' names are unknown, so no cast of their own.
    state = cluster_features([feat(f"t{n}", FIGHT_2, {"p:klitschko", "o:thompson"}, day=None)
                              for n in range(4)], state)
    assert groups(state) == [["r0", "r1", "r2", "r3", "t0", "t1", "t2", "t3"]]



def test_an_untitled_article_is_known_by_its_first_line_cut_at_a_word(make_article):
    from crosscheck.group.features import UNTITLED_TITLE_CHARS, title_of

    line = ("The bell at St Agnes rang once for every miner confirmed dead, more than forty "
            "times in all, and the crowd on Kestrel Falls Road stood bareheaded in the rain.")
    title = title_of(make_article("a", line + "\nMore text."))
    assert title.endswith(" on Kestrel…") and len(title) <= UNTITLED_TITLE_CHARS
    assert line.startswith(title[:-1]), "whole words, in order"
    for text, expected in [
            ("Short first line\nrest", "Short first line"),          # not cut: no ellipsis
            ("word " * 23 + "wordy, and more", "word " * 22 + "word…"),  # "wordy" would not fit
            ("x" * 200, "x" * (UNTITLED_TITLE_CHARS - 1) + "…")]:     # no word boundary at all
        assert title_of(make_article("a", text)) == expected
    assert title_of(make_article("a", line, title="  A Title  ")) == "A Title"
