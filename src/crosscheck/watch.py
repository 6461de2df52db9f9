"""Watching feeds and folders: new articles fold into the stored stories as they arrive.

:func:`watch` polls its sources every ``every`` seconds. One round:

1. each folder is listed, and only the files that are new or changed since the
   last round (same path, size and modification time: unchanged) are read;
2. each feed, a URL or a feed file named as a source, is read, and for every
   entry not seen before (known by its id: RSS guid, Atom id; else by its
   link) the page it links to is fetched with
   :func:`~crosscheck.ingest.url.fetch_url`, under the same guards as
   ``crosscheck ingest URL`` and at most :data:`MAX_PAGES_PER_FEED` pages per
   feed per round. When the page cannot be fetched, the entry's own text is
   kept instead and the refusal is recorded. A feed URL is fetched
   conditionally: its ``ETag`` and ``Last-Modified`` are sent back, so a
   feed that did not change costs one request answered 304, with no body;
3. only when something new was stored (and in the first round, to catch up
   with whatever the store already holds): claims are read for the new
   articles, and :func:`~crosscheck.pipeline.update_stories` folds them into
   the stored clustering state, rebuilding only the stories they join.
   Stories keep their ids, and a round that brings nothing new touches no
   story.

A feed inside a watched folder is read as ``crosscheck ingest`` reads it:
each entry's own text, no page fetched. Name the feed file itself as a source
to have its entries' pages fetched.

When one source fails (network down, broken feed, folder gone), the round
records a one-line reason, goes on with the other sources, and tries that
source again next round.

What has been seen (folder files' signatures, feed entries' ids and links,
feeds' validators) is kept in memory only. So a restart reads every folder file again, and fetches every
feed entry's page again, once. Nothing is duplicated, because ids are content
hashes. The exception is a page whose HTML changed in the meantime (a rotating
advert, a "most read" box): it comes back as a new document, which grouping
marks as a duplicate of the first.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .errors import InputError, RefusedInput
from .ingest import IngestOptions, list_files, read_path
from .ingest.url import Validators, fetch_if_changed, fetch_url, is_url
from .models import RawDoc, Refusal
from .pipeline import IngestReport, extract, ingest_items, update_stories
from .store import Store

__all__ = ["MAX_PAGES_PER_FEED", "MIN_EVERY", "RoundReport", "WatchSummary", "parse_every",
           "watch"]

#: The shortest ``--every`` accepted, in seconds. A feed is fetched
#: conditionally (If-None-Match, If-Modified-Since), but a server that ignores
#: them sends the whole feed every round, and a news feed rarely changes twice
#: in half a minute. Polling faster would mostly cost the publisher bandwidth,
#: and risk getting this client blocked, without bringing the news any sooner.
MIN_EVERY = 30.0

#: Pages fetched per feed per round, at most. A feed seen for the first time
#: may list a hundred entries or more, and each fetch may take up to 30 s, so
#: fetching them all could keep one round on one publisher's server for most
#: of an hour. With 20, the worst round spends 10 minutes per feed, and the
#: usual round a few seconds. This is a judgement, not a measurement: a feed
#: that adds more than 20 entries between two polls still gets them all,
#: because entries beyond the bound are not marked as seen and the following
#: rounds fetch them.
MAX_PAGES_PER_FEED = 20

#: A folder file modified less than this many seconds ago is left for the next
#: round. It may still be being copied, and reading it half-written would
#: store a truncated article beside the full one.
SETTLE_SECONDS = 2.0

_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smh]?)")


def parse_every(text: str) -> float:
    """Seconds from ``30s``, ``5m``, ``1h`` or a bare number of seconds
    (``90``), at least :data:`MIN_EVERY`; anything else raises InputError."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not match:
        raise InputError(f"{text!r} is not a duration: write a number with s, m or h "
                         "(30s, 5m, 1h), or a number of seconds (90)")
    seconds = float(match[1]) * _UNITS[match[2]]
    if seconds < MIN_EVERY:
        raise InputError(f"{text} is too short: poll every {MIN_EVERY:.0f}s or more "
                         "(a server that ignores conditional requests sends its feed whole "
                         "every round)")
    return seconds


@dataclass
class RoundReport:
    """What one round did. ``refused`` holds items that were not stored as
    given (a page that could not be fetched, a bad file). ``failed`` holds the
    sources that could not be read at all this round; they are tried again next
    round."""

    number: int
    started: datetime
    new: int = 0
    known: int = 0
    pages: int = 0
    deferred: int = 0
    unchanged: int = 0  # feeds answered 304 Not Modified
    refused: list[Refusal] = field(default_factory=list)
    failed: list[Refusal] = field(default_factory=list)
    stories_new: list[str] = field(default_factory=list)
    stories_changed: list[str] = field(default_factory=list)
    stories_merged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        line = (f"{self.started:%H:%M:%S} round {self.number}: {self.new} new articles, "
                f"{self.known} known, {len(self.refused)} refused, "
                f"{len(self.failed)} sources failed; stories {len(self.stories_new)} new, "
                f"{len(self.stories_changed)} changed")
        if self.stories_merged:
            line += f", {len(self.stories_merged)} merged into others"
        if self.deferred:
            line += f"; {self.deferred} feed entries left for the next round"
        if self.unchanged:
            line += f"; {self.unchanged} feed{'' if self.unchanged == 1 else 's'} unchanged"
        return line


