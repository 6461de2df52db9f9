"""The real pipeline (ingest, extract, build_stories over examples/sample) into
each store: PostgreSQL ends with what SQLite ends with, and two writers at once
end with what one writer ends with."""

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from crosscheck.ingest import list_files
from crosscheck.pipeline import build_stories, extract, ingest
from crosscheck.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"


def _contents(store) -> dict:
    """Everything the pipeline wrote, in the store's own orders (raw documents
    by id: their order is the order two writers happened to write them)."""
    articles = store.articles()
    return {"raw": sorted(r.id for r in store.raw_docs()), "articles": articles,
            "claims": store.claims([a.id for a in articles]), "refusals": store.refusals(),
            "stories": store.stories(), "summaries": store.story_summaries(),
            "shards": store.shards()}


@pytest.fixture(scope="module")
def one_sqlite_run(tmp_path_factory) -> dict:
    with open_store(tmp_path_factory.mktemp("one") / "c.db") as store:
        ingest([SAMPLE], store)
        extract(store)
        build_stories(store)
        return _contents(store)


def test_postgres_ends_with_what_sqlite_ends_with(postgres_url, one_sqlite_run):
    with open_store(postgres_url) as store:
        ingest([SAMPLE], store)
        extract(store)
        build_stories(store)
        contents = _contents(store)
        assert store.integrity_ok()
    assert contents["stories"], "the sample makes stories"
    for part in one_sqlite_run:
        assert contents[part] == one_sqlite_run[part], part
    # Said twice, for the record: what a reader of the brief sees.
    assert [(s.id, [f.status for f in s.findings], s.brief) for s in contents["stories"]] == \
        [(s.id, [f.status for f in s.findings], s.brief) for s in one_sqlite_run["stories"]]


class _MeetAtFirstWrite:
    """A store that waits at its first transaction until the other writer
    reaches its own: the two ingests then write the same documents at once."""

    def __init__(self, store, meeting: threading.Barrier):
        self._store, self._meeting, self._met = store, meeting, False

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if not self._met:
            self._met = True
            self._meeting.wait(timeout=120)
        with self._store.transaction():
            yield


def test_two_writers_at_once_end_as_one(store_url, one_sqlite_run):
    """Two writers, each with its own store object, ingest overlapping inputs
    in opposite orders (the same documents, met at the same time: row locks
    taken in opposite orders), extract claims, then build stories at once."""
    open_store(store_url).close()  # migrated first: opening at once is tested elsewhere
    files = list_files([SAMPLE])
    inputs = [files[:8], list(reversed(files[2:]))]  # overlapping; together all
    first_write, built = threading.Barrier(2), threading.Barrier(2)
    errors: list[BaseException] = []

    def write(paths: list[Path]) -> None:
        try:
            with open_store(store_url) as store:
                ingest(paths, _MeetAtFirstWrite(store, first_write))
                extract(store)
                built.wait(timeout=300)  # both build over the whole store
                build_stories(store)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
            first_write.abort()
            built.abort()

    writers = [threading.Thread(target=write, args=(paths,)) for paths in inputs]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=600)
    assert errors == []
    with open_store(store_url) as store:
        contents = _contents(store)
        assert store.integrity_ok()
    for part in one_sqlite_run:
        assert contents[part] == one_sqlite_run[part], part
