"""Slowloris against ``crosscheck serve``: connections that never finish their
headers are closed after the header timeout, connections over the cap are
closed at once, normal requests are still answered, and the flood is logged
once, not once per connection.

The server is a subprocess on a free loopback port, killed by its pid at the
end; every socket in the test has a timeout, so nothing here can hang.
"""

from __future__ import annotations

import select
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crosscheck.store import open_store

HEADER_TIMEOUT = 1.0
CAP = 20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str = "/api/stories") -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                     .encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
        return answer


@pytest.fixture
def server(tmp_path: Path):
    db = tmp_path / "serve.db"
    open_store(db).close()
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "crosscheck.cli", "serve", "--db", str(db), "--port", str(port),
         "--header-timeout", str(HEADER_TIMEOUT), "--max-connections", str(CAP)],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(300):  # up to 30 s to start
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, Path(log.name).read_text()
                time.sleep(0.1)
        yield port, Path(log.name)
    finally:
        process.kill()
        process.wait(timeout=30)
        log.close()


def _closed_by_server(conn: socket.socket) -> bool:
    try:
        return conn.recv(1) == b""
    except ConnectionResetError:
        return True


def test_headers_trickled_byte_by_byte_lose_the_connection(server):
    port, log = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        conn.settimeout(0.25)
        closed = False
        for _ in range(40):  # 10 s of trickling at most: ten times the header timeout
            try:
                conn.sendall(b"X")
                closed = _closed_by_server(conn)
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                closed = True
            if closed:
                break
        assert closed, "the server kept a connection whose headers never ended"
    assert b"200 OK" in _get(port)


def test_a_keep_alive_connection_cannot_trickle_its_next_request(server):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert conn.recv(65536).startswith(b"HTTP/1.1 200")
        conn.sendall(b"GET / HTTP/1.1\r\n")
        conn.settimeout(10)  # far beyond the header timeout
        try:
            while conn.recv(65536):  # the rest of the first answer, then the end
                pass
        except TimeoutError:
            pytest.fail("the server kept a connection whose next request never ended")


def test_connections_over_the_cap_are_closed_and_the_flood_logged_once(server):
    port, log = server
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(3 * CAP)]
    try:
        # Readable means closed (the clients send nothing, the server answers nothing).
        closed: set[socket.socket] = set()
        for _ in range(100):  # up to 10 s, ten header timeouts
            ready, _, _ = select.select([s for s in idle if s not in closed], [], [], 0.1)
            closed.update(s for s in ready if _closed_by_server(s))
            if len(closed) == len(idle):
                break
        assert len(closed) == len(idle)
        assert b"200 OK" in _get(port)
    finally:
        for s in idle:
            s.close()
    lines = log.read_text().splitlines()
    refused = [line for line in lines if "connection refused" in line]
    late = [line for line in lines if "request headers not complete" in line]
    assert len(refused) == 1 and len(late) == 1, lines


@pytest.mark.parametrize("method", [b"POST /api/articles", b"GET /api/stories"])
def test_content_length_with_transfer_encoding_is_refused_and_closed(server, method):
    port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(method + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        answer = b""
        try:
            while chunk := conn.recv(65536):
                answer += chunk
        except TimeoutError:
            pytest.fail(f"the connection was kept open after: {answer[:200]!r}")
    assert answer.startswith(b"HTTP/1.1 400"), answer[:300]
    assert b"Content-Length and Transfer-Encoding together are refused" in answer
