"""The web's stores: a PostgreSQL store kept open between requests, an SQLite
store opened for each request.

Opening a PostgreSQL store is the dear part of a small request: a connection
(a server process forked, authentication) and the schema check (a transaction
under the migration lock): a story page's p95 was about 3x SQLite's with one
store opened per request. Opening an SQLite store is a file open, and its
connection belongs to the thread that made it, while FastAPI runs each
request's dependencies on any thread of its pool: SQLite stays per request.

Written here rather than with psycopg_pool (not a dependency): that pools raw
connections, and a store carries its own connection that reconnects after a
server restart (store/connection.py) and is checked once, when opened. The
stores themselves are pooled: a stack of open ones.
"""

from __future__ import annotations

import queue
from contextlib import contextmanager
from typing import Iterator

from ..store import Store, open_store

# Open stores kept idle between requests. Each is a server process on the
# PostgreSQL side, whose max_connections is 100 by default and is shared with
# ingests and other readers; eight serve eight requests at once without
# opening. Above that, a request opens its own store and closes it after.
IDLE_STORES = 8


class StorePool:
    """Stores of ``db`` lent to one request at a time (PostgreSQL), or opened
    and closed per request (SQLite)."""

    def __init__(self, db: str, read_only: bool, idle: int = IDLE_STORES) -> None:
        self.db, self.read_only = db, read_only
        self.pooled = db.startswith(("postgresql://", "postgres://"))
        # Last in, first out: the store used last is the one whose session the
        # server most likely still holds in its caches.
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue(idle)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A store for the time of the block: taken from the idle ones, else opened."""
        store = None
        if self.pooled:
            try:
                store = self._idle.get_nowait()
            except queue.Empty:
                pass
        if store is None:
            store = open_store(self.db, read_only=self.read_only)
        try:
            yield store
        finally:
            self._give_back(store)

    def _give_back(self, store: Store) -> None:
        # A transaction or the story lock still open would be another request's:
        # each is a `with` block that ended with the request, so this is a
        # store its request could not finish with; it is closed, not lent.
        if self.pooled and not store.conn.in_transaction and not store.conn.held:
            try:
                self._idle.put_nowait(store)
                return
            except queue.Full:
                pass
        store.close()

    def close(self) -> None:
        """Close the idle stores (when the server stops)."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
