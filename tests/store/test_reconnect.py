"""The PostgreSQL store after its server restarted: the next call connects
again and goes on, or, when the lost session held a write or the story
update, fails in one line saying the server went away; the call after that
connects again. The throwaway server of tests/conftest.py is stopped and
started for real ("fast" stop: every session is ended)."""

from __future__ import annotations

import pytest

from crosscheck.errors import StoreError
from crosscheck.models import RawDoc
from crosscheck.pipeline import ingest
from crosscheck.store import open_store


def _raw(number: int) -> RawDoc:
    return RawDoc.make(f"note-{number}.txt", "text", f"Note number {number} about the mine.")


def _restart(pg_ctl) -> None:
    pg_ctl("stop")
    pg_ctl("start")


def test_a_restart_between_writes_is_survived(postgres_url, postgres_control, sample_dir,
                                              tmp_path):
    store = open_store(postgres_url)
    files = []

    def restart_after_the_third_file(path):
        files.append(path)
        if len(files) == 3:
            _restart(postgres_control)

    report = ingest(sample_dir, store, progress=restart_after_the_third_file)
    assert len(files) > 3 and not report.refused
    assert store.conn.sessions == 2  # the write after the restart connected again
    with open_store(tmp_path / "reference.db") as reference:
        ingest(sample_dir, reference)
        assert store.articles() == reference.articles()
    _restart(postgres_control)
    assert store.count_articles() == report.new  # a read, first call after the restart
    assert store.conn.sessions == 3
    store.close()


def test_a_restart_during_a_write_fails_in_one_line_and_undoes_it(postgres_url,
                                                                   postgres_control):
    store = open_store(postgres_url)
    store.add_raw(_raw(1))
    with pytest.raises(StoreError) as caught:
        with store.transaction():
            store.add_raw(_raw(2))
            _restart(postgres_control)
            store.add_raw(_raw(3))
    message = str(caught.value)
    assert message.startswith("the PostgreSQL server of postgresql://postgres@/")
    assert "went away during a write, which was undone whole" in message
    assert "run the same command again" in message and "\n" not in message
    assert [r.id for r in store.raw_docs()] == [_raw(1).id]  # reconnected; 2 was undone
    assert store.add_raw(_raw(2)) is True
    store.close()


def test_a_restart_during_the_story_update_stops_it(postgres_url, postgres_control):
    store = open_store(postgres_url)
    with pytest.raises(StoreError, match="went away during the story update, which stopped"):
        with store.story_lock():
            store.count_articles()
            _restart(postgres_control)
            store.count_articles()  # the lock went with the session: not silently retaken
    with store.story_lock():  # a new session; the old session's lock is gone
        assert store.count_articles() == 0
    store.close()


def test_a_server_that_stays_away_is_one_line(postgres_url, postgres_control):
    store = open_store(postgres_url)
    postgres_control("stop")
    with pytest.raises(StoreError) as caught:
        store.count_articles()
    message = str(caught.value)
    assert "went away and cannot be reached again" in message and "\n" not in message
    assert "check that it is running" in message
    postgres_control("start")
    assert store.count_articles() == 0  # and once it is back, the store goes on
    store.close()
