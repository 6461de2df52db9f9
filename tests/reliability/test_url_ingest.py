"""URL ingest against a local server on 127.0.0.1 (no other address is touched).

Tests opt in to loopback with ``allow_private=True``; without it loopback is
refused before any connection is made.
"""

from __future__ import annotations

import gzip
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hostile_corpus import GOOD_HTML
from reliability_support import run_bounded

from crosscheck import __version__
from crosscheck.ingest import url as url_module
from crosscheck.ingest.url import USER_AGENT, fetch_url
from crosscheck.models import RawDoc, Refusal

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>One</title><link>https://wire.example/1</link><pubDate>Tue, 11 Mar 2025 10:00:00 GMT</pubDate>
<description>Rescuers reached 12 miners on Tuesday, the company said.</description></item>
<item><title>Two</title><link>https://wire.example/2</link>
<description>The union said 13 miners were still trapped.</description></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []
    seen_hosts: list[str] = []

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        self.seen_hosts.append(self.headers.get("Host", ""))
        route = self.path.split("?")[0]
        if route == "/article.html":
            self._send(200, "text/html; charset=utf-8", GOOD_HTML.encode())
        elif route == "/feed.xml":
            self._send(200, "application/rss+xml", FEED.encode())
        elif route == "/gz.html":
            self._send(200, "text/html", gzip.compress(GOOD_HTML.encode()),
                       {"Content-Encoding": "gzip"})
        elif route == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
        elif route == "/no-type":
            self._send(200, "", b"plain words")
        elif route == "/big-declared":
            self._send(200, "text/plain", b"x" * 5000)
        elif route == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no Content-Length: the size is only known by reading
            for _ in range(50):
                self.wfile.write(b"word " * 200)
        elif route == "/loop":
            self._redirect("/loop")
        elif route.startswith("/hops/"):
            left = int(route.rsplit("/", 1)[1])
            self._redirect(f"/hops/{left - 1}" if left else "/article.html")
        elif route == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif route == "/to-private":
            self._redirect("http://10.0.0.1/admin")
        elif route == "/to-file":
            self._redirect("file:///etc/passwd")
        elif route == "/missing":
            self._send(404, "text/html", b"not here")
        else:
            self._send(500, "text/plain", b"unexpected")

    def _send(self, status, ctype, body, headers=None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The client hanging up mid-body is what the size-limit tests ask of
        # it ("/big-streamed"): not an error of the server's to print.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def server():
    _Handler.seen_agents = []
    _Handler.seen_hosts = []
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _only(items) -> RawDoc | Refusal:
    assert len(items) == 1, items
    return items[0]


def test_a_page_is_read_like_a_file_with_an_honest_user_agent(server):
    doc = _only(fetch_url(f"{server}/article.html", allow_private=True, timeout=10))
    assert isinstance(doc, RawDoc) and doc.format == "html"
    assert doc.origin == f"{server}/article.html"
    assert USER_AGENT == (f"crosscheck/{__version__} (+https://example.invalid/crosscheck; "
                          "news corroboration research)")
    assert _Handler.seen_agents[-1] == USER_AGENT
    assert _Handler.seen_hosts[-1] == server.removeprefix("http://")


def test_a_feed_gives_one_document_per_item(server):
    docs = fetch_url(f"{server}/feed.xml", allow_private=True, timeout=10)
    assert [d.origin for d in docs] == ["https://wire.example/1", "https://wire.example/2"]


def test_a_gzip_body_is_inflated_with_the_same_bound(server):
    doc = _only(fetch_url(f"{server}/gz.html", allow_private=True, timeout=10))
    assert isinstance(doc, RawDoc) and "flood barrier" in doc.content


@pytest.mark.parametrize("target", ["http://127.0.0.1:9/", "http://localhost:9/",
                                    "http://[::1]:9/"])
def test_loopback_is_refused_without_allow_private(target, monkeypatch):
    def no_connection(*args, **kwargs):
        raise AssertionError("a refused address must not be connected to")

    monkeypatch.setattr(url_module.socket, "create_connection", no_connection)
    refusal = _only(fetch_url(target, timeout=5))
    assert isinstance(refusal, Refusal)
    # In the library's terms: the CLI names its own option (--allow-private).
    assert "loopback" in refusal.reason and "pass allow_private=True" in refusal.reason
    assert "--" not in refusal.reason
    assert "\n" not in refusal.reason


@pytest.mark.parametrize("address,word", [
    ("10.1.2.3", "private"), ("192.168.0.1", "private"), ("172.16.5.4", "private"),
    ("169.254.169.254", "metadata"), ("fd00:ec2::254", "metadata"), ("169.254.1.1", "link-local"),
    ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"),
    ("::ffff:127.0.0.1", "loopback"), ("fe80::1", "link-local"), ("100.64.0.1", "non-public"),
    # IPv4 wrapped in IPv6: 6to4, Teredo (client 127.0.0.1, stored inverted), NAT64.
    ("2002:7f00:1::", "loopback"), ("2002:a9fe:a9fe::1", "metadata"),
    ("2002:c0a8:0101::", "private"), ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"),
    ("64:ff9b::7f00:1", "loopback"), ("64:ff9b::a00:1", "private"),
])
def test_non_public_addresses_are_refused_before_connecting(address, word, monkeypatch):
    """The resolver is faked (no test leaves 127.0.0.1): the check sees each address."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    real = socket.getaddrinfo
    monkeypatch.setattr(url_module.socket, "getaddrinfo", lambda host, *a, **k: [
        (family, socket.SOCK_STREAM, 6, "", (address, 80))] if host == "news.example"
        else real(host, *a, **k))
    monkeypatch.setattr(url_module.socket, "create_connection",
                        lambda *a, **k: pytest.fail("connected to a refused address"))
    refusal = _only(fetch_url("http://news.example/story", timeout=5))
    assert isinstance(refusal, Refusal) and word in refusal.reason, refusal


def test_the_checked_address_is_the_one_connected_to(server, monkeypatch):
    """DNS rebinding: the name is resolved once; connect() never resolves it again."""
    port = int(server.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    asked: list[str] = []

    def rebinding_resolver(host, *args, **kwargs):
        asked.append(host)
        if host == "rebind.example":  # first answer loopback, then a private address
            address = "127.0.0.1" if asked.count(host) == 1 else "10.9.9.9"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, *args, **kwargs)  # numeric addresses only

    monkeypatch.setattr(url_module.socket, "getaddrinfo", rebinding_resolver)
    doc = _only(fetch_url(f"http://rebind.example:{port}/article.html", allow_private=True,
                          timeout=10))
    assert isinstance(doc, RawDoc)
    assert _Handler.seen_hosts[-1] == f"rebind.example:{port}"
    assert asked == ["rebind.example", "127.0.0.1"]  # then connected to the address checked


@pytest.mark.parametrize("route", ["/to-metadata", "/to-private"])
def test_a_redirect_to_a_private_address_is_refused(server, route, monkeypatch):
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host == "127.0.0.1":
            return real(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, 80))]

    # The first hop is the local server, allowed by faking it public; later hops are not.
    monkeypatch.setattr(url_module.socket, "getaddrinfo", resolve)
    checked = url_module._checked_address
    monkeypatch.setattr(url_module, "_checked_address", lambda host, port, allow: (
        checked(host, port, True) if host == "127.0.0.1" else checked(host, port, allow)))
    refusal = _only(fetch_url(f"{server}{route}", timeout=10))
    assert isinstance(refusal, Refusal)
    assert "private" in refusal.reason or "metadata" in refusal.reason, refusal


def test_a_redirect_to_another_scheme_is_refused(server):
    refusal = _only(fetch_url(f"{server}/to-file", allow_private=True, timeout=10))
    assert isinstance(refusal, Refusal) and "http or https" in refusal.reason


def test_a_redirect_loop_stops_after_five(server):
    before = len(_Handler.seen_agents)
    refusal = _only(fetch_url(f"{server}/loop", allow_private=True, timeout=10))
    assert isinstance(refusal, Refusal) and "more than 5 redirects" in refusal.reason
    assert len(_Handler.seen_agents) - before == 6  # the first request and five redirects


def test_five_redirects_are_followed_and_six_are_not(server):
    doc = _only(fetch_url(f"{server}/hops/4", allow_private=True, timeout=10))
    assert isinstance(doc, RawDoc)
    refusal = _only(fetch_url(f"{server}/hops/5", allow_private=True, timeout=10))
    assert isinstance(refusal, Refusal)


@pytest.mark.parametrize("route", ["/big-declared", "/big-streamed"])
def test_oversize_bodies_are_refused(server, route):
    refusal = _only(fetch_url(f"{server}{route}", allow_private=True, max_bytes=1000,
                              timeout=10))
    assert isinstance(refusal, Refusal) and "too large" in refusal.reason


@pytest.mark.parametrize("route", ["/image.png", "/no-type"])
def test_wrong_content_types_are_refused(server, route):
    refusal = _only(fetch_url(f"{server}{route}", allow_private=True, timeout=10))
    assert isinstance(refusal, Refusal) and "content type" in refusal.reason


def test_errors_and_bad_urls_are_refusals(server):
    assert "404" in _only(fetch_url(f"{server}/missing", allow_private=True, timeout=10)).reason
    assert "http or https" in _only(fetch_url("ftp://127.0.0.1/x")).reason
    assert "no host" in _only(fetch_url("http:///path")).reason


def test_a_silent_server_meets_the_deadline():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts, never answers
    try:
        port = listener.getsockname()[1]
        refusal = _only(fetch_url(f"http://127.0.0.1:{port}/", allow_private=True, timeout=1))
        assert isinstance(refusal, Refusal) and "timed out" in refusal.reason
    finally:
        listener.close()


# A server that sends its answer one byte at a time, forever: each byte comes
# well within a socket timeout, so only a deadline over the whole fetch ends it.
TRICKLES = {
    "status line": b"",
    "headers": b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n",
    "body": b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n",
}


@pytest.fixture
def trickler():
    """A loopback server that answers each connection with a prefix, then one
    byte every 0.2 s until the client goes away or the test ends."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()
    prefix = [b""]

    def answer(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(prefix[0])
                while not stop.wait(0.2):
                    conn.sendall(b"HTTP/1.1 200 "[:1] if not prefix[0] else b"x")
            except OSError:  # the client hung up: what the test wants
                pass

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], prefix
    stop.set()
    thread.join(timeout=5)
    listener.close()


@pytest.mark.parametrize("part", list(TRICKLES))
def test_a_server_trickling_its_answer_meets_the_one_deadline(trickler, part):
    port, prefix = trickler
    prefix[0] = TRICKLES[part]
    done = run_bounded("""
        import sys
        from crosscheck.ingest.url import fetch_url
        [refusal] = fetch_url(sys.argv[1], allow_private=True, timeout=2)
        print(refusal.reason)
        """, seconds=15, memory_mb=1000, args=(f"http://127.0.0.1:{port}/slow",))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "timed out (the whole fetch has a time limit)" in done.stdout, done.stdout


def test_the_ingest_command_fetches_urls_only_with_allow_private(server, tmp_path, sample_dir):
    from typer.testing import CliRunner

    from crosscheck.cli import app
    from crosscheck.store import open_store

    runner = CliRunner()
    db = tmp_path / "url.db"
    page = f"{server}/article.html"
    refused = runner.invoke(app, ["ingest", page, "--db", str(db)])
    assert refused.exit_code == 0, refused.output
    assert "loopback" in refused.output and "--allow-private" in refused.output
    done = runner.invoke(app, ["ingest", page, f"{server}/feed.xml",
                               str(sample_dir / "valley_courier_vigil.txt"), "--db", str(db),
                               "--allow-private"])
    assert done.exit_code == 0, done.output
    with open_store(db) as store:
        origins = sorted(a.origin for a in store.articles())
    assert page in origins and "https://wire.example/1" in origins
    assert any(o.endswith("valley_courier_vigil.txt") for o in origins)
