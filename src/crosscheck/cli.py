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
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import __version__
from .contract import brief_document, schema_text
from .export import FORMATS as EXPORT_FORMATS, TABLES, export
from .errors import CrosscheckError, InputError, NoStore, NotFound, ReadOnlyStore
from .ingest import DEFAULT_MAX_BYTES, IngestOptions, OutletMap, list_files, read_mapping
from .ingest.url import fetch_url, is_url
from .lookup import find_article, find_story
from .pipeline import (CLAIMS_VERSION, IngestReport, analysed_in_english, extract, ingest,
                       ingest_items, not_in_english_note, update_stories)
from .render import to_html, to_markdown
from .store import open_store
from .watch import RoundReport, parse_every, watch

app = typer.Typer(
    help="crosscheck reads many news articles about the same events and tells what is "
         "established, what is disputed and who says what, every statement traced to its "
         "sources.\n\nStart with: crosscheck run FOLDER --format md",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    # Markdown: a docstring's lines are joined into paragraphs, rewrapped to the
    # terminal's width (the "rich" mode kept each source line break).
    rich_markup_mode="markdown")
err = Console(stderr=True, highlight=False)

DbOption = Annotated[str, typer.Option(
    "--db", envvar="CROSSCHECK_DB", metavar="PATH_OR_URL",
    help="The store: a file path for the embedded SQLite store (created if missing), "
         "or a postgresql://user@host/database URL (pip install 'crosscheck[postgres]').")]
MaxSize = Annotated[float, typer.Option(
    "--max-size", metavar="MB", min=0.001,
    help="Refuse files (and WARC records) larger than this many megabytes.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or report.")]
OutletOption = Annotated[Optional[str], typer.Option(
    "--outlet", metavar="NAME",
    help="The outlet of every file of this run that states none (a masthead, a header line "
         "or a record's source field is always read first).")]
SourcesOption = Annotated[Optional[Path], typer.Option(
    "--sources", metavar="FILE", exists=True, dir_okay=False,
    help="A mapping file (sources.toml or .json) naming the outlet of folders and file "
         "patterns; one at the top of a folder argument is read without this option.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private",
    help="Let URL arguments reach loopback, private and link-local addresses (refused by "
         "default: a page must not make crosscheck read this machine or its network).")]


def _choice(*words: str):
    """An option's check that its value is one of ``words`` (in any case); anything
    else is refused in one plain sentence naming them ("choose json, md or html,
    not 'pdf'")."""
    *first, last = words

    def check(value: str | None) -> str | None:
        if value is None or value.lower() in words:
            return value and value.lower()
        raise typer.BadParameter(f"choose {', '.join(first)} or {last}, not {value!r}")
    return check


FORMATS = _choice("json", "md", "html")


def _write(document: dict, format: str) -> None:
    if format == "json":
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif format == "md":
        sys.stdout.write(to_markdown(document))
    else:
        sys.stdout.write(to_html(document))


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH_OR_URL",
        help="Files or folders to read: text, HTML, JSON/JSON Lines, RSS/Atom, WARC "
             "(gzipped too), or http(s) URLs of pages and feeds. Folders are read "
             "recursively.")],
    format: Annotated[str, typer.Option("--format", "-f", callback=FORMATS, metavar="json|md|html",
                                        help="Output format: json, md or html.")] = "json",
    db: Annotated[Optional[str], typer.Option(
        "--db", metavar="PATH_OR_URL",
        help="Keep results in this store; by default a temporary store is used and discarded.")
    ] = None,
    max_size: MaxSize = DEFAULT_MAX_BYTES / 1e6,
    quiet: Quiet = False,
    allow_private: AllowPrivate = False,
    outlet: OutletOption = None,
    sources: SourcesOption = None,
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
            with _stop_on_ctrl_c(store, kept=db is not None):
                report = _process(paths, store, max_size, quiet, allow_private,
                                  nothing_read_is_an_error=True,
                                  options=_options(max_size, outlet, sources))
            stories = store.stories()
            wanted = set(report.article_ids)
            chosen = [s for s in stories if wanted & set(s.articles)]
            document = brief_document(store, chosen)
        finally:
            store.close()
    _write(document, format)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH_OR_URL",
        help="Files or folders to read (recursively), or http(s) URLs of pages and feeds. "
             "With --engine: shards (CC-NEWS WARC files, JSON Lines parts, folders of them).")],
    db: DbOption = "crosscheck.db",
    max_size: MaxSize = DEFAULT_MAX_BYTES / 1e6,
    quiet: Quiet = False,
    allow_private: AllowPrivate = False,
    outlet: OutletOption = None,
    sources: SourcesOption = None,
    engine: Annotated[Optional[str], typer.Option(
        "--engine", callback=_choice("local", "ray"), metavar="local|ray",
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
        help="With --engine ray: the cluster to run on (HEAD_IP:6379 from a node of the "
             "cluster, ray://head:10001 with Ray Client, or auto); by default a local Ray on "
             "this machine.")] = None,
    grouping: Annotated[str, typer.Option(
        "--grouping", callback=_choice("incremental", "keyed"),
        metavar="incremental|keyed",
        help="How articles become stories: 'incremental' (default: new articles join the "
             "stored stories one by one) or 'keyed' (regroup every article in one order-free "
             "pass, on Ray with --engine ray; for an archive read in one go).")
    ] = "incremental",
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
        with _stop_on_ctrl_c(store, kept=True):
            if engine is None:
                _process(paths, store, max_size, quiet, allow_private, grouping,
                         options=_options(max_size, outlet, sources))
            else:
                _process_shards(paths, store, engine, workers, parquet, ray_address,
                                max_size, quiet, grouping, _options(max_size, outlet, sources))
    finally:
        store.close()


