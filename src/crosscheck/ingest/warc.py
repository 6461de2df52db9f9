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
from .decode import decode


def read_warc(name: str, stream: BinaryIO, limit: int) -> Iterator[RawDoc | Refusal]:
    number = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{number}"
            ctype = (record.http_headers.get_header("Content-Type") or "") \
                if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            body = record.content_stream().read(limit + 1)
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
        yield Refusal(f"{name}#{number + 1}", f"truncated or broken WARC record ({type(exc).__name__}); "
                     "records before it were read")


def read_warc_bytes(name: str, data: bytes, limit: int) -> Iterator[RawDoc | Refusal]:
    return read_warc(name, io.BytesIO(data), limit)
