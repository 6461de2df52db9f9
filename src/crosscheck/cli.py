"""The ``crosscheck`` command: thin wrappers over the library's public functions.

Progress bars and reports go to stderr, so that stdout carries only the
requested output (JSON stays machine-readable when piped).
"""

from __future__ import annotations

import json
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import __version__
from .contract import brief_document
from .errors import CrosscheckError
from .ingest import DEFAULT_MAX_BYTES, IngestOptions, list_files
from .ingest.url import fetch_url, is_url
from .pipeline import CLAIMS_VERSION, IngestReport, extract, ingest, ingest_items, update_stories
from .render import to_html, to_markdown
from .store import open_store
from .watch import RoundReport, parse_every, watch

app = typer.Typer(
    help="crosscheck reads many news articles about the same events and tells what is "
         "established, what is disputed and who says what, every statement traced to its "
         "sources.\n\nStart with: crosscheck run FOLDER --format md",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[str, typer.Option(
    "--db", envvar="CROSSCHECK_DB", metavar="PATH_OR_URL",
    help="The store: a file path for the embedded SQLite store (created if missing), "
         "or a postgresql://user@host/database URL (pip install 'crosscheck[postgres]').")]
MaxSize = Annotated[float, typer.Option(
    "--max-size", metavar="MB", min=0.001,
    help="Refuse files (and WARC records) larger than this many megabytes.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or report.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private",
    help="Let URL arguments reach loopback, private and link-local addresses (refused by "
         "default: a page must not make crosscheck read this machine or its network).")]


class Format(str, Enum):
    json = "json"
    md = "md"
    html = "html"


def _write(document: dict, format: "Format") -> None:
    if format is Format.json:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif format is Format.md:
        sys.stdout.write(to_markdown(document))
    else:
        sys.stdout.write(to_html(document))


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(
        help="Files or folders to read: text, HTML, JSON/JSON Lines, RSS/Atom, WARC "
             "(gzipped too), or http(s) URLs of pages and feeds. Folders are read "
             "recursively.")],
    format: Annotated[Format, typer.Option("--format", "-f",
                                           help="Output format: json, md or html.")] = Format.json,
    db: Annotated[Optional[str], typer.Option(
        "--db", metavar="PATH_OR_URL",
        help="Keep results in this store; by default a temporary store is used and discarded.")
    ] = None,
    max_size: MaxSize = DEFAULT_MAX_BYTES / 1e6,
    quiet: Quiet = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Read PATHS and print their stories in one shot: JSON (crosscheck/brief/1),
    Markdown, or a self-contained HTML report (--format html > report.html).

    Articles are cleaned (every removed fragment kept), grouped into stories by event
    (duplicates, syndicated copies, rewrites and shared wire copy marked), and their claims
    read: figures with their bounds, quotes with speakers, roles, dated events. Each story
    gets findings (agree, compatible, conflict, single-source, counting independent
    sources), a brief whose every sentence cites its sources, and a timeline.
    """
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as tmp:
        store = open_store(db or Path(tmp) / "run.db")
        try:
            report = _process(paths, store, max_size, quiet, allow_private)
            stories = store.stories()
            wanted = set(report.article_ids)
            chosen = [s for s in stories if wanted & set(s.articles)]
            document = brief_document(store, chosen)
        finally:
            store.close()
    _write(document, format)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Grouping(str, Enum):
    incremental = "incremental"
    keyed = "keyed"


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        help="Files or folders to read (recursively), or http(s) URLs of pages and feeds. "
             "With --engine: shards (CC-NEWS WARC files, JSON Lines parts, folders of them).")],
    db: DbOption = "crosscheck.db",
    max_size: MaxSize = DEFAULT_MAX_BYTES / 1e6,
    quiet: Quiet = False,
    allow_private: AllowPrivate = False,
    engine: Annotated[Optional[Engine], typer.Option(
        "--engine", case_sensitive=False,
        help="Read PATHS as shards, each recorded in the store when finished so that a "
             "relaunch resumes with the first unfinished one: 'local' (this machine, "
             "--workers processes) or 'ray' (Ray Data: a local Ray, or the cluster at "
             "$RAY_ADDRESS / --ray-address; pip install 'crosscheck[ray]').")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", min=1, metavar="N",
        help="With --engine: processes (local, default 1) or Ray workers (ray, default 2) "
             "running the per-article stages.")] = None,
    parquet: Annotated[Optional[Path], typer.Option(
        "--parquet", metavar="DIR", file_okay=False,
        help="With --engine: also write each shard's articles (with their vectors and "
             "MinHash signatures) and claims as Parquet files into DIR, for DuckDB or Spark.")
    ] = None,
    ray_address: Annotated[Optional[str], typer.Option(
        "--ray-address", envvar="RAY_ADDRESS", metavar="ADDRESS",
        help="With --engine ray: the cluster to run on (e.g. ray://head:10001, or auto); "
             "by default a local Ray on this machine.")] = None,
    grouping: Annotated[Grouping, typer.Option(
        "--grouping", case_sensitive=False,
        help="How articles become stories: 'incremental' (default: new articles join the "
             "stored stories one by one) or 'keyed' (regroup every article in one order-free "
             "pass, on Ray with --engine ray; for an archive read in one go).")
    ] = Grouping.incremental,
) -> None:
    """Read PATHS into the store, with a progress bar and a report of what was read,
    what was new, what was already known and what was refused (with reasons).

    Ingesting the same input twice adds nothing. A URL is fetched (20 MB and 30 s at
    most, 5 redirects) instead of opened; see --allow-private. For big runs, --engine
    reads shards in parallel and resumes where a killed run stopped (docs/scaling.md).
    """
    if engine is None and (workers or parquet):
        raise typer.BadParameter("--workers and --parquet go with --engine local or "
                                 "--engine ray", param_hint="--engine")
    store = open_store(db)
    try:
        if engine is None:
            _process(paths, store, max_size, quiet, allow_private, grouping.value)
        else:
            _process_shards(paths, store, engine, workers, parquet, ray_address,
                            max_size, quiet, grouping.value)
    finally:
        store.close()


def _process_shards(paths: list[str], store, engine: Engine, workers: int | None,
                    parquet: Path | None, ray_address: str | None, max_size: float,
                    quiet: bool, grouping: str = "incremental") -> None:
    """Shards through an executor (ingest and claims in one pass), then stories."""
    from .engine import LocalExecutor, RayExecutor, ingest_shards

    if any(is_url(p) for p in paths):
        raise typer.BadParameter("--engine reads shards on disk; fetch URLs without it",
                                 param_hint="PATHS")
    executor = (LocalExecutor(workers or 1) if engine is Engine.local
                else RayExecutor(workers or 2, address=ray_address or None))
    total = len(list_files(paths))
    with _bar("shards", total, quiet or total < 2) as (bar, task):
        report = ingest_shards(paths, store, executor, parquet_dir=parquet,
                               progress=lambda _p: bar.advance(task),
                               options=IngestOptions(max_bytes=int(max_size * 1e6)))
    _report(report, quiet)
    if report.parquet_files and not quiet:
        err.print(f"Parquet: {len(report.parquet_files)} files in {escape(str(parquet))}")
    _update_stories(store, quiet, grouping, engine.value)


@app.command()
def brief(story: Annotated[str, typer.Argument(help="The story id (see: crosscheck stories).")],
          db: DbOption = "crosscheck.db",
          format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
          = Format.md) -> None:
    """Print one story's brief: cited sentences, discrepancy report (conflicts first),
    corroborated findings, timeline and sources, as Markdown, JSON or one HTML file."""
    with open_store(db) as store:
        _write(brief_document(store, [store.get_story(story)]), format)


@app.command()
def articles(db: DbOption = "crosscheck.db",
             as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
             = False) -> None:
    """List the articles in the store: id, date, outlet, title."""
    with open_store(db) as store:
        for a in store.articles():
            if as_json:
                sys.stdout.write(json.dumps({"id": a.id, "published": a.published,
                                             "outlet": a.outlet, "title": a.title,
                                             "origin": a.origin}, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(f"{a.id}  {a.published or '----------':10}  "
                                 f"{(a.outlet or '-')[:24]:24}  {a.title or '(untitled)'}\n")


@app.command()
def show(article: Annotated[str, typer.Argument(help="The article id (see: crosscheck articles).")],
         db: DbOption = "crosscheck.db") -> None:
    """Print one article as JSON: metadata, cleaned text, and the removed fragments."""
    with open_store(db) as store:
        a = store.get_article(article)
        sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def stories(db: DbOption = "crosscheck.db") -> None:
    """List the stories in the store, newest first: id, dates, number of articles, headline."""
    with open_store(db) as store:
        for s in store.stories():
            span = s.first_date if s.first_date == s.last_date else \
                f"{s.first_date or '?'}..{s.last_date or '?'}"
            sys.stdout.write(f"{s.id}  {span or '----------':22}  {len(s.articles):3}  "
                             f"{s.headline}\n")


@app.command()
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
) -> None:
    """Serve the web page and the HTTP API over the store: stories, one story with its
    disputes, claims by outlet and timeline, articles with their claims highlighted, and a
    form to add articles. The API is under /api/, described at /docs and /openapi.json.
    """
    from .web import LOOPBACK_HOSTS, create_app
    from .web.server import run

    hosts = list(LOOPBACK_HOSTS) if host in LOOPBACK_HOSTS else ["*"]
    web_app = create_app(db, max_upload=int(max_upload * 1e6), allowed_hosts=hosts)
    err.print(f"crosscheck: serving {escape(db)} on http://{escape(host)}:{port}/",
              soft_wrap=True)
    run(web_app, host, port, header_timeout=header_timeout, max_connections=max_connections)


@app.command("watch")
def watch_command(
    sources: Annotated[list[str], typer.Argument(
        metavar="FEED_OR_FOLDER",
        help="Feed URLs (RSS/Atom; pages work too), folders, or files to poll.")],
    every: Annotated[str, typer.Option(
        "--every", metavar="DURATION",
        help="Time between rounds, start to start: 30s, 5m, 1h, or a number of seconds. "
             "At least 30s: each round downloads every feed in full.")] = "5m",
    db: DbOption = "crosscheck.db",
    rounds: Annotated[Optional[int], typer.Option(
        "--rounds", metavar="N", min=1,
        help="Stop after N rounds (by default: run until Ctrl-C).")] = None,
    allow_private: AllowPrivate = False,
    max_size: MaxSize = DEFAULT_MAX_BYTES / 1e6,
    quiet: Quiet = False,
) -> None:
    """Poll feeds and folders and fold new articles into the stored stories as they
    arrive, one line per round on stderr: time, new and known articles, refusals,
    sources that failed, stories new and changed.

    A folder's new or changed files are read. A feed's new entries are stored as the
    pages they link to (fetched like a URL given to ingest, at most 20 per feed per
    round), or as the entry's own text when the page cannot be fetched. New articles
    join the existing stories, which keep their ids. A source that fails is retried
    next round. Ctrl-C stops after the current round and prints a summary.

    What was seen is kept in memory: after a restart everything is read once more,
    which adds nothing to the store (ids are content hashes).
    """
    try:
        seconds = parse_every(every)
    except CrosscheckError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    stop = threading.Event()

    def interrupted(_signum, _frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt  # a second Ctrl-C: stop now, mid-round
        stop.set()
        err.print("crosscheck: stopping after this round (Ctrl-C again to stop at once)")

    def report(round_report: RoundReport) -> None:
        if quiet:
            return
        err.print(escape(round_report.summary()), soft_wrap=True)
        for kind, items in (("failed", round_report.failed), ("refused", round_report.refused)):
            for item in items:
                err.print(f"  {kind} {escape(item.origin)}: {escape(item.reason)}",
                          soft_wrap=True)

    store = open_store(db)
    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        summary = watch(sources, store, seconds, rounds=rounds,
                        options=IngestOptions(max_bytes=int(max_size * 1e6)),
                        allow_private=allow_private, on_round=report, stop=stop)
    finally:
        signal.signal(signal.SIGINT, previous)
        store.close()
    if not quiet:
        err.print(f"crosscheck: watched {escape(summary.summary())}", soft_wrap=True)


@app.command()
def version() -> None:
    """Print crosscheck's version."""
    sys.stdout.write(f"crosscheck {__version__}\n")