@dataclass
class WatchSummary:
    """The totals of a watch, over all its rounds."""

    rounds: int = 0
    new: int = 0
    known: int = 0
    refused: int = 0
    failed: int = 0
    stories: set[str] = field(default_factory=set)

    def add(self, report: RoundReport) -> None:
        self.rounds += 1
        self.new += report.new
        self.known += report.known
        self.refused += len(report.refused)
        self.failed += len(report.failed)
        self.stories.update(report.stories_new, report.stories_changed)

    def summary(self) -> str:
        return (f"{self.rounds} rounds: {self.new} new articles, {self.known} known, "
                f"{self.refused} refused, {self.failed} source failures, "
                f"{len(self.stories)} stories new or changed")


@dataclass
class _Seen:
    """What earlier rounds read, in memory: each folder's or file's signatures
    (size, modification time) by path, the keys of feed entries and other
    items (see :func:`_item_key`), and each feed URL's validators."""

    files: dict[str, dict[Path, tuple[int, int]]] = field(default_factory=dict)
    items: set[str] = field(default_factory=set)
    validators: dict[str, Validators] = field(default_factory=dict)


def watch(sources: Sequence[str | os.PathLike], store: Store, every: float,
          rounds: int | None = None, options: IngestOptions = IngestOptions(),
          allow_private: bool = False, on_round: Callable[[RoundReport], None] | None = None,
          stop: threading.Event | None = None,
          progress: Callable[..., None] | None = None) -> WatchSummary:
    """Poll ``sources`` (feed URLs, folders, files) into ``store`` every ``every``
    seconds, start to start, for ``rounds`` rounds or until ``stop`` is set.

    ``stop`` ends the watch after the current round. ``on_round`` receives each
    round's report. ``progress`` is called at each step of a round's claims and
    stories (with that stage's arguments): what it raises stops the watch there.
    ``every`` is not held to :data:`MIN_EVERY` here: that minimum guards user
    input (see :func:`parse_every`), and code that embeds the watch may poll a
    local folder faster. See the module docstring for what one round does and
    what a restart costs.
    """
    if not sources:
        raise InputError("nothing to watch: name at least one feed URL, folder or file")
    if every < 0:
        raise InputError(f"every must be 0 seconds or more, not {every}")
    if rounds is not None and rounds < 1:
        raise InputError(f"rounds must be 1 or more, not {rounds} (or None: until stopped)")
    names = [str(s) for s in sources]
    for name in names:  # a mistyped path is a user error at the start, not a failure each round
        if not is_url(name) and not Path(name).exists():
            raise InputError(f"no such file or folder: {name} (check the path, or give an "
                             "http(s) URL)")
    stop = stop or threading.Event()
    seen = _Seen()
    summary = WatchSummary()
    while not stop.is_set():
        began = time.monotonic()
        report = _round(summary.rounds + 1, names, store, seen, options, allow_private,
                        progress)
        summary.add(report)
        if on_round:
            on_round(report)
        if rounds is not None and summary.rounds >= rounds:
            break
        stop.wait(max(0.0, every - (time.monotonic() - began)))
    return summary


def _round(number: int, sources: list[str], store: Store, seen: _Seen,
           options: IngestOptions, allow_private: bool,
           progress: Callable[..., None] | None = None) -> RoundReport:
    report = RoundReport(number, datetime.now().astimezone())
    stored = IngestReport()
    for source in sources:
        try:
            if is_url(source):
                _poll_url(source, store, seen, options, allow_private, stored, report)
            elif Path(source).is_dir():
                _poll_folder(source, store, seen, options, stored)
            else:
                _poll_file(source, store, seen, options, allow_private, stored, report)
        except _SourceFailed as exc:
            report.failed.append(Refusal(source, str(exc)))
        except (InputError, RefusedInput) as exc:
            report.failed.append(Refusal(source, f"{exc}; tried again next round"))
        except OSError as exc:
            report.failed.append(Refusal(source, f"cannot read: {exc.strerror or exc}; "
                                                 "tried again next round"))
    report.new, report.known, report.refused = stored.new, stored.known, stored.refused
    if stored.new or number == 1:
        before = store.story_fingerprints().keys()  # ids only: no story is decoded
        extract(store, progress=progress)
        update = update_stories(store, progress=progress)
        report.stories_new = [i for i in update.changed if i not in before]
        report.stories_changed = [i for i in update.changed if i in before]
        # A new article can bridge two stories; the younger one's id then goes.
        report.stories_merged = list(update.removed)
    return report


class _SourceFailed(Exception):
    """A whole source could not be read this round; the message says why."""


