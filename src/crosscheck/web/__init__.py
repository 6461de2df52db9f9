"""The web page and the HTTP API: a thin layer over the library, served by
``crosscheck serve``.

``create_app(db)`` builds the FastAPI application. Each request has a store of
its own: an SQLite store opened for it (WAL mode: readers never wait for the
writer) and closed when done, or a PostgreSQL store lent from those kept open
(web/stores.py); writes (ingesting uploads) take one lock per app, so that two
uploads never build stories at the same time.

Article text is hostile until proven otherwise: templates escape every value,
the Content-Security-Policy forbids inline scripts and any other origin,
request bodies are bounded, forms that change state carry a CSRF token, only
loopback host names are accepted by default (against DNS rebinding), and
errors never show a stack trace.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from pathlib import Path, PurePath
from typing import Any, AsyncIterator, Iterator, Sequence

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import CrosscheckError, NotFound, QueryRefused, Remedy, StoreFull, worded
from ..ingest import DEFAULT_MAX_BYTES, IngestOptions, read_bytes
from ..pipeline import IngestReport, extract, ingest_items, update_stories
from ..models import Story
from ..store import Store
from .rebuild import DEFER_FROM, Rebuilder
from .stores import StorePool

__all__ = ["create_app", "DEFAULT_MAX_UPLOAD", "LOOPBACK_HOSTS"]

HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = DEFAULT_MAX_BYTES
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY")]
# Multipart framing around an upload of max_upload bytes: boundaries, part
# headers and the other form fields.
_FORM_SLACK = 64_000
_ISODATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
log = logging.getLogger("crosscheck.web")


class PayloadTooLarge(Exception):
    """A request body went over the app's upload limit while being read."""


def create_app(db: str | Path, max_upload: int = DEFAULT_MAX_UPLOAD,
               allowed_hosts: Sequence[str] = LOOPBACK_HOSTS,
               api_key: str | None = None, read_only: bool = False) -> FastAPI:
    """The web page and HTTP API over the store at ``db``.

    ``max_upload`` bounds a request body and each uploaded file (bytes);
    ``allowed_hosts`` are the Host header values accepted (``"*"`` for any).
    A request that changes the store must show it comes from this site (an
    ``Origin`` naming it, or ``Sec-Fetch-Site: same-origin``; the add form also
    its CSRF token); with ``api_key``, the API takes instead requests that
    carry ``Authorization: Bearer API_KEY``, and only those. ``read_only``
    serves a store that cannot be written (opened read-only; posts refused).
    """
    from . import api, pages  # the routers import this module's helpers

    stores = StorePool(str(db), read_only)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()  # the server stops: its idle connections end with it

    app = FastAPI(title="crosscheck", version=__version__, docs_url=None, redoc_url=None,
                  description="What is established, what is disputed and who says what. "
                              "Errors are always {\"error\": {\"code\", \"message\"}}.",
                  lifespan=lifespan)
    app.state.db = str(db)
    app.state.stores = stores
    app.state.max_upload = max_upload
    app.state.read_only = read_only
    app.state.secret = secrets.token_bytes(32)
    app.state.write_lock = threading.Lock()
    app.state.pages = PageCache(PAGE_CACHE_SIZE)
    app.state.rebuilder = Rebuilder(str(db))
    app.state.templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
        trim_blocks=True, lstrip_blocks=True)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for kind, handler in ((StarletteHTTPException, _http_error),
                          (RequestValidationError, _validation_error),
                          (PayloadTooLarge, _too_large), (QueryRefused, _query_refused),
                          (StoreFull, _store_full), (CrosscheckError, _crosscheck_error),
                          (Exception, _server_error)):
        app.add_exception_handler(kind, handler)
    app.add_middleware(RequestGuard, limit=max_upload + _FORM_SLACK, api_key=api_key,
                       read_only=read_only)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    return app


