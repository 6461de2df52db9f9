"""Reading a URL: one page or feed, fetched with the same care as a file.

The web is hostile, and crosscheck may run next to services that trust their
network (a cloud metadata endpoint, an admin page on localhost). So:

1. only ``http`` and ``https``;
2. the host is resolved once, and loopback, private, link-local, multicast,
   reserved and cloud-metadata addresses are refused unless ``allow_private``;
3. the connection goes to the address that was checked (the Host header and,
   for https, SNI and certificate name stay the URL's host), so a DNS answer
   that changes between the check and the connection cannot swap it;
4. at most ``max_redirects`` redirects, each hop checked like the first;
5. the body is streamed and stopped at ``max_bytes``; one deadline bounds the
   whole fetch: connecting, the TLS handshake, the status line, the headers
   and the body, redirects included (every receive waits only until the
   deadline, so a server sending a byte every few seconds cannot stretch it);
6. only text, HTML, XML, feed and JSON content types are read;
7. the User-Agent says who is asking and why.

The body then goes through :func:`crosscheck.ingest.read_bytes`, as a file's would.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import select
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import Remedy
from ..models import RawDoc, Refusal
from . import IngestOptions, read_bytes

USER_AGENT = (f"crosscheck/{__version__} (+https://example.invalid/crosscheck; "
              "news corroboration research)")
ACCEPTED_TYPES = ("application/xhtml+xml", "application/rss+xml", "application/atom+xml",
                  "application/xml", "application/json")
# Cloud metadata services; most sit in link-local space already, named here so
# that the refusal says what they are.
METADATA_ADDRESSES = {ipaddress.ip_address("169.254.169.254"),
                      ipaddress.ip_address("fd00:ec2::254")}
_CHUNK = 65_536
_TIMED_OUT = "timed out (the whole fetch has a time limit)"


def is_url(argument: str) -> bool:
    """True for a command-line argument to fetch rather than open."""
    return argument.startswith(("http://", "https://"))


class _Refused(Exception):
    """A fetch stopped for a reason the user should read."""


@dataclass(frozen=True)
class Validators:
    """What a server said identifies the version it sent: its ``ETag`` and
    ``Last-Modified`` headers, verbatim ('' when it sent none). Sent back as
    ``If-None-Match`` and ``If-Modified-Since``, they let it answer
    304 Not Modified, with no body, when nothing changed."""

    etag: str = ""
    last_modified: str = ""

    def headers(self) -> dict[str, str]:
        return {name: value for name, value in (("If-None-Match", self.etag),
                                                ("If-Modified-Since", self.last_modified))
                if value}


@dataclass(frozen=True)
class Fetched:
    """A conditional fetch: ``items`` as :func:`fetch_url` gives them, or None
    when the server answered 304 Not Modified; ``validators`` to send next time
    (those given, after a 304 or a refusal)."""

    items: list[RawDoc | Refusal] | None
    validators: Validators


def fetch_url(url: str, *, allow_private: bool = False, max_bytes: int = 20_000_000,
              timeout: float = 30.0, max_redirects: int = 5) -> list[RawDoc | Refusal]:
    """Fetch ``url`` and read its body into raw documents (a page gives one, a
    feed one per item), or a one-item list with the refusal and its reason.
    Never raises for what the network or the server does."""
    items = fetch_if_changed(url, Validators(), allow_private=allow_private,
                             max_bytes=max_bytes, timeout=timeout,
                             max_redirects=max_redirects).items
    assert items is not None  # no validators sent: a 304 is refused as any other status
    return items


def fetch_if_changed(url: str, since: Validators, *, allow_private: bool = False,
                     max_bytes: int = 20_000_000, timeout: float = 30.0,
                     max_redirects: int = 5) -> Fetched:
    """:func:`fetch_url`, sending ``since`` so that the server may answer
    304 Not Modified (``items`` None) instead of the whole body again."""
    try:
        final_url, body, validators = _fetch(url, allow_private, max_bytes, timeout,
                                             max_redirects, since)
    except _Refused as exc:
        return Fetched([Refusal(url, str(exc))], since)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        reason = str(exc).replace("\n", " ")[:200] or type(exc).__name__
        return Fetched([Refusal(url, f"cannot fetch: {reason}")], since)
    if body is None:
        return Fetched(None, since)
    return Fetched(list(read_bytes(final_url, body, IngestOptions(max_bytes=max_bytes))),
                   validators)


def _fetch(url: str, allow_private: bool, max_bytes: int, timeout: float,
           max_redirects: int, since: Validators = Validators()
           ) -> tuple[str, bytes | None, Validators]:
    """The final URL, the body (None: 304 Not Modified, only when ``since``
    holds validators) and the validators the server sent with it."""
    deadline = time.monotonic() + timeout
    for _hop in range(max_redirects + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise _Refused(f"not an http or https URL ({parts.scheme or 'no'} scheme)")
        if not parts.hostname:
            raise _Refused("URL has no host")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _checked_address(parts.hostname, port, allow_private)
        conn = _connection(parts.scheme, parts.hostname, port, address, deadline)
        response = None
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("GET", path, headers={
                "User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity",
                "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                          "application/atom+xml, application/xml, application/json, text/*",
                **since.headers()})
            response = conn.getresponse()
            if response.status == 304 and since.headers():
                return url, None, since
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise _Refused(f"redirect ({response.status}) without a Location")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise _Refused(f"the server answered {response.status} {response.reason}")
            _check_type(response.getheader("Content-Type") or "")
            validators = Validators(response.getheader("ETag") or "",
                                    response.getheader("Last-Modified") or "")
            return url, _read_body(response, max_bytes), validators
        finally:
            if response is not None:
                response.close()
            conn.close()
    raise _Refused(f"more than {max_redirects} redirects (a redirect loop?)")


def _checked_address(host: str, port: int, allow_private: bool) -> str:
    """Resolve ``host`` once; the address to connect to, if it may be reached."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _Refused(f"cannot resolve {host} ({exc.strerror})") from None
    address = infos[0][4][0]
    ip = _unwrapped(ipaddress.ip_address(address.split("%", 1)[0]))
    if allow_private:
        return address
    if ip in METADATA_ADDRESSES:
        raise _Refused(f"{host} is a cloud metadata address ({ip}); refused")
    # The narrowest name first: Python counts link-local and reserved space as private too.
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            raise _Refused(f"{host} resolves to a {kind.replace('_', '-')} address ({ip}); "
                           f"{Remedy.ALLOW_PRIVATE} to read it")
    if not ip.is_global:
        raise _Refused(f"{host} resolves to a non-public address ({ip}); "
                       f"{Remedy.ALLOW_PRIVATE} to read it")
    return address


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _unwrapped(ip: ipaddress.IPv4Address | ipaddress.IPv6Address
               ) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The IPv4 address an IPv6 address carries, when it carries one: IPv4-mapped
    (::ffff:127.0.0.1), 6to4 (2002:7f00:1::), Teredo (2001:0::/32, its client
    address) and NAT64 (64:ff9b::7f00:1) all reach that IPv4 host, so they are
    judged as it is."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return ip
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def _connection(scheme: str, host: str, port: int, address: str,
                deadline: float) -> http.client.HTTPConnection:
    """A connection to ``address`` that speaks to the server as ``host``, and
    gives up at ``deadline`` (a time.monotonic() value)."""
    kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    conn: http.client.HTTPConnection = kind(host, port, timeout=_remaining(deadline))
    conn.pinned_address, conn.deadline = address, deadline
    return conn