def _poll_folder(folder: str, store: Store, seen: _Seen, options: IngestOptions,
                 stored: IngestReport) -> None:
    """Read the folder's new and changed files. A file deleted since the last
    round is forgotten; its articles stay in the store."""
    now = time.time()
    known = seen.files.get(folder, {})
    current: dict[Path, tuple[int, int]] = {}
    changed: list[Path] = []
    for path in list_files([folder]):
        try:
            stat = path.stat()
        except FileNotFoundError:  # deleted between the listing and now
            continue
        if now - stat.st_mtime < SETTLE_SECONDS:
            continue  # not in ``current``: compared afresh next round
        current[path] = (stat.st_size, stat.st_mtime_ns)
        if known.get(path) != current[path]:
            changed.append(path)
    ingest_items((item for path in changed for item in read_path(path, options)), store, stored)
    seen.files[folder] = current


def _poll_file(name: str, store: Store, seen: _Seen, options: IngestOptions,
               allow_private: bool, stored: IngestReport, report: RoundReport) -> None:
    """A file named as a source: read again when it changed. A feed file's
    entries are followed to their pages like a feed URL's. A refused file is
    refused once (stored with its reason), not at every round."""
    path = Path(name)
    stat = path.stat()
    signature = {path: (stat.st_size, stat.st_mtime_ns)}
    if seen.files.get(name) == signature or time.time() - stat.st_mtime < SETTLE_SECONDS:
        return
    _fold(read_path(path, options), store, seen, options, allow_private, stored, report)
    seen.files[name] = signature


def _poll_url(url: str, store: Store, seen: _Seen, options: IngestOptions,
              allow_private: bool, stored: IngestReport, report: RoundReport) -> None:
    fetched = fetch_if_changed(url, seen.validators.get(url, Validators()),
                               allow_private=allow_private, max_bytes=options.max_bytes)
    if fetched.items is None:  # 304 Not Modified: nothing new, and nothing left waiting (below)
        report.unchanged += 1
        return
    items = fetched.items
    if len(items) == 1 and isinstance(items[0], Refusal):
        # A lone refusal is the URL's own (cannot fetch, broken feed): the source
        # failed this round. It is not stored: the next round may well succeed.
        raise _SourceFailed(f"{items[0].reason}; tried again next round")
    deferred = report.deferred
    _fold(items, store, seen, options, allow_private, stored, report)
    # Entries left for the next round are found in the feed's next copy: the
    # validators are kept only when none were left, or a 304 would hide them.
    if report.deferred == deferred:
        seen.validators[url] = fetched.validators
    else:
        seen.validators.pop(url, None)


def _fold(items: Iterable[RawDoc | Refusal], store: Store, seen: _Seen,
          options: IngestOptions, allow_private: bool, stored: IngestReport,
          report: RoundReport) -> None:
    """Store the items not seen before. A feed entry that links to a page is
    stored as that page (at most MAX_PAGES_PER_FEED fetches), else as itself."""
    fetches = 0
    for item in items:
        key = _item_key(item)
        if key in seen.items:
            continue
        link = item.meta.get("url", "") if isinstance(item, RawDoc) else ""
        if isinstance(item, RawDoc) and item.container == "feed" and is_url(link):
            if fetches >= MAX_PAGES_PER_FEED:
                report.deferred += 1
                continue  # not marked as seen: a later round fetches it
            fetches += 1
            report.pages += 1
            ingest_items(_page_or_entry(item, link, options, allow_private), store, stored)
        else:
            ingest_items([item], store, stored)
        seen.items.add(key)


def _item_key(item: RawDoc | Refusal) -> str:
    """How an item is recognised in a later round. A feed entry is recognised
    by its own id (RSS guid, Atom id), else by its link: not by its content,
    because its page is what gets stored, and the feed's own copy of the entry
    may be edited; and by the id before the link, because a link may change
    (a tracking parameter, http becoming https) while the entry stays. Anything
    else is recognised by its content id, or by its origin and reason if it
    was refused."""
    if isinstance(item, Refusal):
        return f"refused {item.origin} {item.reason}"
    if item.container == "feed" and item.entry_id:
        return f"entry id {item.entry_id}"
    if item.container == "feed" and item.meta.get("url"):
        return f"entry {item.meta['url']}"
    return f"doc {item.id}"


def _page_or_entry(entry: RawDoc, link: str, options: IngestOptions,
                   allow_private: bool) -> list[RawDoc | Refusal]:
    """The linked page, carrying the feed's date and link (the feed states its
    date, while a page's date is guessed from its HTML). If the page cannot be
    fetched: a refusal that says why, and the entry's own text."""
    fetched = fetch_url(link, allow_private=allow_private, max_bytes=options.max_bytes)
    pages = [d for d in fetched if isinstance(d, RawDoc)]
    if not pages:
        reason = fetched[0].reason if fetched else "the page holds no document"
        return [Refusal(link, f"page not stored ({reason}); the feed entry's own text "
                              "was stored instead"), entry]
    carried = {k: entry.meta[k] for k in ("published", "url") if entry.meta.get(k)}
    return [RawDoc.make(p.origin, p.format, p.content, {**p.meta, **carried},
                        container=p.container) for p in pages]
