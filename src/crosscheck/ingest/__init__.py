"""Ingest: whatever comes in (folders, files, feeds, JSON dumps, WARC archives)
becomes raw documents with their origin, or refusals with a reason.

Nothing is lost: every input ends as a :class:`RawDoc` or a :class:`Refusal`,
and one bad file never stops the batch.

The steps for one file:
1. only regular files (links followed): FIFOs, sockets and devices are refused;
   bound the size (``max_bytes``, default 20 MB) before reading it whole, and
   the read itself by the bytes read;
2. look through gzip, bounded again while decompressing;
3. WARC is recognised from the bytes and streamed record by record;
4. decode (BOM, declared encoding, UTF-8, then a guess) or refuse as binary;
5. choose the reader by content, the extension being a hint.
"""

from __future__ import annotations

import errno
import gzip
import os
import re
import stat
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError, RefusedInput, Remedy
from ..models import RawDoc, Refusal
from .decode import decode, gunzip, inflating
from .detect import extension_kind, sniff
from .feed import read_feed
from .html import check_html_size, extract_html, read_html
from .records import read_json, read_jsonl, read_jsonl_stream
from .sources import MAPPING_NAMES, OutletMap, is_mapping_file, read_mapping
from .warc import read_warc, read_warc_bytes

__all__ = ["IngestOptions", "OutletMap", "list_files", "read_bytes", "read_inputs", "read_path",
           "extract_html", "read_mapping", "shown_path", "with_mappings"]

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class IngestOptions:
    """How ingest reads. ``max_bytes`` bounds a file (and a WARC record);
    ``outlet`` (``--outlet``) and ``outlets`` (mapping files, :mod:`.sources`)
    name the outlet of files that state none."""

    max_bytes: int = DEFAULT_MAX_BYTES
    outlet: str | None = None
    outlets: OutletMap = field(default_factory=OutletMap)

    def outlet_for(self, path: Path) -> str | None:
        return self.outlets.outlet_for(path) or self.outlet


def with_mappings(paths: str | os.PathLike | Iterable[str | os.PathLike],
                  options: IngestOptions) -> IngestOptions:
    """``options`` with the mapping files found at the top of the folders in
    ``paths`` (``sources.toml``, ``sources.json``) added to its outlets."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    outlets = options.outlets
    for given in paths:
        for name in MAPPING_NAMES:
            candidate = Path(given) / name
            if Path(given).is_dir() and candidate.is_file():
                outlets = outlets.merged(read_mapping(candidate))
    return replace(options, outlets=outlets) if outlets != options.outlets else options


def list_files(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """The files under ``paths`` (one path, or several), folders walked
    recursively in sorted order (so that runs are deterministic). Hidden folders
    (``.git``) are skipped. A path that does not exist is an error: the user
    mistyped it."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not a sequence of one-letter paths
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"no such file or folder: {given} (check the path)")
    return files


def read_inputs(paths: str | os.PathLike | Iterable[str | os.PathLike], options: IngestOptions = IngestOptions()
                ) -> Iterator[RawDoc | Refusal]:
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    options = with_mappings(paths, options)
    for path in list_files(paths):
        yield from read_path(path, options)


def read_path(path: Path, options: IngestOptions = IngestOptions()) -> Iterator[RawDoc | Refusal]:
    """Read one file into raw documents and refusals; never raises for bad content.
    Only regular files are read (links followed): a FIFO would block the run
    forever, and ``/dev/zero`` reports a size of 0 while it never ends.

    The outlet the user names for the file rides along as ``outlet_given`` in
    each document's metadata, outside its id: the same file read with or
    without ``--outlet`` is the same document."""
    path = Path(path)
    if path.name in MAPPING_NAMES and is_mapping_file(path):
        return  # settings for the run (sources.py), not an article
    outlet = options.outlet_for(path)
    for item in _read_path(path, options):
        if outlet and isinstance(item, RawDoc) and not item.meta.get("outlet"):
            item = replace(item, meta={**item.meta, "outlet_given": outlet})
        yield item


