"""The long commands' stages with a progress bar each, their reports on stderr,
and Ctrl-C said plainly."""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..errors import InputError
from ..ingest import IngestOptions, OutletMap, list_files, read_mapping
from ..ingest.url import fetch_url, is_url
from ..pipeline import (CLAIMS_VERSION, IngestReport, analysed_in_english, extract, ingest,
                        ingest_items, not_in_english_note, update_stories)
from .common import err, in_command_terms


def process(paths: list[str], store, max_size: float, quiet: bool,
            allow_private: bool = False, grouping: str = "incremental",
            nothing_read_is_an_error: bool = False,
            options: IngestOptions | None = None,
            pressed: threading.Event | None = None) -> IngestReport:
    """Ingest, then claims, then stories, with a progress bar for each long stage.
    Arguments starting with http:// or https:// are fetched; the rest are paths.
    ``nothing_read_is_an_error``: for run, whose output would be an empty brief
    (ingest's report already says that everything was refused). ``pressed``:
    Ctrl-C, checked at each step (:func:`stop_on_ctrl_c`)."""
    options = options or IngestOptions(max_bytes=int(max_size * 1e6))
    urls = [p for p in paths if is_url(p)]
    files = [Path(p) for p in paths if not is_url(p)]
    total = len(list_files(files))
    with progress_bar("ingest", total, quiet or total < 2) as (bar, task):
        report = ingest(files, store, options,
                        progress=checked(pressed, lambda _p: bar.advance(task)))
    for url in urls:
        report.files += 1
        ingest_items(fetch_url(url, allow_private=allow_private, max_bytes=options.max_bytes),
                     store, report)
    print_report(report, quiet)
    if nothing_read_is_an_error and not report.article_ids:
        # (read but refused counts as nothing: a file too short for an article)
        why = "every input was refused" if report.refused else "no file was found"
        raise InputError(f"nothing could be read: {why}"
                         + (" (the reasons are above)" if report.refused and not quiet else ""))
    todo = len(store.articles_needing_claims(CLAIMS_VERSION))
    with progress_bar("claims", todo, quiet or todo < 2) as (bar, task):
        extract(store, progress=checked(pressed, lambda n: bar.advance(task, n)))
    foreign = sum(not analysed_in_english(a) for a in store.articles(report.article_ids))
    if foreign and not quiet:
        err.print(escape(not_in_english_note(foreign)))
    update_stories_with_bar(store, quiet, grouping, "local", pressed=pressed)
    return report


def ingest_options(max_size: float, outlet: str | None, sources: Path | None) -> IngestOptions:
    """How to read files: size bound, and the outlets the user names."""
    return IngestOptions(max_bytes=int(max_size * 1e6), outlet=(outlet or "").strip() or None,
                         outlets=read_mapping(sources) if sources else OutletMap())