# Rendered story pages kept in memory: the biggest story pages take 100-300 ms
# to render and a newsroom reads the same few stories over and over. 256 pages
# of at most a few hundred KB each bound the cache to tens of MB.
PAGE_CACHE_SIZE = 256


class PageCache:
    """A thread-safe LRU of rendered pages, keyed by what they were made from.

    Written here rather than taken from a library: functools.lru_cache keys by
    the function's arguments (the request and the store are not the key), and
    twenty lines do not justify a dependency such as cachetools."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Any, value: bytes) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


# -- the store, per request ---------------------------------------------------------------
def get_store(request: Request) -> Iterator[Store]:
    """A FastAPI dependency: a store for the request (web/stores.py), given back after it."""
    with request.app.state.stores.store() as store:
        yield store


def stories_of_articles(store: Store, article_ids: Sequence[str]) -> set[str]:
    return store.story_ids_of_articles(article_ids)


def outlet_names(store: Store) -> list[str]:
    return store.outlets()


def find_stories(store: Store, q: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, outlet: str | None = None) -> list[dict]:
    """Stories, newest first, narrowed by words (all must occur in one of their
    articles), by a date range they overlap, and by an outlet that covered them."""
    for value in (date_from, date_to):
        if value and not _ISODATE.match(value):
            raise StarletteHTTPException(422, f"not a date: {value!r} (use YYYY-MM-DD)")
    stories = store.story_summaries()  # rows, not decoded stories: the list must stay fast
    if q and q.strip():
        wanted = stories_of_articles(store, store.search_articles(q, limit=1000))
        stories = [s for s in stories if s["id"] in wanted]
    if outlet:
        wanted = stories_of_articles(store, store.article_ids_of_outlet(outlet))
        stories = [s for s in stories if s["id"] in wanted]
    if date_from:
        stories = [s for s in stories if (s["last_date"] or s["first_date"] or "") >= date_from]
    if date_to:
        stories = [s for s in stories
                   if (s["first_date"] or s["last_date"] or "9999")[:len(date_to)] <= date_to]
    return stories


# -- ingesting uploads ----------------------------------------------------------------------
def upload_name(filename: str | None, fallback: str) -> str:
    """The name an upload is known by: the base name the client gave, tidied.
    It is a label and a format hint only; no file is ever opened by this name."""
    name = PurePath((filename or "").replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip()[:200]
    return f"upload/{name or fallback}"


def pasted_record(fields: dict[str, Any]) -> bytes:
    """A pasted article as one JSON record, read by the same reader as JSON files."""
    record = {k: str(v) for k, v in fields.items() if v not in (None, "")}
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def ingest_uploads(app: FastAPI, store: Store, uploads: Sequence[tuple[str, bytes]],
                   unit: str = "file") -> dict[str, Any]:
    """Run the CLI's pipeline over uploaded bytes: read, clean, store, extract
    claims, build stories. Returns the report: counts and refusals with reasons.
    ``unit`` names what an upload is in the summary ("file", or "article")."""
    options = IngestOptions(max_bytes=app.state.max_upload)
    report = IngestReport(files=len(uploads), unit=unit)
    # Read (inflated, decoded, refused) before taking the lock: an upload that
    # is slow to read, such as an archive that inflates like a bomb, must not
    # hold up the other writers while it is read.
    items = [item for name, data in uploads for item in read_bytes(name, data, options)]
    with app.state.write_lock:
        ingest_items(items, store, report)
        extract(store)
        # Big stories are rebuilt in the background (web/rebuild.py): the cost
        # of a post must not grow with the story it joins.
        update = update_stories(store, defer=lambda story: len(story.articles) >= DEFER_FROM)
        wanted = set(report.article_ids)
        later = {s.id: s for s in update.deferred if wanted & set(s.articles)}
        stories = [_stored_or(store, later[i]) if i in later else store.get_story(i)
                   for i in sorted(stories_of_articles(store, report.article_ids) | set(later))]
    if update.deferred:
        app.state.rebuilder.request(s.id for s in update.deferred)
    return {"summary": report.summary(), "files": report.files, "read": report.read,
            "new": report.new, "known": report.known,
            "refused": [{"origin": r.origin, "reason": _for_the_operator(r.reason)}
                        for r in report.refused],
            "articles": report.article_ids,
            "stories": [{"id": s.id, "headline": s.headline} for s in stories],
            "updating": sorted(later)}


#: A refusal's remedy as the server's operator applies it: the size limit of an
#: upload is the server's ``--max-upload``, not the library's ``max_bytes``. The
#: other remedies name settings an upload never meets (URLs, engines).
SETTING_OF_REMEDY = {Remedy.RAISE_MAX_BYTES: "raise crosscheck serve's --max-upload"}


def _for_the_operator(reason: str) -> str:
    """A library refusal as a web user reads it (:data:`SETTING_OF_REMEDY`)."""
    return worded(reason, SETTING_OF_REMEDY)


def _stored_or(store: Store, story: Story) -> Story:
    """The story as stored (what its page shows until its rebuild), else as clustered."""
    try:
        return store.get_story(story.id)
    except NotFound:
        return story


# -- CSRF: a random nonce in a cookie, the same nonce with its HMAC in the form -------------
CSRF_COOKIE = "crosscheck_csrf"


def csrf_token(app: FastAPI, nonce: str | None = None) -> tuple[str, str]:
    """(cookie value, form value) for a new or existing nonce."""
    nonce = nonce if nonce and re.fullmatch(r"[\w-]{16,64}", nonce) else \
        secrets.token_urlsafe(24)
    mac = hmac.new(app.state.secret, nonce.encode(), hashlib.sha256).hexdigest()
    return nonce, f"{nonce}.{mac}"


def csrf_valid(app: FastAPI, cookie: str | None, field: str | None) -> bool:
    if not cookie or not field:
        return False
    nonce, _, mac = field.partition(".")
    expected = hmac.new(app.state.secret, nonce.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(nonce, cookie) and hmac.compare_digest(mac, expected)


# -- errors: one JSON shape under /api/, a plain page elsewhere, never a trace -------------
_CODES = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found", 405: "method-not-allowed",
          413: "too-large", 415: "unsupported-media-type", 422: "invalid-input",
          500: "internal-error", 507: "insufficient-storage"}


def error_response(request: Request, status: int, message: str) -> Response:
    code = _CODES.get(status, f"http-{status}")
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    html = request.app.state.templates.get_template("error.html").render(
        status=status, code=code, message=message)
    return HTMLResponse(html, status_code=status)


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    message = exc.detail if isinstance(exc.detail, str) else _CODES.get(exc.status_code, "error")
    response = error_response(request, exc.status_code, message)
    for key, value in (exc.headers or {}).items():
        response.headers[key] = value
    return response


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
                         for e in exc.errors()[:5])
    return error_response(request, 422, f"invalid input: {problems}")


async def _too_large(request: Request, exc: PayloadTooLarge) -> Response:
    return error_response(request, 413, _too_large_message(request.app.state.max_upload))


def _too_large_message(limit: int) -> str:
    return (f"the request is larger than the {limit / 1e6:g} MB upload limit "
            "(crosscheck serve --max-upload raises it)")


async def _query_refused(request: Request, exc: QueryRefused) -> Response:
    # Written for the person who typed the query: shown whole, never logged
    # (a flood of long queries must not fill the log).
    return error_response(request, 400, str(exc))


async def _store_full(request: Request, exc: StoreFull) -> Response:
    log.error("%s %s: %s", request.method, request.url.path, exc)
    return error_response(request, 507, "the server's disk is full: nothing of this request "
                                         "was stored; try again once the operator frees space")


async def _crosscheck_error(request: Request, exc: CrosscheckError) -> Response:
    log.warning("%s %s: %s", request.method, request.url.path, exc)
    return error_response(request, 400, "the request could not be handled: "
                          + type(exc).__name__)


async def _server_error(request: Request, exc: Exception) -> Response:
    # Reached through Starlette's outermost middleware, so the security headers go on here.
    log.exception("error while serving %s %s", request.method, request.url.path)
    response = error_response(request, 500, "something went wrong on the server; "
                                            "the details are in the server's log")
    for key, value in SECURITY_HEADERS:
        response.headers[key.decode()] = value.decode()
    return response


# -- middleware (plain ASGI: no per-request task overhead) ---------------------------------
class SecurityHeaders:
    """Sets the Content-Security-Policy and the other security headers on every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