def _read_path(path: Path, options: IngestOptions) -> Iterator[RawDoc | Refusal]:
    name = shown_path(path)
    if path.name.startswith("."):
        yield Refusal(name, "hidden file, skipped (rename it to read it)")
        return
    try:
        with _open_regular(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            warc = _is_warc(stream)
            streamed = warc or extension_kind(name) == "jsonl"
            if size > options.max_bytes and not streamed:
                yield Refusal(name, f"file too large: {size / 1e6:.0f} MB over the "
                                    f"{options.max_bytes / 1e6:.0f} MB size limit "
                                    f"({Remedy.RAISE_MAX_BYTES} to read it)")
                return
            if warc:
                yield from read_warc(name, stream, options.max_bytes)
                return
            if extension_kind(name) == "jsonl":
                # JSON Lines dumps stream record by record, like WARC archives.
                if stream.read(2) == b"\x1f\x8b":
                    stream.seek(0)
                    inflated = inflating(stream)
                    yield from read_jsonl_stream(name, inflated, options.max_bytes)
                    if inflated.raw.problem:
                        yield Refusal(name, inflated.raw.problem)
                else:
                    stream.seek(0)
                    yield from read_jsonl_stream(name, stream, options.max_bytes)
                return
            # Bounded by the bytes read, not the size reported: the file may grow meanwhile.
            data = stream.read(options.max_bytes + 1)
    except RefusedInput as exc:
        yield Refusal(name, str(exc))
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            # "a -> a", or links that point at each other: nothing to read
            yield Refusal(name, "a symbolic link that loops (it never reaches a file); "
                                "point it at a file to read it")
        else:
            yield Refusal(name, f"cannot read: {exc.strerror or exc}")
        return
    except (EOFError, zlib.error) as exc:
        yield Refusal(name, f"cannot read: {exc}")
        return
    yield from read_bytes(name, data, options)


def shown_path(path: str | os.PathLike) -> str:
    """A file's name as reports and origins show it: bytes that are not UTF-8
    as ``\\xff`` escapes (such a name would abort a run where it is stored or
    printed), and control characters escaped (a newline in a name must not
    forge a line in the report)."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISDIR, "a folder"))


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file once links are
    followed, else RefusedInput saying what it is. Checked before opening
    (opening a FIFO blocks until a writer comes), and again on the open file,
    which is opened without blocking in case it was swapped in between."""
    _check_regular(os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        _check_regular(os.fstat(fd).st_mode)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
        raise RefusedInput(f"not a regular file: {kind}; only regular files are read")


def read_bytes(name: str, data: bytes, options: IngestOptions = IngestOptions()
               ) -> Iterator[RawDoc | Refusal]:
    """Read the bytes of one named input (a file, an upload) into raw documents."""
    try:
        if data[:2] == b"\x1f\x8b":
            if _gzip_head(data)[:5] == b"WARC/":
                # Record-gzipped WARC: streamed, so a truncated end spares the records before it.
                yield from read_warc_bytes(name, data, options.max_bytes)
                return
            data = gunzip(data, options.max_bytes)
        if data.lstrip()[:5] == b"WARC/":
            yield from read_warc_bytes(name, data, options.max_bytes)
            return
        if len(data) > options.max_bytes:
            raise RefusedInput(f"too large: over the {options.max_bytes / 1e6:.0f} MB size "
                               f"limit ({Remedy.RAISE_MAX_BYTES} to read it)",
                               remedy=Remedy.RAISE_MAX_BYTES)
        text = decode(data)
    except RefusedInput as exc:
        yield Refusal(name, str(exc))
        return
    kind = sniff(text[:8192], extension_kind(name))
    if kind == "json":
        yield from read_json(name, text)
    elif kind == "jsonl":
        yield from read_jsonl(name, text)
    elif kind == "feed":
        yield from read_feed(name, text)
    elif kind == "html":
        try:
            check_html_size(text)  # refused here with its reason, not later by clean
        except RefusedInput as exc:
            yield Refusal(name, str(exc))
            return
        yield read_html(name, text)
    elif kind == "warc":
        yield Refusal(name, "broken WARC file: no WARC header at its start")
    else:
        yield RawDoc.make(name, "text", text)


def _gzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
    except zlib.error:
        return b""


def _is_warc(stream: BinaryIO) -> bool:
    """True for a WARC archive, judged by its first bytes (gzip looked through).
    Leaves the stream at its start."""
    try:
        head = stream.read(64)
        if head[:2] == b"\x1f\x8b":
            stream.seek(0)
            with gzip.GzipFile(fileobj=stream) as inflated:
                head = inflated.read(8)
    except (OSError, EOFError, zlib.error):
        head = b""
    stream.seek(0)
    return head.lstrip()[:5] == b"WARC/"
