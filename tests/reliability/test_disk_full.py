"""A full disk during ingest or an upload: the store stays whole, the user gets
one line saying so (no chained traceback), the web answers 507 with a reason.

The full disk is SQLite's own: ``PRAGMA max_page_count`` makes the store
refuse to grow, with the same SQLITE_FULL error a full file system gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import run_bounded

from crosscheck.errors import StoreError, StoreFull
from crosscheck.pipeline import ingest
from crosscheck.store import SQLiteStore, open_store

# What a browser on this site sends with a post (the API refuses posts that show no origin).
SAME_ORIGIN = {"origin": "http://127.0.0.1"}
SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"
FILL = ("Port workers at Kessel Bay stopped work on Tuesday, the union said. " * 200)


def _cap(store: SQLiteStore, spare_pages: int) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_a_full_disk_undoes_the_batch_whole_and_says_so(tmp_path):
    store = open_store(tmp_path / "full.db")
    try:
        _cap(store, 20)
        with pytest.raises(StoreFull) as caught:
            ingest([SAMPLE], store)
        assert str(caught.value) == (
            f"disk full: 0 articles stored in {tmp_path / 'full.db'}, nothing half-written; "
            "free space and run again")
        assert isinstance(caught.value, StoreError) and caught.value.__suppress_context__
        assert store.integrity_ok() and store.count_articles() == 0
        assert not store.db.in_transaction
        store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
        assert ingest([SAMPLE], store).new == 13
    finally:
        store.close()


CLI_ON_A_FULL_DISK = """
import sys
from crosscheck import cli
from crosscheck.store import sqlite

opened = sqlite.SQLiteStore.__init__

def full_after_opening(self, path, **options):
    opened(self, path, **options)
    pages = self.db.execute("PRAGMA page_count").fetchone()[0]
    self.db.execute(f"PRAGMA max_page_count = {pages + 40}")

sqlite.SQLiteStore.__init__ = full_after_opening
sys.argv = ["crosscheck", "ingest", sys.argv[1], "--db", sys.argv[2]]
cli.main()
"""


def test_the_ingest_command_says_disk_full_in_one_line(tmp_path):
    db = tmp_path / "full.db"
    done = run_bounded(CLI_ON_A_FULL_DISK, seconds=60, memory_mb=1500,
                       args=(str(SAMPLE), str(db)))
    assert done.returncode == 2, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and "cannot rollback" not in done.stderr
    [line] = [line for line in done.stderr.splitlines() if "disk full" in line]
    assert line.startswith("crosscheck: disk full: ") and \
        line.endswith("articles stored in " + str(db) + ", nothing half-written; "
                      "free space and run again"), done.stderr
    with open_store(db) as store:
        assert store.integrity_ok()


def test_an_upload_on_a_full_disk_answers_507(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    import crosscheck.web as web
    import crosscheck.web.stores

    db = tmp_path / "full.db"
    open_store(db).close()

    def full_store(path, **options):
        store = open_store(path, **options)
        _cap(store, 5)
        return store

    monkeypatch.setattr(crosscheck.web.stores, "open_store", full_store)  # each request's store
    client = TestClient(web.create_app(db), base_url="http://127.0.0.1",
                        headers=SAME_ORIGIN)
    response = client.post("/api/articles", json={"text": FILL, "title": "Dockers strike"})
    assert response.status_code == 507, response.text
    assert response.json()["error"] == {
        "code": "insufficient-storage",
        "message": "the server's disk is full: nothing of this request was stored; "
                   "try again once the operator frees space"}
    with open_store(db) as store:
        assert store.integrity_ok() and store.count_articles() == 0
