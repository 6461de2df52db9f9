"""Rebuilding big stories in the background, at most once per interval.

Each post folds its articles into the stories at once (clustering is cheap),
but rebuilding a story (relations, findings, brief, timeline) costs more the
more articles it has: 0.35 s at the start of a story, 4.8 s at 209 members.
Posts into one growing story paid that every time. So a story of
:data:`DEFER_FROM` articles or more is not rebuilt by the post that changes
it: the post asks the app's :class:`Rebuilder`, which rebuilds every stale
story at most once per :data:`REBUILD_EVERY` seconds however many posts
arrive meanwhile (its pages say "updating" until then). Smaller stories are
rebuilt by the post itself, so that a new article shows in its story at once.

The rebuild runs in a worker process, not a thread: a thread would hold the
interpreter lock for seconds at a time and slow every request meanwhile (the
p95 of posts doubled within 400 posts into one story, bench/bench_posts.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from typing import Callable, Iterable

from ..pipeline import rebuild_stale_stories
from ..store import open_store

__all__ = ["DEFER_FROM", "REBUILD_EVERY", "Rebuilder"]

# A story of 20 articles rebuilds in about half a second (bench/bench_posts.py),
# what a post may cost; above that the cost grows with every member.
DEFER_FROM = 20
# How stale a big story's page may be while posts keep arriving.
REBUILD_EVERY = 10.0
log = logging.getLogger("crosscheck.web")


class Rebuilder:
    """One background thread per app that rebuilds the stories asked for,
    coalescing requests: asked a thousand times within the interval, it
    rebuilds once."""

    def __init__(self, db: str, every: float = REBUILD_EVERY,
                 runner: Callable[[str], object] | None = None) -> None:
        self.db = db
        self.every = every
        #: What rebuilds the stale stories of the store at ``db``: by default
        #: :func:`rebuild_store` in the worker process.
        self.runner = runner or self._in_worker
        self._pool = None
        self._pending: set[str] = set()
        self._running: set[str] = set()
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None
        self._last = float("-inf")

    def request(self, story_ids: Iterable[str]) -> None:
        with self._lock:
            self._pending.update(story_ids)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="crosscheck-rebuild",
                                                daemon=True)
                self._thread.start()
            self._wake.notify()

    def updating(self, story_id: str) -> bool:
        """True while the story waits for its rebuild or is being rebuilt."""
        with self._lock:
            return story_id in self._pending or story_id in self._running

    def idle(self) -> bool:
        with self._lock:
            return not self._pending and not self._running

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._pending:
                    self._wake.wait()
                wait = self._last + self.every - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # posts meanwhile join this round
            with self._lock:
                self._running, self._pending = self._pending, set()
            try:
                self.runner(self.db)
            except Exception:  # noqa: BLE001 - the next post asks again; the pages stay
                log.exception("rebuilding stories in the background failed")
            with self._lock:
                self._running = set()
                self._last = time.monotonic()

    def _in_worker(self, db: str) -> object:
        if self._pool is None:
            # spawn, not fork: this process runs threads (the server's, the
            # model runtimes'), whose locks a forked child could inherit held.
            # The pool's worker is a daemon, ended when the server exits.
            self._pool = multiprocessing.get_context("spawn").Pool(1)
        return self._pool.apply(rebuild_store, (db,))


def rebuild_store(db: str) -> tuple[str, ...]:
    """Rebuild the stale stories of the store at ``db`` (in the worker process)."""
    store = open_store(db)
    try:
        return rebuild_stale_stories(store)
    finally:
        store.close()