def _process_shards(paths: list[str], store, engine: str, workers: int | None,
                    parquet: Path | None, ray_address: str | None, max_size: float,
                    quiet: bool, grouping: str = "incremental",
                    options: IngestOptions | None = None) -> None:
    """Shards through an executor (ingest and claims in one pass), then stories."""
    from .engine import LocalExecutor, RayExecutor, ingest_shards

    if any(is_url(p) for p in paths):
        raise typer.BadParameter("--engine reads shards on disk; fetch URLs without it",
                                 param_hint="PATHS")
    executor = (LocalExecutor(workers or 1) if engine == "local"
                else RayExecutor(workers or 2, address=ray_address or None))
    total = len(list_files(paths))
    with _bar("shards", total, quiet or total < 2) as (bar, task):
        report = ingest_shards(paths, store, executor, parquet_dir=parquet,
                               progress=lambda _p: bar.advance(task),
                               options=options or IngestOptions(max_bytes=int(max_size * 1e6)))
    _report(report, quiet)
    if report.parquet_files and not quiet:
        err.print(f"Parquet: {len(report.parquet_files)} files in {escape(str(parquet))}")
    _update_stories(store, quiet, grouping, engine)


@app.command()
def brief(story: Annotated[str, typer.Argument(
        metavar="STORY", help="The story id, or its first characters if no other story "
                              "id starts with them (see: crosscheck stories).")],
          db: DbOption = "crosscheck.db",
          format: Annotated[str, typer.Option("--format", "-f", callback=FORMATS, metavar="json|md|html",
                                              help="Output format: md, json or html.")]
          = "md") -> None:
    """Print one story's brief: cited sentences, discrepancy report (conflicts first),
    corroborated findings, timeline and sources, as Markdown, JSON or one HTML file."""
    with _open_to_read(db) as store:
        found = _found(lambda: find_story(store, story), f"crosscheck stories --db {db}")
        _write(brief_document(store, [found]), format)


