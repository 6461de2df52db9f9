"""Opening stores: URLs, migrations, schema versions, refusals. Tests named
``sqlite``/``postgres`` check what only one backend has."""

import hashlib
import sqlite3
import sys
import threading

import pytest

from crosscheck.errors import NoStore, StoreError
from crosscheck.store import PostgresStore, SQLiteStore, open_store
from crosscheck.store.migrations import MIGRATIONS
from crosscheck.store.failures import shown_url


def _set_schema_version(url: str, version: int) -> None:
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("UPDATE crosscheck_schema SET version = %s", (version,))
    else:
        db = sqlite3.connect(url)
        db.execute(f"PRAGMA user_version = {version}")
        db.close()


def test_open_store_picks_the_backend(store_url):
    with open_store(store_url) as store:
        expected = PostgresStore if store_url.startswith("postgresql://") else SQLiteStore
        assert type(store) is expected


def test_postgres_urls_may_say_postgres(postgres_url):
    with open_store(postgres_url.replace("postgresql://", "postgres://", 1)) as store:
        assert isinstance(store, PostgresStore) and store.path.startswith("postgres://")


def test_a_newer_store_is_refused(store_url):
    open_store(store_url).close()
    _set_schema_version(store_url, len(MIGRATIONS) + 1)
    with pytest.raises(StoreError, match="newer crosscheck"):
        open_store(store_url)


def test_the_sqlite_schema_steps_never_change():
    # Stores in the field were made by exactly this SQL: a change is a new step.
    # Each pin covers the steps released by then; a new step adds a pin.
    pins = {5: "9bffdb8ee1db7dd36bed19ec9ec608e2d6b9635f5ad9e04944479a51d0a3d414",
            6: "fce3a4df0317e35a37f25a1fee9f2324ace6a1869fc4569a0aa52b68e88a305d",
            7: "d7d60e7f2ee47e9ebeca37eb7199400103cfc8a2b6706e069fe1508db0295a0f",
            8: "4f86d8296c527d46b0b2758d6bd9b471cd4f44d65ebae391a5ff4698f9aa0036"}
    for steps, digest in pins.items():
        text = "\x00".join(step("sqlite") for step in MIGRATIONS[:steps])
        assert hashlib.sha256(text.encode()).hexdigest() == digest, steps
    assert len(MIGRATIONS) == max(pins)


def test_sqlite_migrations_and_reopening(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    with open_store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.integrity_ok()


def test_sqlite_refuses_what_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="crosscheck database"):
        open_store(path)


def test_postgres_records_its_schema_version_in_one_row(postgres_url):
    with open_store(postgres_url) as store:
        assert store.conn.execute("SELECT version FROM crosscheck_schema").fetchall() == \
            [(len(MIGRATIONS),)]


def test_the_test_server_sorts_unlike_sqlite(postgres_url):
    """The byte-order tests of test_store.py mean something only if the
    server's own collation orders otherwise (tests/conftest.py asks for ICU)."""
    with open_store(postgres_url) as store:
        icu = store.conn.execute("SELECT datlocprovider = 'i' FROM pg_database "
                                 "WHERE datname = current_database()").fetchone()[0]
        if not icu:
            pytest.skip("this PostgreSQL has no ICU: the order tests cannot tell collations apart")
        assert store.conn.execute("SELECT 'a' < 'B'").fetchone()[0] is True


def test_openers_at_once_migrate_once(store_url):
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            open_store(store_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(store_url) as store:
        assert store.integrity_ok()


def test_postgres_integrity_check_notices_a_missing_table(postgres_url):
    with open_store(postgres_url) as store:
        assert store.integrity_ok()
        store.conn.execute("DROP TABLE shards")
        assert not store.integrity_ok()


def test_postgres_refuses_a_database_that_is_not_a_store(postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE raw_docs (something_else INTEGER)")
    with pytest.raises(StoreError, match="crosscheck database"):
        open_store(postgres_url)


def test_postgres_store_without_psycopg_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    with pytest.raises(StoreError, match=r"pip install 'crosscheck\[postgres\]'"):
        open_store("postgresql://localhost/crosscheck")


def test_an_unreachable_server_is_named_without_its_password(tmp_path):
    url = f"postgresql://reader:s3cret@/crosscheck?host={tmp_path}&password=s3cret"
    with pytest.raises(StoreError, match="server running") as caught:
        open_store(url)
    assert "s3cret" not in str(caught.value)
    assert "reader@" in str(caught.value)


@pytest.mark.parametrize("url, shown", [
    ("postgresql://u:pw@db.example:5433/news", "postgresql://u@db.example:5433/news"),
    ("postgres://db.example/news?password=pw&sslmode=require",
     "postgres://db.example/news?sslmode=require"),
    ("postgresql:///news?host=/run/postgresql", "postgresql:///news?host=/run/postgresql"),
])
def test_urls_are_shown_without_passwords(url, shown):
    assert shown_url(url) == shown


@pytest.mark.parametrize("url, message", [
    ("mysql://localhost/x", "unknown store URL"),
    ("postgresql:/localhost/x", "lost a '/'"),  # what pathlib.Path makes of a URL
])
def test_unsupported_urls(url, message):
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_opening_an_existing_store_only_never_makes_one(store_url, tmp_path):
    with pytest.raises(NoStore, match="no store at") as refused:
        open_store(store_url, create=False)
    assert "crosscheck " not in str(refused.value)  # the CLI adds its own hint
    assert isinstance(refused.value, StoreError)
    if not store_url.startswith("postgresql://"):
        assert list(tmp_path.iterdir()) == []  # no file, no lock, no WAL left behind
    open_store(store_url).close()  # made on purpose: now it opens
    open_store(store_url, create=False).close()


def test_sqlite_refuses_another_programs_database_untouched(tmp_path):
    path = tmp_path / "app.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE users (name TEXT)")
    other.execute("PRAGMA user_version = 3")  # its own schema version
    other.commit()
    other.close()
    before = path.read_bytes()
    for create in (True, False):
        with pytest.raises(StoreError, match="another program's SQLite database") as refused:
            open_store(path, create=create)
        assert not isinstance(refused.value, NoStore)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db"]


def test_sqlite_an_empty_file_becomes_a_store_only_when_asked(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(NoStore, match="the file is empty"):
        open_store(path, create=False)
    assert path.stat().st_size == 0
    open_store(path).close()
    open_store(path, create=False).close()
