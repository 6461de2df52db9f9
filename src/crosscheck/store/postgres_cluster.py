"""The postgres store's clustering state in rows (migration m006, read and
written by :mod:`crosscheck.group.persist`): split from :mod:`.postgres` to keep
that module to its records. A part of :class:`.postgres.PostgresStore`, not a
store of its own."""

from __future__ import annotations

from typing import Iterable


class ClusterRows:
    def open_cluster_stories(self, min_arrival: int, min_day: int | None
                             ) -> list[tuple[int, bytes]]:
        """(seq, data) of the clustering state's stories still open to new
        articles (last arrival at or after ``min_arrival``, or last day at or
        after ``min_day``), in the order made: two index ranges, not a scan."""
        # Two disjoint ranges, sorted here, as in SQLite (an ORDER BY seq may
        # walk the seq index through every row).
        return sorted((r[0], bytes(r[1])) for r in self.conn.execute(
            "SELECT seq, data FROM cluster_stories WHERE last_arrival >= %s UNION ALL "
            "SELECT seq, data FROM cluster_stories WHERE last_day >= %s AND last_arrival < %s",
            (min_arrival, min_day, min_arrival)))

    def cluster_stories(self, story_ids: Iterable[str]) -> list[tuple[int, bytes]]:
        """(seq, data) of ``story_ids`` in the clustering state (those it
        holds), in the order made."""
        return [(r[0], bytes(r[1])) for r in self.conn.execute(
            "SELECT seq, data FROM cluster_stories WHERE id = ANY(%s) ORDER BY seq",
            (list(story_ids),))]

    def cluster_story_ids(self, story_ids: Iterable[str]) -> set[str]:
        """Which of ``story_ids`` the clustering state holds."""
        return {r[0] for r in self.conn.execute(
            "SELECT id FROM cluster_stories WHERE id = ANY(%s)", (list(story_ids),))}

    def count_cluster_stories(self) -> int:
        return self.conn.execute("SELECT count(*) FROM cluster_stories").fetchone()[0]

    def put_cluster_stories(self, rows: Iterable[tuple[str, int, int, int | None, bytes]]
                            ) -> None:
        """Write stories of the clustering state: (id, seq, last arrival, last day, data)."""
        with self.transaction(), self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO cluster_stories (id, seq, last_arrival, last_day, data) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET seq=excluded.seq, "
                "last_arrival=excluded.last_arrival, last_day=excluded.last_day, "
                "data=excluded.data", list(rows))

    def delete_cluster_stories(self, story_ids: Iterable[str]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM cluster_stories WHERE id = ANY(%s)",
                              (list(story_ids),))

    def clear_cluster_rows(self) -> None:
        """Drop the clustering state's rows (before writing a whole new state)."""
        with self.transaction():
            self.conn.execute("DELETE FROM cluster_stories; DELETE FROM cluster_members; "
                              "DELETE FROM cluster_entities")

    def put_cluster_members(self, rows: Iterable[tuple[str, str]]) -> None:
        """Place articles in stories: (article, story), each not yet built with it."""
        with self.transaction(), self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO cluster_members (article, story, built) VALUES (%s, %s, NULL) "
                "ON CONFLICT (article) DO UPDATE SET story=excluded.story, built=NULL",
                list(rows))

    def mark_cluster_built(self, story_id: str, versions: dict[str, str]) -> None:
        """Record that ``story_id`` was built from its members at ``versions``
        (article -> version); a member not named stays to be built."""
        with self.transaction():
            self.conn.execute(
                "UPDATE cluster_members m SET built = given.version "
                "FROM unnest(%s::text[], %s::text[]) AS given(article, version) "
                "WHERE m.article = given.article AND m.story = %s",
                (list(versions), list(versions.values()), story_id))

    def unclustered_article_ids(self) -> list[str]:
        """Ids of the articles no story holds yet, in store order."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM cluster_members m "
            "WHERE m.article = a.id) ORDER BY published IS NULL, published, id")]

    def unbuilt_cluster_stories(self) -> set[str]:
        """Stories with a member they were not built with, or that was written
        again since (its text or claims remade): by index."""
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT story FROM cluster_members WHERE built IS NULL")}

    def _unbuilt(self, article_id: str) -> None:
        """The story holding ``article_id`` is to be built again (its article changed)."""
        self.conn.execute("UPDATE cluster_members SET built = NULL WHERE article = %s",
                          (article_id,))

    def article_versions_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """:meth:`article_versions` of ``article_ids`` only."""
        return {r[0]: f"{r[1]}|{r[2] or ''}" for r in self.conn.execute(
            "SELECT a.id, a.stage, v.extractors FROM articles a "
            "LEFT JOIN claim_versions v ON v.article = a.id WHERE a.id = ANY(%s)",
            (list(article_ids),))}

    def entity_df(self, keys: Iterable[str]) -> dict[str, int]:
        """How many clustered articles name each of ``keys`` (those named at all)."""
        return dict(self.conn.execute(
            "SELECT key, df FROM cluster_entities WHERE key = ANY(%s)", (list(keys),)))

    def put_entity_df(self, counts: dict[str, int]) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO cluster_entities (key, df) SELECT * FROM "
                "unnest(%s::text[], %s::bigint[]) ON CONFLICT (key) DO UPDATE SET df=excluded.df",
                (list(counts), list(counts.values())))

    def unclustered_stories(self) -> list[str]:
        """Stored stories the clustering state no longer holds (merged away)."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM cluster_stories c "
            "WHERE c.id = s.id) ORDER BY id")]
