"""The PostgreSQL store: the SQLite store's behaviour, shared by several machines.

``PostgresStore(url)`` has the public methods of :class:`SQLiteStore`, giving
the same records in the same order; ``tests/store`` runs one suite against
both. What differs is how, and each difference is explained where it is made:

* writers queue on one advisory lock, as SQLite's ``BEGIN IMMEDIATE`` queues
  them (see :meth:`PostgresStore.transaction`); readers never wait;
* word search is a ``tsvector`` column with a GIN index instead of FTS5;
* order: key and date columns are ``COLLATE "C"`` (SQLite's byte order) and
  ``seq`` columns stand in for SQLite's rowid (see migrations.py);
* a server restart is survived: the next call connects again, or fails in one
  line saying the server went away (see connection.py).

psycopg is an optional dependency (``pip install 'crosscheck[postgres]'``),
imported only when a PostgreSQL store is opened.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from functools import cache
from typing import Any, Iterable, Iterator

from ..errors import NoStore, NotFound, StoreError, StoreFull
from ..models import Article, Claim, RawDoc, Refusal, Story
from . import search
from .connection import Connection
from .postgres_cluster import ClusterRows
from .migrations import MIGRATIONS
from .failures import full_message, newer_schema, psycopg_module, shown_url
from .rows import SHARD_KEYS, SUMMARY_KEYS, story_from_dict, story_row, to_json

# Advisory lock keys: any two bigints no other program uses on the database
# ("xchk" and a number).
_MIGRATION_LOCK = 0x7863686B_00000001
_WRITE_LOCK = 0x7863686B_00000002
_STORY_LOCK = 0x7863686B_00000003


class PostgresStore(ClusterRows):
    def __init__(self, url: str, create: bool = True):
        self.path = shown_url(url)  # named as SQLiteStore's, for messages
        psycopg = psycopg_module()
        try:
            # Autocommit: a read sees the latest writes; writes open their
            # transaction in transaction(), as SQLiteStore's do.
            self.conn = Connection(url, self.path, setup=lambda conn: conn.adapters.
                                   register_dumper(str, _nul_safe_str_dumper()))
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc} (is the PostgreSQL "
                             "server running, and are the URL's user and database right?)"
                             ) from None
        try:
            if not create and self.conn.execute(
                    "SELECT to_regclass('crosscheck_schema')").fetchone()[0] is None:
                raise NoStore(f"no store at {self.path}: nothing has been stored in that "
                              "database yet")
            self._migrate()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot open the store {self.path}: {exc} "
                             "(is it a crosscheck database?)") from None
        except BaseException:
            self.conn.close()
            raise

    # -- lifecycle -----------------------------------------------------------
    def _migrate(self) -> None:
        # One step per transaction, each under the migration lock: a second
        # process opening the store meanwhile waits, then finds the step done.
        while True:
            with self.conn.transaction("while the store was being opened"):
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                version = self._schema_version()
                if version > len(MIGRATIONS):
                    raise newer_schema(self.path, version)
                if version == len(MIGRATIONS):
                    return
                self.conn.execute(MIGRATIONS[version]("postgresql"))
                self.conn.execute("UPDATE crosscheck_schema SET version = %s", (version + 1,))

    def _schema_version(self) -> int:
        exists = self.conn.execute("SELECT to_regclass('crosscheck_schema')").fetchone()[0]
        if exists is None:
            self.conn.execute(
                "CREATE TABLE crosscheck_schema (one_row BOOLEAN PRIMARY KEY DEFAULT TRUE "
                "CHECK (one_row), version INTEGER NOT NULL);"
                "INSERT INTO crosscheck_schema (version) VALUES (0)")
            return 0
        return self.conn.execute("SELECT version FROM crosscheck_schema").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: everything inside lands, or nothing does.

        Every write takes one advisory lock first, so writers queue as SQLite's
        BEGIN IMMEDIATE makes them queue. Without it, two ingests meeting the
        same documents in another order each hold row locks the other waits
        for, and PostgreSQL aborts one of them (a deadlock). What happens
        between writes (reading, cleaning, clustering) still runs side by
        side, and readers never wait."""
        if self.conn.in_transaction:
            yield
            return
        try:
            with self.conn.transaction("during a write, which was undone whole"):
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                yield
        except psycopg_module().errors.DiskFull:
            raise StoreFull(full_message(self.path, self.count_articles())) from None

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """Held for a whole story update (many transactions): two processes
        updating stories at once would each cluster from their own snapshot
        and undo each other's writes. A session lock, released on close too,
        and when the server goes away: the update then stops (the stories it
        wrote are kept, and running it again finishes it)."""
        self.conn.execute("SELECT pg_advisory_lock(%s)", (_STORY_LOCK,))
        with self.conn.holding("during the story update, which stopped (the stories "
                               "written before are kept)") as session:
            try:
                yield
            finally:
                if not self.conn.lost_since(session):
                    self.conn.execute("SELECT pg_advisory_unlock(%s)", (_STORY_LOCK,))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def integrity_ok(self) -> bool:
        """True if the schema is current and every table reads to its end.

        PostgreSQL has no PRAGMA integrity_check, and amcheck needs a superuser
        to install; reading each table whole is the check left to a database
        owner (with data checksums on, a damaged page fails the read)."""
        import psycopg

        try:
            version = self.conn.execute("SELECT version FROM crosscheck_schema").fetchone()
            if version != (len(MIGRATIONS),):
                return False
            for table in ("raw_docs", "articles", "refusals", "claims", "claim_versions",
                          "stories", "story_articles", "cluster_state", "shards",
                          "cluster_stories", "cluster_members", "cluster_entities"):
                self.conn.execute(f"SELECT count(*) FROM {table}")
        except (psycopg.errors.DataCorrupted, psycopg.errors.IndexCorrupted,
                psycopg.errors.UndefinedTable):
            return False
        return True

    # -- raw documents -------------------------------------------------------
    def add_raw(self, raw: RawDoc) -> bool:
        """Keep a raw document; True if it was new, False if already known."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO raw_docs (id, origin, format, container, content, meta) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                (raw.id, raw.origin, raw.format, raw.container, raw.content.encode("utf-8"),
                 json.dumps(dict(raw.meta), sort_keys=True)))
        return cur.rowcount == 1

    def raw_docs(self) -> Iterator[RawDoc]:
        # In pages, so that a big store streams as SQLite's cursor does.
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT seq, id, origin, format, container, content, meta FROM raw_docs "
                "WHERE seq > %s ORDER BY seq LIMIT 500", (last,)).fetchall()
            if not rows:
                return
            yield from (_raw(row[1:]) for row in rows)
            last = rows[-1][0]

    def get_raw(self, raw_id: str) -> RawDoc:
        row = self.conn.execute("SELECT id, origin, format, container, content, meta "
                                "FROM raw_docs WHERE id = %s", (raw_id,)).fetchone()
        if row is None:
            raise NotFound(f"no raw document {raw_id} in {self.path}")
        return _raw(row)

    # -- articles ------------------------------------------------------------
    def put_article(self, article: Article) -> None:
        data = to_json(article.to_dict())
        with self.transaction():
            self.conn.execute(
                "INSERT INTO articles (id, stage, title, published, outlet, data, search) "
                f"VALUES (%s, %s, %s, %s, %s, %s, {search.INDEX_SQL}) ON CONFLICT (id) DO "
                "UPDATE SET stage=excluded.stage, title=excluded.title, "
                "published=excluded.published, outlet=excluded.outlet, data=excluded.data, "
                "search=excluded.search",
                (article.id, article.stage, article.title, article.published, article.outlet,
                 data, *search.indexed(article.title, article.text)))
            self._unbuilt(article.id)

    def article_stage(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT stage FROM articles WHERE id = %s",
                                (article_id,)).fetchone()
        return row[0] if row else None

    def get_article(self, article_id: str) -> Article:
        row = self.conn.execute("SELECT data FROM articles WHERE id = %s",
                                (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id} in {self.path}")
        return Article.from_dict(json.loads(row[0]))

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles by publication date (unknown dates last), then id: a stable order."""
        if ids is None:
            rows = self.conn.execute("SELECT data FROM articles ORDER BY published IS NULL, "
                                     "published, id").fetchall()
            return [Article.from_dict(json.loads(r[0])) for r in rows]
        return [self.get_article(i) for i in ids]

    def article_ids(self) -> list[str]:
        """Every article id in store order (by date, unknown dates last, then id)."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY "
                                                "published IS NULL, published, id")]

    def article_versions(self) -> dict[str, str]:
        """Each article's id -> what its content and claims were made by
        (cleaner and claim extractor versions): a story whose members' versions
        are unchanged need not be rebuilt."""
        return {r[0]: f"{r[1]}|{r[2] or ''}" for r in self.conn.execute(
            "SELECT a.id, a.stage, v.extractors FROM articles a "
            "LEFT JOIN claim_versions v ON v.article = a.id")}

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search_articles(self, words: str, limit: int = 50) -> list[str]:
        """Ids of articles matching ``words`` (each word must occur), best first."""
        return search.postgres_search(self.conn, words, _limit(limit))

    def outlets(self) -> list[str]:
        """Every outlet named by an article, sorted."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]

    def article_ids_of_outlet(self, outlet: str) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE outlet = %s "
                                                "ORDER BY id", (outlet,))]

    def story_ids_of_articles(self, article_ids: Iterable[str]) -> set[str]:
        """The stories that hold any of ``article_ids``."""
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT story FROM story_articles WHERE article = ANY(%s)",
            (list(article_ids),))}

    # -- refusals --------------------------------------------------------------
    def add_refusal(self, refusal: Refusal) -> None:
        with self.transaction():
            self.conn.execute("INSERT INTO refusals (origin, reason) VALUES (%s, %s) "
                              "ON CONFLICT DO NOTHING", (refusal.origin, refusal.reason))

    def refusals(self) -> list[Refusal]:
        return [Refusal(*r) for r in self.conn.execute(
            "SELECT origin, reason FROM refusals ORDER BY origin, reason")]

    # -- claims ----------------------------------------------------------------
    def put_claims(self, article_id: str, claims: Iterable[Claim]) -> None:
        """Replace the claims of one article (re-extraction is idempotent)."""
        with self.transaction():
            self.conn.execute("DELETE FROM claims WHERE article = %s", (article_id,))
            with self.conn.cursor() as cur:
                # seq=DEFAULT moves a replaced claim to the end, as SQLite's
                # INSERT OR REPLACE gives the new row a new rowid.
                cur.executemany(
                    "INSERT INTO claims (id, article, kind, extractor, data) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET seq=DEFAULT, "
                    "article=excluded.article, kind=excluded.kind, "
                    "extractor=excluded.extractor, data=excluded.data",
                    [(c.id, c.article, c.kind, c.extractor, to_json(c.to_dict()))
                     for c in claims])

    def set_claim_version(self, article_id: str, extractors: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT INTO claim_versions (article, extractors) "
                              "VALUES (%s, %s) ON CONFLICT (article) DO UPDATE SET "
                              "extractors=excluded.extractors", (article_id, extractors))
            self._unbuilt(article_id)

    def articles_needing_claims(self, extractors: str) -> list[str]:
        """Ids of articles whose claims were not made by ``extractors``, in store order."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN claim_versions v ON v.article = a.id "
            "WHERE v.extractors IS NULL OR v.extractors != %s "
            "ORDER BY a.published IS NULL, a.published, a.id", (extractors,)).fetchall()
        return [r[0] for r in rows]

    def claims(self, article_ids: Iterable[str]) -> list[Claim]:
        # One query for all the articles, in the order given (repeats repeat).
        rows = self.conn.execute(
            "SELECT c.data FROM unnest(%s::text[]) WITH ORDINALITY AS given(article, n) "
            "JOIN claims c ON c.article = given.article ORDER BY given.n, c.seq",
            (list(article_ids),)).fetchall()
        return [Claim.from_dict(json.loads(r[0])) for r in rows]

    # -- sentence vectors (crosscheck.sentence_vectors) ----------------------
    def put_sentence_vectors(self, article_id: str, model: str, data: bytes) -> None:
        """Replace the sentence vectors of one article (made by ``model``)."""
        with self.transaction():
            self.conn.execute("INSERT INTO sentence_vectors (article, model, data) "
                              "VALUES (%s, %s, %s) ON CONFLICT (article) DO UPDATE SET "
                              "model=excluded.model, data=excluded.data",
                              (article_id, model, data))

    def sentence_vectors(self, article_ids: Iterable[str], model: str) -> dict[str, bytes]:
        """The stored sentence vectors made by ``model`` of those of
        ``article_ids`` that have them, by article."""
        return {r[0]: bytes(r[1]) for r in self.conn.execute(
            "SELECT article, data FROM sentence_vectors WHERE model = %s AND article = ANY(%s)",
            (model, list(article_ids)))}

    # -- names (crosscheck.group.features) ------------------------------------
    def put_names(self, article_id: str, reader: str, data: str) -> None:
        """Replace the stored names of one article (read by ``reader``)."""
        with self.transaction():
            self.conn.execute("INSERT INTO article_names (article, reader, data) "
                              "VALUES (%s, %s, %s) ON CONFLICT (article) DO UPDATE SET "
                              "reader=excluded.reader, data=excluded.data",
                              (article_id, reader, data))

    def names(self, article_ids: Iterable[str], reader: str) -> dict[str, str]:
        """The stored names read by ``reader`` of those of ``article_ids``
        that have them, by article."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT article, data FROM article_names WHERE reader = %s AND article = ANY(%s)",
            (reader, list(article_ids)))}

    # -- shards (big runs resume where they stopped) -------------------------
    def shard_done(self, shard: str, size: int) -> bool:
        """True if this shard (path and size) was read to its end before."""
        return self.conn.execute("SELECT 1 FROM shards WHERE shard = %s AND size = %s",
                                 (shard, size)).fetchone() is not None

    def mark_shard_done(self, shard: str, size: int, documents: int, refused: int,
                        finished: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO shards (shard, size, documents, refused, finished) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (shard, size) DO UPDATE SET "
                "documents=excluded.documents, refused=excluded.refused, "
                "finished=excluded.finished", (shard, size, documents, refused, finished))

    def shards(self) -> list[dict]:
        """Every finished shard, in the order they finished."""
        return [dict(zip(SHARD_KEYS, r)) for r in self.conn.execute(
            "SELECT shard, size, documents, refused, finished FROM shards "
            "ORDER BY finished, shard")]

    # -- clustering state ------------------------------------------------------
    def get_cluster_state(self) -> bytes | None:
        row = self.conn.execute("SELECT state FROM cluster_state WHERE id = 1").fetchone()
        return bytes(row[0]) if row else None

    def put_cluster_state(self, state: bytes) -> None:
        with self.transaction():
            self.conn.execute("INSERT INTO cluster_state (id, state) VALUES (1, %s) "
                              "ON CONFLICT (id) DO UPDATE SET state=excluded.state", (state,))

    # -- stories ---------------------------------------------------------------
    def put_stories(self, stories: Iterable[Story], replace: bool = True) -> None:
        """Write stories; ``replace`` drops every other story first, otherwise
        each given story replaces its stored version (members included)."""
        with self.transaction(), self.conn.cursor() as cur:
            if replace:
                cur.execute("DELETE FROM story_articles")
                cur.execute("DELETE FROM stories")
            for story in stories:
                cur.execute("DELETE FROM story_articles WHERE story = %s", (story.id,))
                cur.execute(
                    "INSERT INTO stories (id, headline, first_date, last_date, data, articles, "
                    "sources, conflicts) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET headline=excluded.headline, "
                    "first_date=excluded.first_date, last_date=excluded.last_date, "
                    "data=excluded.data, articles=excluded.articles, "
                    "sources=excluded.sources, conflicts=excluded.conflicts",
                    story_row(story))
                cur.executemany(
                    "INSERT INTO story_articles (story, article) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING", [(story.id, a) for a in story.articles])

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        ids = list(story_ids)
        with self.transaction():
            self.conn.execute("DELETE FROM story_articles WHERE story = ANY(%s)", (ids,))
            self.conn.execute("DELETE FROM stories WHERE id = ANY(%s)", (ids,))

    def story_fingerprints(self) -> dict[str, str]:
        """Each stored story's id -> the fingerprint of what it was built from."""
        return {r[0]: r[1] or "" for r in self.conn.execute(
            "SELECT id, data::json ->> 'fingerprint' FROM stories")}

    def story_fingerprint(self, story_id: str) -> str:
        """One story's fingerprint ('' when unknown), without decoding the story:
        what the web page's cache is keyed by."""
        row = self.conn.execute("SELECT data::json ->> 'fingerprint' FROM stories "
                                "WHERE id = %s", (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story {story_id} in {self.path}")
        return row[0] or ""

    def stories(self) -> list[Story]:
        """Stories, newest first."""
        rows = self.conn.execute("SELECT data FROM stories ORDER BY last_date IS NULL, "
                                 "last_date DESC, id").fetchall()
        return [story_from_dict(json.loads(r[0])) for r in rows]

    def count_stories(self) -> int:
        return self.conn.execute("SELECT count(*) FROM stories").fetchone()[0]

    def story_summaries(self, limit: int = -1, offset: int = 0) -> list[dict]:
        """What a story list shows, newest first, without decoding any story:
        id, headline, first/last date, and the numbers of articles,
        independent sources and conflicts (``limit`` -1: all)."""
        rows = self.conn.execute(
            "SELECT id, headline, first_date, last_date, articles, sources, conflicts "
            "FROM stories ORDER BY last_date IS NULL, last_date DESC, id LIMIT %s OFFSET %s",
            (_limit(limit), max(offset, 0))).fetchall()
        return [dict(zip(SUMMARY_KEYS, row)) for row in rows]

    def get_story(self, story_id: str) -> Story:
        row = self.conn.execute("SELECT data FROM stories WHERE id = %s",
                                (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story {story_id} in {self.path}")
        return story_from_dict(json.loads(row[0]))


@cache
def _nul_safe_str_dumper() -> type:
    """Strings go to PostgreSQL with NUL as U+FFFD: PostgreSQL text cannot hold
    NUL, and a hostile input can put one in an origin or a refusal's reason.
    The records themselves keep it (their JSON writes it as \\u0000), and raw
    content is stored as bytes, verbatim."""
    from psycopg.types.string import StrDumperUnknown

    class NulSafeStrDumper(StrDumperUnknown):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd"))

    return NulSafeStrDumper


def _limit(limit: int) -> int | None:
    """SQLite reads a negative LIMIT as "no limit"; PostgreSQL reads NULL so."""
    return None if limit < 0 else limit


def _raw(row: Any) -> RawDoc:
    return RawDoc(id=row[0], origin=row[1], format=row[2], container=row[3],
                  content=bytes(row[4]).decode("utf-8"), meta=json.loads(row[5]))
