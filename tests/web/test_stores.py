"""The web's stores (web/stores.py): PostgreSQL stores kept open and lent to one
request at a time, on the tests' throwaway PostgreSQL server; SQLite opened
per request."""

from __future__ import annotations

import sqlite3
import time

import pytest
from fastapi.testclient import TestClient

from crosscheck.store import open_store
from crosscheck.web import create_app
from crosscheck.web.stores import StorePool

SAME_ORIGIN = {"origin": "http://127.0.0.1"}


def _sessions(url: str, expected: int) -> list[int]:
    """The server processes connected to the store's database, but this look's
    own, once there are ``expected`` of them or after 10 s: a server process
    leaves pg_stat_activity a moment after its client hung up."""
    import psycopg

    deadline = time.monotonic() + 10
    while True:
        with psycopg.connect(url, autocommit=True) as conn:
            pids = [pid for (pid,) in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() ORDER BY pid")]
        if len(pids) == expected or time.monotonic() > deadline:
            return pids
        time.sleep(0.05)


@pytest.fixture
def pg_store(postgres_url) -> str:
    open_store(postgres_url).close()  # made, empty
    return postgres_url


def test_requests_reuse_one_open_connection(pg_store):
    """Before the pool every request connected and hung up: no session was left
    between requests. Now the first request's session serves the next ones."""
    with TestClient(create_app(pg_store), base_url="http://127.0.0.1",
                    headers=SAME_ORIGIN) as client:
        assert client.get("/api/stories").status_code == 200
        [first] = _sessions(pg_store, 1)
        for path in ("/api/stories", "/", "/api/stories?q=port"):
            assert client.get(path).status_code == 200, path
        assert _sessions(pg_store, 1) == [first]
    assert _sessions(pg_store, 0) == []  # the server stopped: its connections ended


def test_a_store_is_lent_to_one_request_at_a_time(pg_store):
    pool = StorePool(pg_store, read_only=False, idle=1)
    with pool.store() as first, pool.store() as second:
        assert first is not second  # two requests at once: two sessions
        assert len(_sessions(pg_store, 2)) == 2
    assert len(_sessions(pg_store, 1)) == 1  # one kept idle, the one over the bound closed
    with pool.store() as again:
        assert again in (first, second)
        assert again.count_articles() == 0
    pool.close()
    assert _sessions(pg_store, 0) == []


def test_a_store_left_in_a_transaction_is_not_lent_again(pg_store):
    """A request that could not end its write must not hand its open
    transaction to the next request."""
    pool = StorePool(pg_store, read_only=False)
    with pool.store() as store:
        writing = store.transaction()
        writing.__enter__()  # a write whose block never ended
    with pool.store() as other:
        assert other is not store
    assert store.conn.raw.closed
    del writing
    pool.close()


def test_pooled_stores_survive_a_server_restart(pg_store, postgres_control):
    """An idle store's session ends with the server; the next request connects
    again (store/connection.py) instead of failing."""
    client = TestClient(create_app(pg_store), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    assert client.get("/api/stories").status_code == 200
    postgres_control("stop")
    postgres_control("start")
    assert client.get("/api/stories").status_code == 200
    assert client.get("/api/stories").status_code == 200


def test_an_sqlite_store_is_opened_per_request(tmp_path):
    """SQLite's connection belongs to the thread that made it, and a request's
    dependencies run on any thread: never kept."""
    path = tmp_path / "c.db"
    open_store(path).close()
    pool = StorePool(str(path), read_only=False)
    assert not pool.pooled
    with pool.store() as store:
        assert store.count_articles() == 0
    with pytest.raises(sqlite3.ProgrammingError):  # closed after its request
        store.count_articles()
    with pool.store() as other:
        assert other is not store