def _process(paths: list[str], store, max_size: float, quiet: bool,
             allow_private: bool = False, grouping: str = "incremental") -> IngestReport:
    """Ingest, then claims, then stories, with a progress bar for each long stage.
    Arguments starting with http:// or https:// are fetched; the rest are paths."""
    options = IngestOptions(max_bytes=int(max_size * 1e6))
    urls = [p for p in paths if is_url(p)]
    files = [Path(p) for p in paths if not is_url(p)]
    total = len(list_files(files))
    with _bar("ingest", total, quiet or total < 2) as (bar, task):
        report = ingest(files, store, options, progress=lambda _p: bar.advance(task))
    for url in urls:
        report.files += 1
        ingest_items(fetch_url(url, allow_private=allow_private, max_bytes=options.max_bytes),
                     store, report)
    _report(report, quiet)
    todo = len(store.articles_needing_claims(CLAIMS_VERSION))
    with _bar("claims", todo, quiet or todo < 2) as (bar, task):
        extract(store, progress=lambda n: bar.advance(task, n))
    _update_stories(store, quiet, grouping, "local")
    return report


def _report(report, quiet: bool) -> None:
    """An ingest's one-line summary, then each refusal with its reason (stderr)."""
    if quiet:
        return
    err.print(escape(report.summary()), soft_wrap=True)
    for refusal in report.refused:
        err.print(f"  refused {escape(refusal.origin)}: {escape(refusal.reason)}",
                  soft_wrap=True)


def _update_stories(store, quiet: bool, grouping: str, runner: str) -> None:
    """The story step with a progress bar over the stories it rebuilds."""
    with _bar("stories", None, quiet) as (bar, task):
        update = update_stories(store, progress=lambda done, total: bar.update(
            task, completed=done, total=total), grouping=grouping, runner=runner)
    if not quiet:
        err.print(escape(update.summary()), soft_wrap=True)


@contextmanager
def _bar(label: str, total: int | None, disable: bool):
    with Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, transient=True,
                  disable=disable or not err.is_terminal) as bar:  # no bar in a log file
        yield bar, bar.add_task(label, total=total)


def main() -> None:
    try:
        app()
    except CrosscheckError as exc:
        err.print(f"crosscheck: {escape(str(exc))}", soft_wrap=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