READ_ONLY_MESSAGE = ("this store is served read-only (its file, folder or file system "
                     "cannot be written): nothing can be added")
# Routes that check a CSRF token of their own (the add form): a request to them
# that shows no origin at all (an older browser) is let through to that check.
_OWN_TOKEN_ROUTES = ("/add",)


class RequestGuard:
    """Bounds request bodies (413), refuses state changes that do not show they
    come from this site or carry the API key (403, 401), and requests framed
    twice (400)."""

    def __init__(self, app: Any, limit: int, api_key: str | None = None,
                 read_only: bool = False) -> None:
        self.app = app
        self.limit = limit
        self.api_key = api_key
        self.read_only = read_only

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        request = Request(scope)
        if "content-length" in headers and "transfer-encoding" in headers:
            # Two framings: a proxy in front may read the other one (request
            # smuggling). RFC 9112 6.3: reject, and close the connection.
            response = error_response(request, 400, "Content-Length and Transfer-Encoding "
                                                    "together are refused; send one")
            response.headers["connection"] = "close"
            return await response(scope, receive, send)
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        refusal = self._refusal(headers, scope)
        if refusal is not None:
            status, message = refusal
            response = error_response(request, status, message)
            if status == 401:
                response.headers["www-authenticate"] = "Bearer"
            return await response(scope, receive, send)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            response = error_response(request, 413, _too_large_message(
                self.limit - _FORM_SLACK))
            return await response(scope, receive, send)
        received = 0

        async def bounded_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise PayloadTooLarge()
            return message

        await self.app(scope, bounded_receive, send)


    def _refusal(self, headers: dict[str, str], scope: dict) -> tuple[int, str] | None:
        """Why a state-changing request is refused (status, message), or None.

        CSRF: a page on another site can make a browser post here, and some
        browsers (older ones; any, from a sandboxed iframe) then send
        ``Origin: null`` without ``Sec-Fetch-Site``. So a request must show
        that it comes from this site; one that shows nothing is refused,
        except on the add form, whose CSRF token is the proof. Scripts either
        name this server in ``Origin`` or, when the server has an API key,
        send the key; then the API answers only requests that carry it."""
        path = scope.get("path", "")
        if self.read_only:
            return 403, READ_ONLY_MESSAGE
        if self.api_key and path.startswith("/api/"):
            scheme, _, given = headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer" and hmac.compare_digest(
                    given.strip().encode(), self.api_key.encode()):
                return None
            return 401, ("this server's API needs its key: send the header "
                         "'Authorization: Bearer API_KEY' (crosscheck serve --api-key)")
        site = headers.get("sec-fetch-site")
        origin = headers.get("origin")
        own = f"{scope.get('scheme', 'http')}://{headers.get('host', '')}"
        if (site is not None and site not in ("same-origin", "none")) \
                or origin not in (None, "null", own):
            return 403, "cross-site requests are refused"
        if origin == own or site is not None or path in _OWN_TOKEN_ROUTES:
            return None
        return 403, (f"a request that changes the store must show where it comes from: "
                     f"send the header 'Origin: {own}', or give the server an API key "
                     "(crosscheck serve --api-key) and send it")
