"""The PostgreSQL store's connection, made again when the server went away.

A server restart (an upgrade, a failover, a crash) ends every session; psycopg
then marks the connection *broken*. What a store call does about it depends on
what the lost session held:

* nothing (a read, which the store runs in autocommit, or the ``BEGIN`` that
  opens a write): the call connects again, once, and runs its statement again,
  which is harmless since nothing of it had been done;
* an open transaction, or a session lock (the story update's): their work
  died with the session (the server rolls the transaction back and releases
  the lock), and running the rest of it on a new session would not be the same
  thing, so the call fails with a one-line :class:`StoreError` saying that the
  server went away and what was undone; the next call connects again.

When the server cannot be reached again, the call fails with a one-line
:class:`StoreError` as well. psycopg is imported by the store before a
connection is made.
"""

from __future__ import annotations

from contextlib import ExitStack, contextmanager
from typing import Any, Callable, Iterator

from ..errors import StoreError

__all__ = ["Connection"]


class Connection:
    """A psycopg connection in autocommit mode (``raw``) that reconnects as
    the module docstring says. ``setup`` is run on every new connection
    (adapters, which belong to a connection)."""

    def __init__(self, url: str, shown: str, setup: Callable[[Any], None]):
        self.url, self.shown, self.setup = url, shown, setup
        #: What the current session holds that a new one would not, outermost
        #: first, each as the words that finish "went away ...".
        self.held: list[str] = []
        self.sessions = 0  # how many connections were made: a session's number
        self._transactions = 0
        self.raw = self._connect()

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(self.url, autocommit=True)
        self.setup(conn)
        self.sessions += 1
        return conn

    @property
    def in_transaction(self) -> bool:
        return self._transactions > 0

    def execute(self, query: Any, params: Any = None) -> Any:
        return self._run(lambda: self.raw.execute(query, params))

    def cursor(self) -> Any:
        """A cursor of the current session: for use inside :meth:`transaction`."""
        return self.raw.cursor()

    @contextmanager
    def transaction(self, doing: str) -> Iterator[None]:
        """A transaction; ``doing`` finishes "went away ..." if the server goes
        away before it ends ("during a write, which was undone whole")."""
        import psycopg

        with ExitStack() as stack:
            self._run(lambda: stack.enter_context(self.raw.transaction()))
            self._transactions += 1
            try:
                with self.holding(doing):
                    yield
            except psycopg.OperationalError as exc:  # at COMMIT, or from a cursor
                if self.raw.broken:
                    raise self._went_away(exc, doing) from None
                raise
            finally:
                self._transactions -= 1

    @contextmanager
    def holding(self, doing: str) -> Iterator[int]:
        """Mark the session as holding something (a session lock) while inside;
        gives the session's number, to compare with :attr:`sessions` after."""
        self.held.append(doing)
        try:
            yield self.sessions
        finally:
            self.held.pop()

    def lost_since(self, session: int) -> bool:
        """True if session ``session`` is over: broken, or replaced."""
        return self.sessions != session or self.raw.broken

    def close(self) -> None:
        self.raw.close()

    def _run(self, call: Callable[[], Any]) -> Any:
        import psycopg

        if self.raw.broken:
            self._reconnect(None)
        try:
            return call()
        except psycopg.OperationalError as exc:
            if not self.raw.broken:
                raise
            self._reconnect(exc)
        try:
            return call()
        except psycopg.OperationalError as exc:
            if self.raw.broken:  # gone again at once: not worth a third try
                raise self._went_away(exc) from None
            raise

    def _reconnect(self, exc: Exception | None) -> None:
        """A new session in place of the broken one, unless the broken one held
        something: then the call fails, and the next one reconnects."""
        import psycopg

        if self.held:
            raise self._went_away(exc, self.held[0]) from None
        try:
            self.raw = self._connect()
        except psycopg.Error as again:
            raise StoreError(
                f"the PostgreSQL server of {self.shown} went away and cannot be reached "
                f"again ({_first_line(again)}): check that it is running, then run the "
                "same command again") from None

    def _went_away(self, exc: Exception | None, doing: str = "") -> StoreError:
        why = f" ({_first_line(exc)})" if exc is not None else ""
        return StoreError(f"the PostgreSQL server of {self.shown} went away "
                          f"{doing or 'twice in one call'}{why}: run the same command again")


def _first_line(exc: Exception) -> str:
    """psycopg's messages run over several lines (a hint on the next one)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
