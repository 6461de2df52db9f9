"""The serve command: the web page and the HTTP API over a store."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.markup import escape

from ..errors import NoStore, ReadOnlyStore
from ..ingest import DEFAULT_MAX_BYTES
from ..store import open_store
from .common import DbOption, err


def serve(
    db: DbOption = "crosscheck.db",
    host: Annotated[str, typer.Option(
        "--host", metavar="ADDRESS",
        help="Address to listen on. The default answers this machine only; another address "
             "exposes the store to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", metavar="PORT", min=1, max=65535,
                                      help="Port to listen on.")]
    = 8000,
    max_upload: Annotated[float, typer.Option(
        "--max-upload", metavar="MB", min=0.001,
        help="Refuse uploads (one request, and each file in it) above this many megabytes.")]
    = DEFAULT_MAX_BYTES / 1e6,
    # Defaults in crosscheck.web.server (not imported here: it loads the web stack).
    header_timeout: Annotated[Optional[float], typer.Option(
        "--header-timeout", metavar="SECONDS", min=0.1, show_default=False,
        help="Close a connection whose request headers are not complete by then "
             "(default 10).")] = None,
    max_connections: Annotated[Optional[int], typer.Option(
        "--max-connections", metavar="N", min=1, show_default=False,
        help="Close new connections at once while this many are open (default 500).")]
    = None,
    api_key: Annotated[Optional[str], typer.Option(
        "--api-key", envvar="CROSSCHECK_API_KEY", metavar="KEY", show_default=False,
        help="Let scripts post to the API with the header 'Authorization: Bearer KEY' "
             "(then only with it). Without a key, a post must name this server in its "
             "Origin header.")] = None,
) -> None:
    """Serve the web page and the HTTP API over the store: stories, one story with its
    disputes, claims by outlet and timeline, articles with their claims highlighted, and a
    form to add articles. The API is under /api/, described at /docs and /openapi.json.
    """
    from ..web import LOOPBACK_HOSTS, create_app
    from ..web.server import run

    # A store that cannot be used is refused here, with its reason, rather than
    # answered "StoreError" on every request.
    read_only = False
    try:
        open_store(db, create=False).close()
    except NoStore:  # served all the same: its page adds articles
        open_store(db).close()  # a place that cannot hold it is said now
        err.print(f"crosscheck: no store at {escape(db)} yet: it is made now, empty; add "
                  f"articles at /add or with: crosscheck ingest PATH --db {escape(db)}",
                  soft_wrap=True)
    except ReadOnlyStore as exc:
        open_store(db, read_only=True).close()  # says why when it cannot even be read
        read_only = True
        err.print(f"crosscheck: {escape(str(exc))}: it is served read-only (adding articles "
                  "is refused)", soft_wrap=True)
    hosts = list(LOOPBACK_HOSTS) if host in LOOPBACK_HOSTS else ["*"]
    web_app = create_app(db, max_upload=int(max_upload * 1e6), allowed_hosts=hosts,
                         api_key=api_key or None, read_only=read_only)
    err.print(f"crosscheck: serving {escape(db)}{' read-only' if read_only else ''} on "
              f"http://{escape(host)}:{port}/", soft_wrap=True)
    run(web_app, host, port, header_timeout=header_timeout, max_connections=max_connections)
