import datetime as dt

import numpy as np

from crosscheck.group import cluster_articles
from crosscheck.group.features import ArticleFeatures, day_of, entity_keys
from crosscheck.group.stories import ClusterState, cluster_features, stories_of
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
