"""Stores crosscheck cannot use as it would: in a read-only place, or written by
a newer crosscheck. ``serve`` says so when it starts (and serves a read-only
store read-only) instead of answering every request 400 "StoreError"; the
commands that only read read a read-only store; the others say why they cannot
write it (before: "unable to open database file (is it a crosscheck
database?)").

A read-only place is made with file modes; as root, who may write anything,
each case drops to the user ``nobody`` once its modules are loaded."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from reliability_support import run_bounded

from crosscheck.pipeline import ingest
from crosscheck.store import open_store
from crosscheck.store.migrations import MIGRATIONS

ARTICLE = b"Harbour ferries idle\n\nAt least 12 ferries were idle on Monday, the port said.\n"

IMPORTS = """
import os, sys
import encodings.unicode_escape  # what jinja2 imports on first use, as nobody could not
import crosscheck.cli, crosscheck.web, crosscheck.web.server, crosscheck.web.api
import crosscheck.web.pages, crosscheck.store.sqlite
from fastapi.testclient import TestClient
"""
AS_NOBODY = IMPORTS + """
if os.geteuid() == 0:  # root writes anything: be a user a read-only place stops
    os.setgid(65534)
    os.setuid(65534)
"""

SERVING = """
def run(app, host, port, **options):  # instead of uvicorn: a few requests, then stop
    client = TestClient(app, base_url="http://127.0.0.1")
    for method, path in (("GET", "/"), ("GET", "/api/stories"), ("GET", "/add"),
                         ("POST", "/api/articles")):
        answer = client.request(method, path, headers={"origin": "http://127.0.0.1"},
                                json={"text": "Port workers stopped work on Tuesday, the union said."})
        shown = answer.json()["error"]["message"] if path.startswith("/api/") and \\
            answer.status_code != 200 else ""
        print(method, path, answer.status_code, shown)
        if path == "/add":
            print("notice" if "served read-only" in answer.text else "no notice")

crosscheck.web.server.run = run
sys.argv = ["crosscheck", "serve", "--db", sys.argv[1]]
crosscheck.cli.main()
"""
SERVE = IMPORTS + SERVING
SERVE_AS_NOBODY = AS_NOBODY + SERVING

COMMAND = AS_NOBODY + """
sys.argv = ["crosscheck", *sys.argv[2:], "--db", sys.argv[1]]
crosscheck.cli.main()
"""


@pytest.fixture
def read_only_store():
    """A store with one article in a folder and file nobody may write."""
    folder = Path(tempfile.mkdtemp(prefix="crosscheck-ro-", dir="/tmp"))
    try:
        (folder / "in").mkdir()
        (folder / "in" / "ferries.txt").write_bytes(ARTICLE)
        db = folder / "store" / "news.db"
        with open_store(db) as store:
            assert ingest([folder / "in"], store).new == 1
        db.chmod(0o444)
        db.parent.chmod(0o555)
        folder.chmod(0o755)  # /tmp/pytest-of-root is not: this folder is its own
        yield db
    finally:
        for path in (folder, folder / "store"):
            if path.exists():
                path.chmod(0o755)
        shutil.rmtree(folder)


def test_serve_serves_a_read_only_store_read_only(read_only_store):
    before = read_only_store.read_bytes()
    done = run_bounded(SERVE_AS_NOBODY, seconds=60, memory_mb=1500,
                       args=(str(read_only_store),))
    assert done.returncode == 0, done.stderr[-3000:]
    stderr = " ".join(done.stderr.split())
    assert f"crosscheck: cannot write the store {read_only_store}: the file is read-only: " \
           "it is served read-only (adding articles is refused)" in stderr, stderr
    assert f"serving {read_only_store} read-only on http://127.0.0.1:8000/" in stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["GET / 200 ", "GET /api/stories 200 "], lines
    assert lines[2:4] == ["GET /add 200 ", "notice"], lines
    assert lines[4] == ("POST /api/articles 403 this store is served read-only (its file, "
                        "folder or file system cannot be written): nothing can be added"), lines
    assert read_only_store.read_bytes() == before
    assert sorted(p.name for p in read_only_store.parent.iterdir()) == ["news.db"]


def test_reading_commands_read_a_read_only_store_and_writers_say_why_not(read_only_store):
    done = run_bounded(COMMAND, seconds=60, memory_mb=1500,
                       args=(str(read_only_store), "articles"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Harbour ferries idle" in done.stdout
    done = run_bounded(COMMAND, seconds=60, memory_mb=1500,
                       args=(str(read_only_store), "ingest", str(read_only_store)))
    assert done.returncode == 2, done.stderr[-3000:]
    assert " ".join(done.stderr.split()) == \
        f"crosscheck: cannot write the store {read_only_store}: the file is read-only"
    assert "is it a crosscheck database" not in done.stderr


def test_serve_refuses_a_new_store_in_a_read_only_folder(read_only_store):
    db = read_only_store.parent / "new.db"
    done = run_bounded(SERVE_AS_NOBODY, seconds=60, memory_mb=1500, args=(str(db),))
    assert done.returncode == 2, done.stderr[-3000:]
    assert " ".join(done.stderr.split()) == (
        f"crosscheck: cannot write the store {db}: its folder {db.parent} is read-only "
        "(SQLite writes its journal files beside the store)")
    assert done.stdout == ""  # no request was served


def test_serve_refuses_a_store_of_a_newer_crosscheck(tmp_path):
    db = tmp_path / "newer.db"
    open_store(db).close()
    newer = sqlite3.connect(db)
    newer.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    newer.close()
    done = run_bounded(SERVE, seconds=60, memory_mb=1500, args=(str(db),))
    assert done.returncode == 2, done.stderr[-3000:]
    assert " ".join(done.stderr.split()) == (
        f"crosscheck: {db} was written by a newer crosscheck (schema {len(MIGRATIONS) + 1} > "
        f"{len(MIGRATIONS)}); upgrade crosscheck to read it")
    assert done.stdout == ""


def test_a_store_opened_read_only_is_never_written(tmp_path):
    db = tmp_path / "news.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ferries.txt").write_bytes(ARTICLE)
    with open_store(db) as store:
        ingest([tmp_path / "in"], store)
    before = db.read_bytes()
    with open_store(db, read_only=True) as store:
        assert store.count_articles() == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ingest([tmp_path / "in"], store)
    assert db.read_bytes() == before
    assert not os.path.exists(f"{db}-wal") or os.path.getsize(f"{db}-wal") == 0
