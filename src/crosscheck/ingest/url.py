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
   whole fetch, redirects included;
6. only text, HTML, XML, feed and JSON content types are read;
7. the User-Agent says who is asking and why.

The body then goes through :func:`crosscheck.ingest.read_bytes`, as a file's would.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from urllib.parse import urljoin, urlsplit

from .. import __version__
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


def is_url(argument: str) -> bool:
    """True for a command-line argument to fetch rather than open."""
    return argument.startswith(("http://", "https://"))


class _Refused(Exception):
    """A fetch stopped for a reason the user should read."""


def fetch_url(url: str, *, allow_private: bool = False, max_bytes: int = 20_000_000,
              timeout: float = 30.0, max_redirects: int = 5) -> list[RawDoc | Refusal]:
    """Fetch ``url`` and read its body into raw documents (a page gives one, a
    feed one per item), or a one-item list with the refusal and its reason.
    Never raises for what the network or the server does."""
    try:
        final_url, body = _fetch(url, allow_private, max_bytes, timeout, max_redirects)
    except _Refused as exc:
        return [Refusal(url, str(exc))]
    except (OSError, http.client.HTTPException, ValueError) as exc:
        reason = str(exc).replace("\n", " ")[:200] or type(exc).__name__
        return [Refusal(url, f"cannot fetch: {reason}")]
    return list(read_bytes(final_url, body, IngestOptions(max_bytes=max_bytes)))


def _fetch(url: str, allow_private: bool, max_bytes: int, timeout: float,
           max_redirects: int) -> tuple[str, bytes]:
    deadline = time.monotonic() + timeout
    for _hop in range(max_redirects + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise _Refused(f"not an http or https URL ({parts.scheme or 'no'} scheme)")
        if not parts.hostname:
            raise _Refused("URL has no host")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _checked_address(parts.hostname, port, allow_private)
        conn = _connection(parts.scheme, parts.hostname, port, address,
                           _remaining(deadline))
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("GET", path, headers={
                "User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity",
                "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                          "application/atom+xml, application/xml, application/json, text/*"})
            sock = conn.sock  # kept: getresponse() may hand the socket over to the response
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise _Refused(f"redirect ({response.status}) without a Location")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise _Refused(f"the server answered {response.status} {response.reason}")
            _check_type(response.getheader("Content-Type") or "")
            return url, _read_body(sock, response, max_bytes, deadline)
        finally:
            conn.close()
    raise _Refused(f"more than {max_redirects} redirects (a redirect loop?)")


def _checked_address(host: str, port: int, allow_private: bool) -> str:
    """Resolve ``host`` once; the address to connect to, if it may be reached."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _Refused(f"cannot resolve {host} ({exc.strerror})") from None
    address = infos[0][4][0]
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if allow_private:
        return address
    if ip in METADATA_ADDRESSES:
        raise _Refused(f"{host} is a cloud metadata address ({ip}); refused")
    # The narrowest name first: Python counts link-local and reserved space as private too.
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            raise _Refused(f"{host} resolves to a {kind.replace('_', '-')} address ({ip}); "
                           "pass --allow-private to read it")
    if not ip.is_global:
        raise _Refused(f"{host} resolves to a non-public address ({ip}); "
                       "pass --allow-private to read it")
    return address


def _connection(scheme: str, host: str, port: int, address: str,
                timeout: float) -> http.client.HTTPConnection:
    """A connection to ``address`` that speaks to the server as ``host``."""
    if scheme == "https":
        conn: http.client.HTTPConnection = _PinnedHTTPS(host, port, timeout=timeout)
    else:
        conn = _PinnedHTTP(host, port, timeout=timeout)
    conn.pinned_address = address
    return conn


class _PinnedHTTP(http.client.HTTPConnection):
    pinned_address = ""

    def connect(self) -> None:
        # http.client would resolve self.host again here; the checked address is used.
        self.sock = socket.create_connection((self.pinned_address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    pinned_address = ""

    def connect(self) -> None:
        sock = socket.create_connection((self.pinned_address, self.port), self.timeout)
        context = ssl.create_default_context()
        self.sock = context.wrap_socket(sock, server_hostname=self.host)


def _check_type(content_type: str) -> None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if not (mime.startswith("text/") or mime in ACCEPTED_TYPES):
        raise _Refused(f"content type {mime or 'missing'} is not text, HTML, XML, a feed "
                       "or JSON")


def _read_body(sock: socket.socket, response: http.client.HTTPResponse,
               max_bytes: int, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise _Refused(f"too large: {int(declared) / 1e6:.0f} MB over the "
                       f"{max_bytes / 1e6:.0f} MB limit (raise --max-size)")
    body = bytearray()
    while True:
        sock.settimeout(_remaining(deadline))
        chunk = response.read1(_CHUNK)  # returns what has arrived: a slow server meets the deadline
        if not chunk:
            break
        body += chunk
        if len(body) > max_bytes:
            raise _Refused(f"too large: over the {max_bytes / 1e6:.0f} MB limit "
                           "(raise --max-size)")
    # A gzip Content-Encoding is left to read_bytes, which inflates it with the same bound.
    return bytes(body)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _Refused("timed out (the whole fetch has a time limit)")
    return left
