"""Helpers for the reliability suite: a time bound, writing files, stored articles."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from pathlib import Path


class Hang(BaseException):
    """Raised in the test's thread when its time bound has passed; a BaseException
    so that ingest's "one bad document must not stop the batch" cannot swallow it."""


@contextmanager
def time_bound(seconds: float):
    """Fail with :class:`Hang` after ``seconds`` (SIGALRM: main thread only; the
    regular-expression engine checks signals, so a runaway regex is stopped too)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def stored_articles(store) -> dict[str, dict]:
    """Every stored article as its dict minus ``origin`` (which names the path)."""
    return {a.id: {k: v for k, v in a.to_dict().items() if k != "origin"}
            for a in store.articles()}