@app.command()
def articles(db: DbOption = "crosscheck.db",
             as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
             = False) -> None:
    """List the articles in the store: id, date, outlet, title."""
    with _open_to_read(db) as store:
        for a in store.articles():
            if as_json:
                sys.stdout.write(json.dumps({"id": a.id, "published": a.published,
                                             "outlet": a.outlet, "title": a.title,
                                             "origin": a.origin}, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(f"{a.id}  {a.published or '----------':10}  "
                                 f"{(a.outlet or '-')[:24]:24}  {a.title or '(untitled)'}\n")


@app.command()
def show(article: Annotated[str, typer.Argument(
        metavar="ARTICLE", help="The article id, or its first characters if no other "
                                "article id starts with them (see: crosscheck articles).")],
         db: DbOption = "crosscheck.db") -> None:
    """Print one article as JSON: metadata, cleaned text, and the removed fragments."""
    with _open_to_read(db) as store:
        a = _found(lambda: find_article(store, article), f"crosscheck articles --db {db}")
        sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def stories(db: DbOption = "crosscheck.db") -> None:
    """List the stories in the store, newest first: id, dates, number of articles, headline."""
    with _open_to_read(db) as store:
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
    from .web import LOOPBACK_HOSTS, create_app
    from .web.server import run

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


@app.command("watch")
def watch_command(
    sources: Annotated[list[str], typer.Argument(
        metavar="FEED_OR_FOLDER",
        help="Feed URLs (RSS/Atom; pages work too), folders, or files to poll.")],
    every: Annotated[str, typer.Option(
        "--every", metavar="DURATION",
        help="Time between rounds, start to start: 30s, 5m, 1h, or a number of seconds. "
             "At least 30s: a server that ignores conditional requests sends its feed "
             "whole every round.")] = "5m",
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

    A folder's new or changed files are read. A feed is asked for only if it changed
    (its ETag and Last-Modified sent back). A feed's new entries are stored as the
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


@app.command("export")
def export_command(
    what: Annotated[str, typer.Option(
        "--what", callback=_choice(*TABLES), metavar="|".join(TABLES),
        help="Which records: one row per article, claim, finding or story.")],
    format: Annotated[str, typer.Option(
        "--format", "-f", callback=_choice(*EXPORT_FORMATS), metavar="|".join(EXPORT_FORMATS),
        help="csv, jsonl (JSON Lines), or parquet (pip install 'crosscheck[parquet]').")]
    = "csv",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE", dir_okay=False,
        help="Write to FILE instead of stdout.")] = None,
    db: DbOption = "crosscheck.db",
) -> None:
    """Write the store's articles, claims, findings or stories as one flat table, for
    your own tools (a spreadsheet, pandas, DuckDB). Lists and objects in a cell are JSON
    text in CSV and Parquet."""
    with _open_to_read(db) as store:
        if output is None:
            sys.stdout.flush()
            export(store, what, format, sys.stdout.buffer)
        else:
            with open(output, "wb") as out:
                export(store, what, format, out)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the crosscheck/brief/1 document that run --format json
    prints and the HTTP API returns (shipped in the package)."""
    sys.stdout.write(schema_text())


@app.command()
def version() -> None:
    """Print crosscheck's version."""
    sys.stdout.write(f"crosscheck {__version__}\n")


def _open_to_read(db: str):
    """The store at ``db`` for a command that only reads: never made here, so that
    a mistyped --db is not answered by a new, empty store."""
    try:
        return open_store(db, create=False)
    except ReadOnlyStore:  # reading needs no writing
        return open_store(db, read_only=True)
    except NoStore as exc:
        raise NoStore(f"{exc}; make one with: crosscheck ingest PATH --db {db}") from None


def _found(find, listing: str):
    """``find()``, its NotFound saying which command lists what there is."""
    try:
        return find()
    except NotFound as exc:
        raise NotFound(f"{exc} (list them with: {listing})") from None


def _process(paths: list[str], store, max_size: float, quiet: bool,
             allow_private: bool = False, grouping: str = "incremental",
             nothing_read_is_an_error: bool = False,
             options: IngestOptions | None = None) -> IngestReport:
    """Ingest, then claims, then stories, with a progress bar for each long stage.
    Arguments starting with http:// or https:// are fetched; the rest are paths.
    ``nothing_read_is_an_error``: for run, whose output would be an empty brief
    (ingest's report already says that everything was refused)."""
    options = options or IngestOptions(max_bytes=int(max_size * 1e6))
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
    if nothing_read_is_an_error and not report.read:
        why = "every input was refused" if report.refused else "no file was found"
        raise InputError(f"nothing could be read: {why}"
                         + (" (the reasons are above)" if report.refused and not quiet else ""))
    todo = len(store.articles_needing_claims(CLAIMS_VERSION))
    with _bar("claims", todo, quiet or todo < 2) as (bar, task):
        extract(store, progress=lambda n: bar.advance(task, n))
    foreign = sum(not analysed_in_english(a) for a in store.articles(report.article_ids))
    if foreign and not quiet:
        err.print(escape(not_in_english_note(foreign)))
    _update_stories(store, quiet, grouping, "local")
    return report


def _options(max_size: float, outlet: str | None, sources: Path | None) -> IngestOptions:
    """How to read files: size bound, and the outlets the user names."""
    return IngestOptions(max_bytes=int(max_size * 1e6), outlet=(outlet or "").strip() or None,
                         outlets=read_mapping(sources) if sources else OutletMap())


@contextmanager
def _stop_on_ctrl_c(store, kept: bool):
    """Ctrl-C: say what is kept and exit with 130 (128 + SIGINT), as shells expect.
    Every write is a transaction, so the store holds whole batches only."""
    before = store.count_articles()
    try:
        yield
    except KeyboardInterrupt:
        if not kept:
            err.print("interrupted: nothing kept (without --db, run uses a temporary store)")
            raise typer.Exit(130) from None
        try:
            stored = store.count_articles() - before
        except Exception:  # noqa: BLE001 - the connection itself may have been interrupted
            err.print("interrupted: run the same command again to finish")
        else:
            err.print(f"interrupted: {stored} article{'' if stored == 1 else 's'} stored; "
                      "run the same command again to finish")
        raise typer.Exit(130) from None


def _report(report, quiet: bool) -> None:
    """An ingest's one-line summary, then each refusal with its reason (stderr)."""
    if quiet:
        return
    err.print(escape(report.summary()), soft_wrap=True)
    for refusal in report.refused:
        err.print(f"  refused {escape(refusal.origin)}: {escape(refusal.reason)}",
                  soft_wrap=True)


#: What the story step's bar says during each of its steps.
STORY_STEPS = {"assign": "stories: placing articles", "rebuild": "stories: rebuilding"}


def _update_stories(store, quiet: bool, grouping: str, runner: str) -> None:
    """The story step with a counted progress bar: the new articles placed in
    stories, then the stories rebuilt."""
    with _bar("stories", None, quiet) as (bar, task):
        update = update_stories(store, progress=lambda step, done, total: bar.update(
            task, description=STORY_STEPS[step], completed=done, total=total),
            grouping=grouping, runner=runner)
    if not quiet:
        err.print(escape(update.summary()), soft_wrap=True)


@contextmanager
def _bar(label: str, total: int | None, disable: bool):
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
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
