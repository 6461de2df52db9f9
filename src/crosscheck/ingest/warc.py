"""WARC archives (CC-NEWS layout, gzipped records too), read with warcio.

Only HTTP responses with an HTML content type are articles; the origin is the
record's target URI. Each record is bounded by the size limit, not the file,
because an archive of thousands of pages is legitimately large.
"""

from __future__ import annotations

import io
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import RefusedInput
from ..models import RawDoc, Refusal
from .decode import decode, inflating


def read_warc(name: str, stream: BinaryIO, limit: int) -> Iterator[RawDoc | Refusal]:
    """The archive's HTML responses, each record bounded by ``limit`` bytes; a
    gzipped archive is inflated by :func:`~crosscheck.ingest.decode.inflating`,
    which refuses a record that inflates like a compression bomb (skipping an
    oversized record inflates it whole)."""
    number = 0
    start = stream.tell()
    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(start)
    inflated = inflating(stream) if gzipped else None
    try:
        for record in ArchiveIterator(inflated or stream):
            if record.rec_type != "response":
                continue
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{number}"
            ctype = (record.http_headers.get_header("Content-Type") or "") \
                if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            body = record.content_stream().read(limit + 1)
            if inflated and inflated.raw.problem and len(body) <= limit \
                    and getattr(record.raw_stream, "limit", 0) > 0:
                break  # this record was cut short where the inflating stopped
            if len(body) > limit:
                yield Refusal(uri, f"WARC record larger than {limit // 1_000_000} MB")
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
            try:
                html = decode(body, charset)
            except RefusedInput as exc:
                yield Refusal(uri, str(exc))
                continue
            yield RawDoc.make(uri, "html", html, {"url": uri}, container="warc")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, TypeError) as exc:
        # warcio reports a malformed record in many ways (an AttributeError on
        # a header it could not read, among others); each ends the archive here.
        problem = inflated.raw.problem if inflated else None  # what cut the record short
        yield Refusal(f"{name}#{number + 1}", problem or "truncated or broken WARC record "
                      f"({type(exc).__name__}); records before it were read")
        return
    if inflated and inflated.raw.problem:
        yield Refusal(f"{name}#{number}", inflated.raw.problem)


def read_warc_bytes(name: str, data: bytes, limit: int) -> Iterator[RawDoc | Refusal]:
    return read_warc(name, io.BytesIO(data), limit)