class _PinnedHTTP(http.client.HTTPConnection):
    pinned_address = ""
    deadline = 0.0

    def connect(self) -> None:
        # http.client would resolve self.host again here; the checked address is used.
        sock = socket.create_connection((self.pinned_address, self.port),
                                        _remaining(self.deadline))
        self.sock = _DeadlineSocket(sock, self.deadline)


class _PinnedHTTPS(_PinnedHTTP):
    default_port = 443

    def connect(self) -> None:
        sock = socket.create_connection((self.pinned_address, self.port),
                                        _remaining(self.deadline))
        context = ssl.create_default_context()
        tls = context.wrap_socket(sock, server_hostname=self.host,
                                  do_handshake_on_connect=False)
        try:
            _handshake(tls, self.deadline)
        except BaseException:
            tls.close()
            raise
        self.sock = _DeadlineSocket(tls, self.deadline)


def _handshake(tls: ssl.SSLSocket, deadline: float) -> None:
    """The TLS handshake, done by the deadline: without blocking, so that a
    server trickling its certificate cannot stretch it as it could a socket
    timeout (which restarts with every byte)."""
    tls.setblocking(False)
    while True:
        try:
            tls.do_handshake()
            break
        except ssl.SSLWantReadError:
            ready = select.select([tls], [], [], _remaining(deadline))[0]
        except ssl.SSLWantWriteError:
            ready = select.select([], [tls], [], _remaining(deadline))[1]
        if not ready:
            _remaining(0.0)  # raises: timed out
    tls.setblocking(True)


class _DeadlineSocket:
    """The connection's socket as http.client sees it: every send and every
    receive waits at most until the fetch's deadline. A plain socket timeout
    bounds each receive and restarts with every byte, so a server sending a
    header byte every 2 s kept a fetch with timeout=10 going past 300 s."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock, self.deadline = sock, deadline
        self._readers, self._closed = 0, False

    def sendall(self, data: bytes) -> None:
        self.sock.settimeout(_remaining(self.deadline))
        self.sock.sendall(data)

    def makefile(self, mode: str = "rb") -> io.BufferedReader:
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def close(self) -> None:
        # As socket.socket does: http.client closes the connection while its
        # response still reads (it "hands the socket over"), so the socket
        # itself is closed only when no reader is left.
        self._closed = True
        self._close_if_unused()

    def reader_closed(self) -> None:
        self._readers -= 1
        self._close_if_unused()

    def _close_if_unused(self) -> None:
        if self._closed and self._readers == 0:
            self.sock.close()


class _DeadlineReader(io.RawIOBase):
    """What http.client reads the status line, headers and body from."""

    def __init__(self, owner: _DeadlineSocket) -> None:
        self.owner = owner

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self.owner.reader_closed()
        super().close()

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        self.owner.sock.settimeout(_remaining(self.owner.deadline))
        try:
            return self.owner.sock.recv_into(buffer)
        except TimeoutError:
            raise _Refused(_TIMED_OUT) from None


def _check_type(content_type: str) -> None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if not (mime.startswith("text/") or mime in ACCEPTED_TYPES):
        raise _Refused(f"content type {mime or 'missing'} is not text, HTML, XML, a feed "
                       "or JSON")


def _read_body(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise _Refused(f"too large: {int(declared) / 1e6:.0f} MB over the "
                       f"{max_bytes / 1e6:.0f} MB size limit ({Remedy.RAISE_MAX_BYTES} to read it)")
    body = bytearray()
    while True:
        chunk = response.read1(_CHUNK)  # each receive waits only until the deadline
        if not chunk:
            break
        body += chunk
        if len(body) > max_bytes:
            raise _Refused(f"too large: over the {max_bytes / 1e6:.0f} MB size limit "
                           f"({Remedy.RAISE_MAX_BYTES} to read it)")
    # A gzip Content-Encoding is left to read_bytes, which inflates it with the same bound.
    return bytes(body)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _Refused(_TIMED_OUT)
    return left
