"""How ``crosscheck serve`` runs the app: uvicorn, plus what uvicorn lacks
against slow and numerous clients.

uvicorn times out an idle keep-alive connection, but not one that never
finishes its request headers (encode/uvicorn#157 asks for
``--timeout-request-start``; not there in 0.54), and it accepts connections
until the process runs out of file descriptors. A probe holding 20,000 such
connections exhausted the descriptors, normal requests timed out, and the log
grew 253 MB in 80 s. So the HTTP protocol given to uvicorn (its ``http=``
setting takes a protocol class) is its own h11 protocol with

1. a deadline for each request's headers (:data:`HEADER_TIMEOUT`), armed when
   a connection opens and when a keep-alive connection starts its next request;
2. a cap on open connections (:data:`MAX_CONNECTIONS`): one over it is closed
   at once, before it costs more than its socket;

and repeated log lines (one per dropped connection, uvicorn's "Invalid HTTP
request received.", asyncio's "socket.accept() out of system resource") are
written once a minute with a count. On a public network, put a reverse proxy
in front all the same (README: "Serving beyond this machine").
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["HEADER_TIMEOUT", "MAX_CONNECTIONS", "run"]

# Browsers send a request's headers in one packet; 10 s is what the uvicorn
# maintainers proposed for --timeout-request-start and leaves a slow mobile
# link room, while a slowloris client (one header byte every few seconds)
# loses its connection after 10 s.
HEADER_TIMEOUT = 10.0
# A newsroom's readers need tens of connections; 500 stays well under the
# usual limit of 1,024 open files per process, which SQLite connections,
# uploads and the page templates also draw on.
MAX_CONNECTIONS = 500
# One line per kind of repeated event per this many seconds, with a count.
LOG_EVERY = 60.0
log = logging.getLogger("crosscheck.web")


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a connection cap
    (set on a subclass by :func:`guarded_protocol`)."""

    header_timeout = HEADER_TIMEOUT
    max_connections = MAX_CONNECTIONS
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            log.warning("connection refused: %d connections open, the most "
                        "crosscheck serve --max-connections allows", self.max_connections)
            transport.close()
            return
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None and self.conn.their_state is h11.IDLE:
            self._arm()  # a keep-alive connection starts its next request
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the headers are in
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._disarm()  # idle now: uvicorn's keep-alive timeout takes over

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_late(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            log.warning("connection closed: request headers not complete within %g s "
                        "(crosscheck serve --header-timeout)", self.header_timeout)
            self.transport.close()


def guarded_protocol(header_timeout: float, max_connections: int) -> type[GuardedH11Protocol]:
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"header_timeout": header_timeout, "max_connections": max_connections})


class OncePerMinute(logging.Filter):
    """Lets a message through the first time, then holds back the same
    message for :data:`LOG_EVERY` seconds; the next one through says how many
    were held back. A flood of dropped connections is a few lines, not
    hundreds of megabytes."""

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[str, tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = f"{record.name}:{record.getMessage()}"
        now = time.monotonic()
        if len(self._last) > 1000:  # distinct messages: forget those out of their minute
            self._last = {k: v for k, v in self._last.items() if now - v[0] < LOG_EVERY}
        last, held = self._last.get(key, (float("-inf"), 0))
        if now - last < LOG_EVERY:
            self._last[key] = (last, held + 1)
            return False
        self._last[key] = (now, 0)
        if held:
            record.msg = f"{record.getMessage()} (and {held} more like it in the last " \
                         f"{now - last:.0f} s)"
            record.args = ()
        return True


def run(app: Any, host: str, port: int, header_timeout: float | None = None,
        max_connections: int | None = None) -> None:
    """Serve ``app`` on ``host``:``port`` until stopped (None: the defaults above)."""
    import uvicorn

    once = OncePerMinute()
    for name in ("crosscheck.web", "uvicorn.error", "asyncio"):
        logging.getLogger(name).addFilter(once)
    protocol = guarded_protocol(header_timeout or HEADER_TIMEOUT,
                                max_connections or MAX_CONNECTIONS)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                http=protocol)
