"""The commands that read articles in: run (then print the brief), ingest, watch."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from ..contract import brief_document
from ..errors import CrosscheckError
from ..ingest import DEFAULT_MAX_BYTES, IngestOptions, list_files
from ..ingest.url import is_url
from ..store import open_store
from ..watch import RoundReport, parse_every, watch
from .common import (FORMATS, AllowPrivate, DbOption, MaxSize, OutletOption, Quiet,
                     SourcesOption, choice, err, in_command_terms, write_document)
from .progress import (checked, ingest_options, print_report, process, progress_bar,
                       stop_on_ctrl_c, update_stories_with_bar)


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
            with stop_on_ctrl_c(store, kept=db is not None) as pressed:
                report = process(paths, store, max_size, quiet, allow_private,
                                 nothing_read_is_an_error=True,
                                 options=ingest_options(max_size, outlet, sources),
                                 pressed=pressed)
            stories = store.stories()
            wanted = set(report.article_ids)
            chosen = [s for s in stories if wanted & set(s.articles)]
            document = brief_document(store, chosen)
        finally:
            store.close()
    write_document(document, format)


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
        "--engine", callback=choice("local", "ray"), metavar="local|ray",
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
        "--grouping", callback=choice("incremental", "keyed"),
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
        with stop_on_ctrl_c(store, kept=True) as pressed:
            if engine is None:
                process(paths, store, max_size, quiet, allow_private, grouping,
                        options=ingest_options(max_size, outlet, sources), pressed=pressed)
            else:
                process_shards(paths, store, engine, workers, parquet, ray_address,
                               max_size, quiet, grouping,
                               ingest_options(max_size, outlet, sources), pressed)
    finally:
        store.close()


def process_shards(paths: list[str], store, engine: str, workers: int | None,
                   parquet: Path | None, ray_address: str | None, max_size: float,
                   quiet: bool, grouping: str = "incremental",
                   options: IngestOptions | None = None,
                   pressed: threading.Event | None = None) -> None:
    """Shards through an executor (ingest and claims in one pass), then stories.
    ``pressed``: Ctrl-C, checked after each shard and story step."""
    from ..engine import LocalExecutor, RayExecutor, ingest_shards

    if any(is_url(p) for p in paths):
        raise typer.BadParameter("--engine reads shards on disk; fetch URLs without it",
                                 param_hint="PATHS")
    executor = (LocalExecutor(workers or 1) if engine == "local"
                else RayExecutor(workers or 2, address=ray_address or None))
    total = len(list_files(paths))
    with progress_bar("shards", total, quiet or total < 2) as (bar, task):
        report = ingest_shards(paths, store, executor, parquet_dir=parquet,
                               progress=checked(pressed, lambda _p: bar.advance(task)),
                               options=options or IngestOptions(max_bytes=int(max_size * 1e6)))
    print_report(report, quiet)
    if report.parquet_files and not quiet:
        err.print(f"Parquet: {len(report.parquet_files)} files in {escape(str(parquet))}")
    # The story step runs on the same workers as the shards.
    update_stories_with_bar(store, quiet, grouping, engine, executor, pressed)


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
    next round. Ctrl-C stops after the current round and prints a summary; Ctrl-C
    again stops at once (exit 130), saying how many articles were stored.

    What was seen is kept in memory: after a restart everything is read once more,
    which adds nothing to the store (ids are content hashes).
    """
    try:
        seconds = parse_every(every)
    except CrosscheckError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    stop = threading.Event()

    def stop_after_this_round() -> None:
        stop.set()
        err.print("crosscheck: stopping after this round (Ctrl-C again to stop at once)")

    def report(round_report: RoundReport) -> None:
        if quiet:
            return
        err.print(escape(round_report.summary()), soft_wrap=True)
        for kind, items in (("failed", round_report.failed), ("refused", round_report.refused)):
            for item in items:
                err.print(f"  {kind} {escape(item.origin)}: "
                          f"{escape(in_command_terms(item.reason))}", soft_wrap=True)

    store = open_store(db)
    try:
        with stop_on_ctrl_c(store, kept=True, first_press=stop_after_this_round) as pressed:
            summary = watch(sources, store, seconds, rounds=rounds,
                            options=IngestOptions(max_bytes=int(max_size * 1e6)),
                            allow_private=allow_private, on_round=report, stop=stop,
                            progress=checked(pressed, lambda *_: None))
    finally:
        store.close()
    if not quiet:
        err.print(f"crosscheck: watched {escape(summary.summary())}", soft_wrap=True)
