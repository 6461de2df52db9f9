"""Helpers for the reliability suite: time bounds (in this process, and for a
case run in a subprocess under a memory limit), writing files, stored articles."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
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


class Bounded:
    """What a case run by :func:`run_bounded` printed, and how it ended."""

    def __init__(self, done: subprocess.CompletedProcess) -> None:
        self.returncode, self.stdout, self.stderr = done.returncode, done.stdout, done.stderr


def run_bounded(code: str, *, seconds: float, memory_mb: int = 1500,
                args: tuple[str, ...] = ()) -> Bounded:
    """Run ``code`` in a fresh Python under a time limit and an address-space
    limit (RLIMIT_AS), and fail the test, saying which limit, when either is
    broken. Time and memory are asserted here, never by wall-clock asserts in
    the tests: a case that hangs is killed, not waited for."""
    limit = memory_mb * 1024 * 1024

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    import crosscheck

    src = str(Path(crosscheck.__file__).resolve().parents[1])  # the code under test
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [src, *filter(None, [os.environ.get("PYTHONPATH")])])}
    try:
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args],
                              capture_output=True, text=True, timeout=seconds,
                              preexec_fn=limit_memory, env=env)
    except subprocess.TimeoutExpired:  # subprocess.run has killed the child
        raise AssertionError(f"still running after {seconds} s (time limit)") from None
    if done.returncode != 0 and "MemoryError" in done.stderr:
        raise AssertionError(f"went over {memory_mb} MB (memory limit):\n{done.stderr[-2000:]}")
    return Bounded(done)
