import sqlite3

import pytest

from crosscheck.errors import NotFound, StoreError
from crosscheck.models import (Article, Claim, Cited, Figure, Finding, RawDoc, Refusal,
                               Relation, Story)
from crosscheck.store import open_store
from crosscheck.store.migrations import MIGRATIONS


def _article(i: int = 1) -> Article:
    return Article(id=f"a{i}", origin=f"file{i}.txt", title="Five rescued", published="2025-03-11",
                   text="Twelve miners remain trapped.", removed=("4 Min Read",), outlet="Courier",
                   agencies=("Reuters",), cited_media=("Radio Veldt",),
                   relations=(Relation("a2", "syndicated", 0.93),), dateline="Kestrel Falls",
                   stage="clean.v1")


def test_raw_documents_are_kept_once(store):
    raw = RawDoc.make("x.txt", "text", "Twelve miners remain trapped.")
    assert store.add_raw(raw) is True
    assert store.add_raw(raw) is False
    assert store.add_raw(RawDoc.make("moved/x.txt", "text", "Twelve miners remain trapped.")) \
        is False  # same content elsewhere: the same document
    assert [r.id for r in store.raw_docs()] == [raw.id]
    assert store.get_raw(raw.id) == raw


def test_article_round_trip(store):
    article = _article()
    store.add_raw(RawDoc("a1", "file1.txt", "text", "Twelve miners remain trapped.", {}, "txt"))
    store.put_article(article)
    assert store.get_article("a1") == article
    store.put_article(article)  # upsert: still one
    assert store.count_articles() == 1
    assert store.search_articles("miners trapped") == ["a1"]
    assert store.search_articles('"; DROP TABLE articles; --') == []


def test_claims_and_stories_round_trip(store):
    store.add_raw(RawDoc("a1", "file1.txt", "text", "x", {}, "txt"))
    store.put_article(_article())
    claim = Claim(id="c1", article="a1", kind="figure", sentence="Twelve miners remain trapped.",
                  span=(0, 29), figure=Figure("miners trapped", 12, 12, 12, "exact"),
                  extractor="figures.v1")
    store.put_claims("a1", [claim])
    store.put_claims("a1", [claim])  # replacing is idempotent
    assert store.claims(["a1"]) == [claim]
    story = Story(id="s1", headline="Five rescued", articles=("a1",), claims=("c1",),
                  findings=(Finding("f1", "figure", "miners trapped", "single-source", ("c1",),
                                    ("a1",), "Courier says 12.", 1),),
                  brief=(Cited("Twelve miners remain trapped.", ("a1",)),),
                  timeline=(Cited("Collapse", ("a1",), "2025-03-09"),),
                  first_date="2025-03-11", last_date="2025-03-11")
    store.put_stories([story])
    assert store.get_story("s1") == story
    assert store.stories() == [story]


def test_missing_ids_say_what_to_do(store):
    with pytest.raises(NotFound, match="crosscheck articles"):
        store.get_article("nope")
    with pytest.raises(NotFound, match="crosscheck stories"):
        store.get_story("nope")


def test_refusals_are_kept_once(store):
    store.add_refusal(Refusal("bad.pdf", "binary file"))
    store.add_refusal(Refusal("bad.pdf", "binary file"))
    assert store.refusals() == [Refusal("bad.pdf", "binary file")]


def test_migrations_and_reopening(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    with open_store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.integrity_ok()


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer crosscheck"):
        open_store(path)


@pytest.mark.parametrize("url, message", [
    ("postgresql://localhost/x", "not supported yet"),
    ("mysql://localhost/x", "unknown store URL"),
])
def test_unsupported_urls(url, message):
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="crosscheck database"):
        open_store(path)


def test_finished_shards_are_remembered_by_path_and_size(store):
    assert store.shard_done("cc/part-0.warc.gz", 1000) is False
    store.mark_shard_done("cc/part-0.warc.gz", 1000, documents=40, refused=2,
                          finished="2026-11-23T10:00:00Z")
    assert store.shard_done("cc/part-0.warc.gz", 1000) is True
    assert store.shard_done("cc/part-0.warc.gz", 2000) is False  # grown or replaced: read again
    store.mark_shard_done("cc/part-0.warc.gz", 1000, documents=40, refused=2,
                          finished="2026-11-23T11:00:00Z")  # idempotent
    assert [s["documents"] for s in store.shards()] == [40]