@contextmanager
def stop_on_ctrl_c(store, kept: bool,
                   first_press: Callable[[], None] | None = None) -> Iterator[threading.Event]:
    """Ctrl-C: say what is kept and exit with 130 (128 + SIGINT), as shells expect.
    Every write is a transaction, so the store holds whole batches only.
    ``first_press``: called for a first Ctrl-C instead of stopping (watch then
    ends after its round, with exit 0); a second Ctrl-C stops as below.

    Python's own Ctrl-C is one KeyboardInterrupt, raised in whatever code runs
    when it is handled, and it can be lost there: raised in a ``__del__`` or a
    weakref callback (Python prints "Exception ignored" and goes on), or caught
    by a library's broad ``except``. So Ctrl-C is also remembered in the Event
    this yields: each progress step (:func:`checked`) raises it again, and a
    block that ends with it set ends as interrupted, never with exit 0. The
    one lost in a finalizer is not printed either (a traceback, for a Ctrl-C).

    A SIGINT ignored when the command started stays ignored: nohup and
    background jobs ignore it on purpose. A blocked one is unblocked: no shell
    starts a command so, but a program that starts us while SIGINT is blocked
    in its thread passes the block on (Python never lifts it), and Ctrl-C
    then waits, pending, until the ingest has run to exit 0.

    A Ctrl-C that comes while Python runs code that exec() or eval() compiled
    from a string is only remembered, for the next progress step: dataclasses
    and namedtuples build their methods so (importing spaCy makes hundreds),
    and CPython marks a KeyboardInterrupt that leaves such code as unhandled
    even when it is caught here; ``python -m crosscheck`` then ends by killing
    itself with SIGINT (exit -2, no traceback) instead of 130."""
    before = store.count_articles()
    pressed = threading.Event()
    command = sys._getframe(2)  # the ``with`` of this block (through contextlib's __enter__)

    def interrupted(_signum, frame) -> None:
        nonlocal first_press
        if first_press is not None:
            asked, first_press = first_press, None
            asked()
            return
        pressed.set()
        if not _runs_code_from_a_string(frame, command):
            raise KeyboardInterrupt

    def unraisable(info) -> None:
        if not (pressed.is_set() and issubclass(info.exc_type, KeyboardInterrupt)):
            previous_hook(info)

    previous = signal.getsignal(signal.SIGINT)
    handled = previous is not signal.SIG_IGN
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, ())  # as it is, to give back
    previous_hook = sys.unraisablehook
    try:
        sys.unraisablehook = unraisable
        if handled:
            signal.signal(signal.SIGINT, interrupted)
            # A Ctrl-C pending since before is handled here, as soon as unblocked.
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        yield pressed
        if pressed.is_set():  # pressed, and the KeyboardInterrupt lost on its way
            raise KeyboardInterrupt
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
    finally:
        if handled:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = previous_hook


def _runs_code_from_a_string(frame, outermost) -> bool:
    """Whether ``frame`` or one of its callers up to ``outermost`` runs code that
    exec() or eval() compiled from a string (Python names its file "<string>").
    The callers below ``outermost`` are not the command's: a test runner may itself
    run from such a string."""
    while frame is not None and frame is not outermost:
        if frame.f_code.co_filename == "<string>":
            return True
        frame = frame.f_back
    return False


def checked(pressed: threading.Event | None, step: Callable[..., None]) -> Callable[..., None]:
    """A progress callback that first stops the command if Ctrl-C was pressed
    (:func:`stop_on_ctrl_c`): each step of a long stage is a point where a lost
    Ctrl-C takes effect, instead of at the end of the whole ingest."""
    def callback(*args: object) -> None:
        if pressed is not None and pressed.is_set():
            raise KeyboardInterrupt
        step(*args)
    return callback


def print_report(report, quiet: bool) -> None:
    """An ingest's one-line summary, then each refusal with its reason (stderr)."""
    if quiet:
        return
    err.print(escape(report.summary()), soft_wrap=True)
    for refusal in report.refused:
        err.print(f"  refused {escape(refusal.origin)}: "
                  f"{escape(in_command_terms(refusal.reason))}", soft_wrap=True)


#: What the story step's bar says during each of its steps.
STORY_STEPS = {"assign": "stories: placing articles", "rebuild": "stories: rebuilding"}


def update_stories_with_bar(store, quiet: bool, grouping: str, runner: str,
                            executor=None, pressed: threading.Event | None = None) -> None:
    """The story step with a counted progress bar: the new articles placed in
    stories, then the stories rebuilt (on ``executor``'s workers when given)."""
    with progress_bar("stories", None, quiet) as (bar, task):
        update = update_stories(store, progress=checked(
            pressed, lambda step, done, total: bar.update(
                task, description=STORY_STEPS[step], completed=done, total=total)),
            grouping=grouping, runner=runner, executor=executor)
    if not quiet:
        err.print(escape(update.summary()), soft_wrap=True)


@contextmanager
def progress_bar(label: str, total: int | None, disable: bool):
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, transient=True,
                  disable=disable or not err.is_terminal) as bar:  # no bar in a log file
        yield bar, bar.add_task(label, total=total)
