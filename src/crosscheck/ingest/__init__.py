"""Ingest: whatever comes in (folders, files, feeds, JSON dumps, WARC archives)
becomes raw documents with their origin, or refusals with a reason.

Nothing is lost: every input ends as a :class:`RawDoc` or a :class:`Refusal`,
and one bad file never stops the batch.

The steps for one file:
1. bound the size (``max_bytes``, default 20 MB) before reading it whole;
2. look through gzip, bounded again while decompressing;
3. WARC is recognised from the bytes and streamed record by record;
4. decode (BOM, declared encoding, UTF-8, then a guess) or refuse as binary;
5. choose the reader by content, the extension being a hint.
"""

from __future__ import annotations

import gzip
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, RefusedInput
from ..models import RawDoc, Refusal
from .decode import decode, gunzip
from .detect import extension_kind, sniff
from .feed import read_feed
from .html import check_html_size, extract_html, read_html
from .records import read_json, read_jsonl, read_jsonl_stream
from .warc import read_warc, read_warc_bytes

__all__ = ["IngestOptions", "list_files", "read_bytes", "read_inputs", "read_path",
           "extract_html"]

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class IngestOptions:
    """How ingest reads. ``max_bytes`` bounds a file (and a WARC record)."""

    max_bytes: int = DEFAULT_MAX_BYTES


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
    for path in list_files(paths):
        yield from read_path(path, options)


def read_path(path: Path, options: IngestOptions = IngestOptions()) -> Iterator[RawDoc | Refusal]:
    """Read one file into raw documents and refusals; never raises for bad content."""
    name = str(path)
    if path.name.startswith("."):
        yield Refusal(name, "hidden file, skipped (rename it to read it)")
        return
    try:
        size = path.stat().st_size
        streamed = _is_warc_file(path) or extension_kind(name) == "jsonl"
        if size > options.max_bytes and not streamed:
            yield Refusal(name, f"file too large: {size / 1e6:.0f} MB over the "
                                f"{options.max_bytes / 1e6:.0f} MB limit (raise --max-size)")
            return
        if _is_warc_file(path):
            with path.open("rb") as stream:
                yield from read_warc(name, stream, options.max_bytes)
            return
        if extension_kind(name) == "jsonl":
            # JSON Lines dumps stream record by record, like WARC archives.
            opener = gzip.open if _is_gzip(path) else open
            with opener(path, "rb") as stream:
                yield from read_jsonl_stream(name, stream, options.max_bytes)
            return
        data = path.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        yield Refusal(name, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    yield from read_bytes(name, data, options)


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(2) == b"\x1f\x8b"


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
            raise RefusedInput(f"too large: over the {options.max_bytes / 1e6:.0f} MB limit "
                               "(raise --max-size)")
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


def _is_warc_file(path: Path) -> bool:
    """True for a WARC archive, judged by its first bytes (gzip looked through)."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
            if head[:2] == b"\x1f\x8b":
                f.seek(0)
                with gzip.open(f) as g:
                    head = g.read(8)
    except (OSError, EOFError):
        return False
    return head.lstrip()[:5] == b"WARC/"
