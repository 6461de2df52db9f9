"""The sqlite store's clustering state in rows (migration m006, read and
written by :mod:`crosscheck.group.persist`): split from :mod:`.sqlite` to keep
that module to its records. A part of :class:`.sqlite.SQLiteStore`, not a
store of its own."""

from __future__ import annotations

from typing import Iterable


class ClusterRows:
    def open_cluster_stories(self, min_arrival: int, min_day: int | None
                             ) -> list[tuple[int, bytes]]:
        """(seq, data) of the clustering state's stories still open to new
        articles (last arrival at or after ``min_arrival``, or last day at or
        after ``min_day``), in the order made: two index ranges, not a scan."""
        # Two disjoint ranges, sorted here: with OR and ORDER BY seq, SQLite
        # walks the seq index through every row instead (0.3 s at 50,000).
        return sorted(self.db.execute(
            "SELECT seq, data FROM cluster_stories WHERE last_arrival >= ? UNION ALL "
            "SELECT seq, data FROM cluster_stories WHERE last_day >= ? AND last_arrival < ?",
            (min_arrival, min_day, min_arrival)).fetchall())

    def cluster_stories(self, story_ids: Iterable[str]) -> list[tuple[int, bytes]]:
        """(seq, data) of ``story_ids`` in the clustering state (those it
        holds), in the order made."""
        return sorted(self._in("SELECT seq, data FROM cluster_stories WHERE id IN ", story_ids))

    def cluster_story_ids(self, story_ids: Iterable[str]) -> set[str]:
        """Which of ``story_ids`` the clustering state holds."""
        return {r[0] for r in self._in("SELECT id FROM cluster_stories WHERE id IN ", story_ids)}

    def count_cluster_stories(self) -> int:
        return self.db.execute("SELECT count(*) FROM cluster_stories").fetchone()[0]

    def put_cluster_stories(self, rows: Iterable[tuple[str, int, int, int | None, bytes]]
                            ) -> None:
        """Write stories of the clustering state: (id, seq, last arrival, last day, data)."""
        with self.transaction():
            self.db.executemany(
                "INSERT INTO cluster_stories (id, seq, last_arrival, last_day, data) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, "
                "last_arrival=excluded.last_arrival, last_day=excluded.last_day, "
                "data=excluded.data", rows)

    def delete_cluster_stories(self, story_ids: Iterable[str]) -> None:
        with self.transaction():
            self.db.executemany("DELETE FROM cluster_stories WHERE id = ?",
                                [(i,) for i in story_ids])

    def clear_cluster_rows(self) -> None:
        """Drop the clustering state's rows (before writing a whole new state)."""
        with self.transaction():
            for table in ("cluster_stories", "cluster_members", "cluster_entities"):
                self.db.execute(f"DELETE FROM {table}")

    def put_cluster_members(self, rows: Iterable[tuple[str, str]]) -> None:
        """Place articles in stories: (article, story), each not yet built with it."""
        with self.transaction():
            self.db.executemany(
                "INSERT INTO cluster_members (article, story, built) VALUES (?, ?, NULL) "
                "ON CONFLICT(article) DO UPDATE SET story=excluded.story, built=NULL", rows)

    def mark_cluster_built(self, story_id: str, versions: dict[str, str]) -> None:
        """Record that ``story_id`` was built from its members at ``versions``
        (article -> version); a member not named stays to be built."""
        with self.transaction():
            self.db.executemany(
                "UPDATE cluster_members SET built = ? WHERE article = ? AND story = ?",
                [(v, a, story_id) for a, v in versions.items()])

    def unclustered_article_ids(self) -> list[str]:
        """Ids of the articles no story holds yet, in store order."""
        # Two steps: the anti-join reads only the two id indexes; ordering it
        # in SQL would read every article's row.
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article FROM cluster_members)")]
        rows = self._in("SELECT id, published FROM articles WHERE id IN ", ids)
        return [i for i, _ in sorted(rows, key=lambda r: (r[1] is None, r[1] or "", r[0]))]

    def unbuilt_cluster_stories(self) -> set[str]:
        """Stories with a member they were not built with, or that was written
        again since (its text or claims remade): by index."""
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT story FROM cluster_members WHERE built IS NULL")}

    def _unbuilt(self, article_id: str) -> None:
        """The story holding ``article_id`` is to be built again (its article changed)."""
        self.db.execute("UPDATE cluster_members SET built = NULL WHERE article = ?",
                        (article_id,))

    def article_versions_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """:meth:`article_versions` of ``article_ids`` only."""
        return {r[0]: f"{r[1]}|{r[2] or ''}" for r in self._in(
            "SELECT a.id, a.stage, v.extractors FROM articles a "
            "LEFT JOIN claim_versions v ON v.article = a.id WHERE a.id IN ", article_ids)}

    def entity_df(self, keys: Iterable[str]) -> dict[str, int]:
        """How many clustered articles name each of ``keys`` (those named at all)."""
        return dict(self._in("SELECT key, df FROM cluster_entities WHERE key IN ", keys))

    def put_entity_df(self, counts: dict[str, int]) -> None:
        with self.transaction():
            self.db.executemany("INSERT INTO cluster_entities (key, df) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET df=excluded.df",
                                list(counts.items()))

    def unclustered_stories(self) -> list[str]:
        """Stored stories the clustering state no longer holds (merged away)."""
        return [r[0] for r in self.db.execute(  # the id indexes only, not the stories' rows
            "SELECT id FROM stories WHERE id NOT IN (SELECT id FROM cluster_stories) ORDER BY id")]

    def _in(self, sql: str, values: Iterable[str], first: tuple = ()) -> list[tuple]:
        """The rows of ``sql``, which ends in ``IN ``, for all ``values``: 500
        bound at a time (SQLite binds at most 999); ``first`` binds the
        parameters before the list."""
        values = list(values)
        rows: list[tuple] = []
        for start in range(0, len(values), 500):
            chunk = values[start:start + 500]
            rows += self.db.execute(sql + f"({','.join('?' * len(chunk))})",
                                    (*first, *chunk)).fetchall()
        return rows
