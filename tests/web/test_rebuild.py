"""Posts into one growing story: the post folds its article in, and a big story
is rebuilt in the background, at most once per interval, its page marked as
updating meanwhile (before, every post rebuilt the whole story: 4.8 s at 209
members). bench/bench_posts.py measures the latency over 2,000 posts."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

import crosscheck.story_build as story_build
import crosscheck.web as web
import crosscheck.web.rebuild as rebuild
from crosscheck.pipeline import rebuild_stale_stories, update_stories
from crosscheck.store import open_store

SAME_ORIGIN = {"origin": "http://127.0.0.1"}
SENTENCES = [
    "Rescuers at the Brannock colliery said 12 miners remain trapped after the collapse.",
    "The mine's owner said the roof of the east shaft gave way on Monday.",
    "Officials said 30 workers were brought to the surface by Monday evening.",
    "Families gathered at the Brannock gates as rescuers drilled a second shaft.",
    "Engineers said the air supply to the trapped miners was holding on Tuesday.",
]


def _article(number: int) -> dict:
    text = " ".join(SENTENCES[(number + k) % len(SENTENCES)] for k in range(4))
    return {"title": f"Brannock mine collapse: rescuers press on ({number})",
            "text": f"{text} Report {number}.", "published": "2025-03-11",
            "outlet": f"Outlet {number}"}


@pytest.fixture
def small_defer(monkeypatch):
    monkeypatch.setattr(web, "DEFER_FROM", 3)


def test_a_post_into_a_big_story_does_not_rebuild_it(tmp_path, small_defer, monkeypatch):
    released = threading.Event()
    rebuilt: list[int] = []

    def held_rebuild(db):  # the background rebuild, held until the test lets it go
        released.wait(30)
        rebuilt.append(1)
        return rebuild.rebuild_store(db)

    app = web.create_app(tmp_path / "posts.db")
    app.state.rebuilder.runner = held_rebuild
    client = TestClient(app, base_url="http://127.0.0.1", headers=SAME_ORIGIN)
    for number in range(1, 3):  # built by the posts themselves: small
        report = client.post("/api/articles", json=_article(number)).json()
        assert report["updating"] == []
    [story] = report["stories"]
    built: list[str] = []
    read_for_a_build = story_build._task  # every build reads its story's members first
    monkeypatch.setattr(story_build, "_task",
                        lambda store, s: built.append(s.id) or read_for_a_build(store, s))
    report = client.post("/api/articles", json=_article(3)).json()  # 3 articles: big
    assert report["stories"] == [story] and report["updating"] == [story["id"]]
    assert built == []  # the post did not rebuild the story it joined
    page = client.get(f"/stories/{story['id']}").text
    assert "Updating: new articles are joining this story" in page
    assert "(3)" not in page  # shown as it was
    released.set()
    while not app.state.rebuilder.idle():
        released.wait(0.05)
    assert rebuilt == [1]
    page = client.get(f"/stories/{story['id']}").text
    assert "Updating" not in page
    with open_store(tmp_path / "posts.db") as store:
        assert len(store.get_story(story["id"]).articles) == 3


def test_requests_within_the_interval_are_coalesced(tmp_path):
    rounds: list[int] = []
    first = threading.Event()
    go_on = threading.Event()

    def counted(db):
        rounds.append(1)
        first.set()
        go_on.wait(30)
        return ()

    rebuilder = rebuild.Rebuilder(str(tmp_path / "s.db"), every=0.2, runner=counted)
    rebuilder.request(["a"])
    first.wait(30)
    for _ in range(100):  # while the first round runs: all wait for one more round
        rebuilder.request(["b"])
    assert rebuilder.updating("a") and rebuilder.updating("b")
    go_on.set()
    while not rebuilder.idle():
        go_on.wait(0.05)
    assert len(rounds) == 2
    assert not rebuilder.updating("b")


def test_the_rebuild_runs_in_a_worker_process(tmp_path):
    from crosscheck.ingest import read_bytes
    from crosscheck.pipeline import extract, ingest_items
    from crosscheck.web import pasted_record

    db = tmp_path / "s.db"
    with open_store(db) as store:
        for number in range(1, 4):
            ingest_items(read_bytes("a.json", pasted_record(_article(number))), store)
        extract(store)
        [deferred] = update_stories(store, defer=lambda story: True).deferred
    rebuilder = rebuild.Rebuilder(str(db))
    assert rebuilder.runner(str(db)) == (deferred.id,)  # in the spawned worker
    with open_store(db) as store:
        assert len(store.get_story(deferred.id).articles) == 3


def test_deferred_stories_are_clustered_now_and_built_later(tmp_path):
    from crosscheck.pipeline import extract, ingest_items
    from crosscheck.ingest import read_bytes
    from crosscheck.web import pasted_record

    with open_store(tmp_path / "s.db") as store:
        for number in range(1, 4):
            ingest_items(read_bytes("a.json", pasted_record(_article(number))), store)
        extract(store)
        update = update_stories(store, defer=lambda story: True)
        [deferred] = update.deferred
        assert len(deferred.articles) == 3 and update.changed == ()
        assert store.count_stories() == 0
        assert update_stories(store, defer=lambda story: True).deferred == (deferred,)
        assert rebuild_stale_stories(store) == (deferred.id,)
        assert len(store.get_story(deferred.id).articles) == 3
        assert rebuild_stale_stories(store) == ()
