"""The embedded SQLite store (WAL mode: one writer, many readers).

Records go in and come out as the frozen dataclasses of :mod:`crosscheck.models`;
JSON appears only here, at the edge. Writes are idempotent: a raw document is
keyed by its content hash, so ingesting the same input twice adds nothing.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import NoStore, NotFound, ReadOnlyStore, StoreError, StoreFull
from ..models import Article, Claim, RawDoc, Refusal, Story
from . import search
from .failures import disk_full, full_message, newer_schema, read_only_reason
from .sqlite_cluster import ClusterRows
from .migrations import MIGRATIONS
from .rows import SHARD_KEYS, SUMMARY_KEYS, story_from_dict, story_row, to_json


class SQLiteStore(ClusterRows):
    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False):
        """The store in the file at ``path``, made there when ``create`` (else
        :class:`NoStore` where there is none). A file that is another
        program's SQLite database is refused before anything is written to it.

        A store in a place that cannot be written (a read-only file, folder or
        file system) is refused with :class:`ReadOnlyStore`, unless
        ``read_only``: then it is opened to be read only, never written."""
        self.path = str(path)
        self.read_only = read_only
        try:
            if read_only:
                self.db = _connect_read_only(self.path)
                self._check_is_ours(create=False)
                self._check_version(upgrade=False)
                return
            why = None if self.path == ":memory:" else read_only_reason(self.path)
            if why:
                raise ReadOnlyStore(f"cannot write the store {self.path}: {why}")
            if create and self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                      check_same_thread=False)
            self._check_is_ours(create)
            _use_wal(self.db)
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except OSError as exc:  # making its folder
            raise StoreError(f"cannot make the store {self.path}: {exc.strerror or exc}") \
                from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc} "
                             "(is it a crosscheck database?)") from None

    # -- lifecycle -----------------------------------------------------------
    def _check_is_ours(self, create: bool) -> None:
        """Refuse, before switching it to WAL or migrating it, a database that
        holds tables but is no crosscheck store: every crosscheck schema
        version has ``raw_docs`` and a non-zero ``user_version``. Reading the
        schema is also what tells a file that is not SQLite at all."""
        tables = [r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if tables and (version == 0 or "raw_docs" not in tables):
            self.db.close()
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(f"{self.path} is another program's SQLite database (tables: "
                             f"{shown}), not a crosscheck store; it was left as it is: "
                             "choose another file for the store")
        if not tables and not create:
            self.db.close()
            raise NoStore(f"no store at {self.path}: the file is empty, nothing has been "
                          "stored there yet")

    def _check_version(self, upgrade: bool) -> int:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise newer_schema(self.path, version)
        if not upgrade and version < len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by an older crosscheck (schema "
                             f"{version} < {len(MIGRATIONS)}) and is read-only here: open it "
                             "once where it can be written, to upgrade it")
        return version

    def _migrate(self) -> None:
        version = self._check_version(upgrade=True)
        for number, step in enumerate(MIGRATIONS[version:], version + 1):
            try:
                self.db.executescript(f"BEGIN IMMEDIATE;\n{step('sqlite')}\n"
                                      f"PRAGMA user_version = {number};\nCOMMIT;")
            except sqlite3.OperationalError:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                # Another process opening the new store at the same moment ran
                # this step first (it held the write lock we waited for).
                if self.db.execute("PRAGMA user_version").fetchone()[0] < number:
                    raise

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: everything inside lands, or nothing does."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException as exc:
            # SQLite may have rolled back itself (a full disk, an I/O error):
            # a second ROLLBACK would fail and hide the reason.
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if disk_full(exc):
                raise StoreFull(full_message(self.path, self.count_articles())) from None
            raise

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """Held for a whole story update (many transactions): two processes
        updating stories at once would each cluster from their own snapshot
        and undo each other's writes. An advisory lock on a file beside the
        store (flock: released by the kernel if the process dies), so readers
        and ingest writers never wait for it."""
        if self.path == ":memory:":
            yield
            return
        lock_path = self.path + ".stories-lock"
        while True:
            handle = open(lock_path, "a")
            fcntl.flock(handle, fcntl.LOCK_EX)
            # The holder we waited for removed the file on release: a lock on a
            # removed file excludes no one, so take the lock of the file now there.
            try:
                if os.fstat(handle.fileno()).st_ino == os.stat(lock_path).st_ino:
                    break
            except FileNotFoundError:
                pass
            handle.close()
        try:
            yield
        finally:
            os.unlink(lock_path)  # removed while still held; closing releases the lock
            handle.close()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- raw documents -------------------------------------------------------
    def add_raw(self, raw: RawDoc) -> bool:
        """Keep a raw document; True if it was new, False if already known."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO raw_docs (id, origin, format, container, content, meta) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (raw.id, raw.origin, raw.format, raw.container, raw.content,
             json.dumps(dict(raw.meta), sort_keys=True)))
        return cur.rowcount == 1

    def raw_docs(self) -> Iterator[RawDoc]:
        for row in self.db.execute("SELECT id, origin, format, container, content, meta "
                                   "FROM raw_docs ORDER BY rowid"):
            yield RawDoc(id=row[0], origin=row[1], format=row[2], container=row[3],
                         content=row[4], meta=json.loads(row[5]))

    def get_raw(self, raw_id: str) -> RawDoc:
        row = self.db.execute("SELECT id, origin, format, container, content, meta "
                              "FROM raw_docs WHERE id = ?", (raw_id,)).fetchone()
        if row is None:
            raise NotFound(f"no raw document {raw_id} in {self.path}")
        return RawDoc(id=row[0], origin=row[1], format=row[2], container=row[3],
                      content=row[4], meta=json.loads(row[5]))

    # -- articles ------------------------------------------------------------
    def put_article(self, article: Article) -> None:
        data = to_json(article.to_dict())
        with self.transaction():
            self.db.execute(
                "INSERT INTO articles (id, stage, title, published, outlet, data) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET stage=excluded.stage, "
                "title=excluded.title, published=excluded.published, outlet=excluded.outlet, "
                "data=excluded.data",
                (article.id, article.stage, article.title, article.published, article.outlet, data))
            rowid = self.db.execute("SELECT rowid FROM articles WHERE id = ?",
                                    (article.id,)).fetchone()[0]
            self.db.execute("DELETE FROM article_search WHERE rowid = ?", (rowid,))
            self.db.execute("INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
                            (rowid, article.title or "", article.text))
            self._unbuilt(article.id)

    def article_stage(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT stage FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def get_article(self, article_id: str) -> Article:
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id} in {self.path}")
        return Article.from_dict(json.loads(row[0]))

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles by publication date (unknown dates last), then id: a stable order."""
        if ids is None:
            rows = self.db.execute("SELECT data FROM articles ORDER BY published IS NULL, "
                                   "published, id").fetchall()
            return [Article.from_dict(json.loads(r[0])) for r in rows]
        return [self.get_article(i) for i in ids]

    def article_ids(self) -> list[str]:
        """Every article id in store order (by date, unknown dates last, then id)."""
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY "
                                              "published IS NULL, published, id")]

    def article_versions(self) -> dict[str, str]:
        """Each article's id -> what its content and claims were made by
        (cleaner and claim extractor versions): a story whose members' versions
        are unchanged need not be rebuilt."""
        return {r[0]: f"{r[1]}|{r[2] or ''}" for r in self.db.execute(
            "SELECT a.id, a.stage, v.extractors FROM articles a "
            "LEFT JOIN claim_versions v ON v.article = a.id")}

    def count_articles(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search_articles(self, words: str, limit: int = 50) -> list[str]:
        """Ids of articles matching ``words`` (each word must occur), best first."""
        return search.sqlite_search(self.db, words, limit)

    def outlets(self) -> list[str]:
        """Every outlet named by an article, sorted."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]

    def article_ids_of_outlet(self, outlet: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles WHERE outlet = ? "
                                              "ORDER BY id", (outlet,))]

    def story_ids_of_articles(self, article_ids: Iterable[str]) -> set[str]:
        """The stories that hold any of ``article_ids``."""
        ids = list(article_ids)
        found: set[str] = set()
        for start in range(0, len(ids), 500):  # SQLite binds at most 999 parameters
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.db.execute(
                f"SELECT story FROM story_articles WHERE article IN ({marks})", chunk))
        return found

    # -- refusals --------------------------------------------------------------
    def add_refusal(self, refusal: Refusal) -> None:
        self.db.execute("INSERT OR IGNORE INTO refusals (origin, reason) VALUES (?, ?)",
                        (refusal.origin, refusal.reason))

    def refusals(self) -> list[Refusal]:
        return [Refusal(*r) for r in self.db.execute(
            "SELECT origin, reason FROM refusals ORDER BY origin, reason")]

    # -- claims ----------------------------------------------------------------
    def put_claims(self, article_id: str, claims: Iterable[Claim]) -> None:
        """Replace the claims of one article (re-extraction is idempotent)."""
        with self.transaction():
            self.db.execute("DELETE FROM claims WHERE article = ?", (article_id,))
            self.db.executemany(
                "INSERT OR REPLACE INTO claims (id, article, kind, extractor, data) "
                "VALUES (?, ?, ?, ?, ?)",
                [(c.id, c.article, c.kind, c.extractor, to_json(c.to_dict())) for c in claims])

    def set_claim_version(self, article_id: str, extractors: str) -> None:
        with self.transaction():
            self.db.execute("INSERT INTO claim_versions (article, extractors) VALUES (?, ?) "
                            "ON CONFLICT(article) DO UPDATE SET extractors=excluded.extractors",
                            (article_id, extractors))
            self._unbuilt(article_id)

    def articles_needing_claims(self, extractors: str) -> list[str]:
        """Ids of articles whose claims were not made by ``extractors``, in store order."""
        rows = self.db.execute(
            "SELECT a.id FROM articles a LEFT JOIN claim_versions v ON v.article = a.id "
            "WHERE v.extractors IS NULL OR v.extractors != ? "
            "ORDER BY a.published IS NULL, a.published, a.id", (extractors,)).fetchall()
        return [r[0] for r in rows]

    def claims(self, article_ids: Iterable[str]) -> list[Claim]:
        out: list[Claim] = []
        for article_id in article_ids:
            rows = self.db.execute("SELECT data FROM claims WHERE article = ? ORDER BY rowid",
                                   (article_id,)).fetchall()
            out.extend(Claim.from_dict(json.loads(r[0])) for r in rows)
        return out

    # -- sentence vectors (crosscheck.sentence_vectors) ----------------------
    def put_sentence_vectors(self, article_id: str, model: str, data: bytes) -> None:
        """Replace the sentence vectors of one article (made by ``model``)."""
        with self.transaction():
            self.db.execute("INSERT INTO sentence_vectors (article, model, data) VALUES (?, ?, ?) "
                            "ON CONFLICT(article) DO UPDATE SET model=excluded.model, "
                            "data=excluded.data", (article_id, model, data))

    def sentence_vectors(self, article_ids: Iterable[str], model: str) -> dict[str, bytes]:
        """The stored sentence vectors made by ``model`` of those of
        ``article_ids`` that have them, by article."""
        return {r[0]: bytes(r[1]) for r in self._in(
            "SELECT article, data FROM sentence_vectors WHERE model = ? AND article IN ",
            article_ids, (model,))}

    # -- names (crosscheck.group.features) ------------------------------------
    def put_names(self, article_id: str, reader: str, data: str) -> None:
        """Replace the stored names of one article (read by ``reader``)."""
        with self.transaction():
            self.db.execute("INSERT INTO article_names (article, reader, data) VALUES (?, ?, ?) "
                            "ON CONFLICT(article) DO UPDATE SET reader=excluded.reader, "
                            "data=excluded.data", (article_id, reader, data))

    def names(self, article_ids: Iterable[str], reader: str) -> dict[str, str]:
        """The stored names read by ``reader`` of those of ``article_ids``
        that have them, by article."""
        return {r[0]: r[1] for r in self._in(
            "SELECT article, data FROM article_names WHERE reader = ? AND article IN ",
            article_ids, (reader,))}

    # -- shards (big runs resume where they stopped) -------------------------
    def shard_done(self, shard: str, size: int) -> bool:
        """True if this shard (path and size) was read to its end before."""
        return self.db.execute("SELECT 1 FROM shards WHERE shard = ? AND size = ?",
                               (shard, size)).fetchone() is not None

    def mark_shard_done(self, shard: str, size: int, documents: int, refused: int,
                        finished: str) -> None:
        self.db.execute("INSERT INTO shards (shard, size, documents, refused, finished) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(shard, size) DO UPDATE SET "
                        "documents=excluded.documents, refused=excluded.refused, "
                        "finished=excluded.finished", (shard, size, documents, refused, finished))

    def shards(self) -> list[dict]:
        """Every finished shard, in the order they finished."""
        return [dict(zip(SHARD_KEYS, r)) for r in self.db.execute(
            "SELECT shard, size, documents, refused, finished FROM shards ORDER BY finished, shard")]

    # -- clustering state ------------------------------------------------------
    def get_cluster_state(self) -> bytes | None:
        row = self.db.execute("SELECT state FROM cluster_state WHERE id = 1").fetchone()
        return row[0] if row else None

    def put_cluster_state(self, state: bytes) -> None:
        self.db.execute("INSERT INTO cluster_state (id, state) VALUES (1, ?) "
                        "ON CONFLICT(id) DO UPDATE SET state=excluded.state", (state,))

    # -- stories ---------------------------------------------------------------
    def put_stories(self, stories: Iterable[Story], replace: bool = True) -> None:
        """Write stories; ``replace`` drops every other story first, otherwise
        each given story replaces its stored version (members included)."""
        with self.transaction():
            if replace:
                self.db.execute("DELETE FROM story_articles")
                self.db.execute("DELETE FROM stories")
            for story in stories:
                self.db.execute("DELETE FROM story_articles WHERE story = ?", (story.id,))
                self.db.execute(
                    "INSERT OR REPLACE INTO stories (id, headline, first_date, last_date, data, "
                    "articles, sources, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    story_row(story))
                self.db.executemany(
                    "INSERT OR IGNORE INTO story_articles (story, article) VALUES (?, ?)",
                    [(story.id, a) for a in story.articles])

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        with self.transaction():
            for story_id in story_ids:
                self.db.execute("DELETE FROM story_articles WHERE story = ?", (story_id,))
                self.db.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def story_fingerprints(self) -> dict[str, str]:
        """Each stored story's id -> the fingerprint of what it was built from."""
        return {r[0]: r[1] or "" for r in self.db.execute(
            "SELECT id, json_extract(data, '$.fingerprint') FROM stories")}

    def story_fingerprint(self, story_id: str) -> str:
        """One story's fingerprint ('' when unknown), without decoding the story:
        what the web page's cache is keyed by."""
        row = self.db.execute("SELECT json_extract(data, '$.fingerprint') FROM stories "
                              "WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story {story_id} in {self.path}")
        return row[0] or ""

    def stories(self) -> list[Story]:
        """Stories, newest first."""
        rows = self.db.execute("SELECT data FROM stories ORDER BY last_date IS NULL, "
                               "last_date DESC, id").fetchall()
        return [story_from_dict(json.loads(r[0])) for r in rows]

    def count_stories(self) -> int:
        return self.db.execute("SELECT count(*) FROM stories").fetchone()[0]

    def story_summaries(self, limit: int = -1, offset: int = 0) -> list[dict]:
        """What a story list shows, newest first, without decoding any story:
        id, headline, first/last date, and the numbers of articles,
        independent sources and conflicts (``limit`` -1: all)."""
        rows = self.db.execute("SELECT id, headline, first_date, last_date, articles, sources, "
                               "conflicts FROM stories ORDER BY last_date IS NULL, "
                               "last_date DESC, id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [dict(zip(SUMMARY_KEYS, row)) for row in rows]

    def get_story(self, story_id: str) -> Story:
        row = self.db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story {story_id} in {self.path}")
        return story_from_dict(json.loads(row[0]))


def _connect_read_only(path: str) -> sqlite3.Connection:
    """A connection that never writes. A store in WAL mode needs its shared-memory
    file, which a read-only folder cannot hold: then the file is opened as
    immutable (no one may write it meanwhile, which a read-only place ensures)."""
    if not Path(path).is_file():
        raise NoStore(f"no store at {path}: nothing has been stored there yet")
    uri = "file:" + urllib.parse.quote(str(Path(path).resolve()))

    def connect(mode: str) -> sqlite3.Connection:
        db = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=30, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            db.close()
            raise
        return db

    try:
        return connect("mode=ro")
    except sqlite3.OperationalError:
        return connect("immutable=1")


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch to WAL (it stays on in the file). Switching a brand-new file
    needs it alone, and a second process opening the same new store at that
    moment is told "locked" at once, without the busy timeout: it retries."""
    for attempt in range(100):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 99:
                raise
            time.sleep(0.05)
