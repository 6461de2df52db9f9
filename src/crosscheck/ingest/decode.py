"""Bytes to text: bounded reading, gzip, encodings, and refusing binary input.

Every refusal raises :class:`RefusedInput` with a one-line reason naming what
to do, so that ingest can count it and go on with the rest of the batch.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from typing import BinaryIO

import charset_normalizer

from ..errors import RefusedInput, Remedy

# Magic numbers of binary formats people drop into news folders by mistake.
# Naming the format makes the refusal reason useful ("a PDF: extract its text first").
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"SQLite format 3", "an SQLite database"),
)

_LATIN_CODEPAGES = {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2",
                    "iso8859_15", "iso8859_9", "mac_latin2", "mac_roman"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")

# Above this share of control characters (other than tab and line breaks) the
# bytes are not prose in any encoding we could pick; 1 % still admits the odd
# stray \x0c or \x1a that real scraped text carries.
_MAX_CONTROL_SHARE = 0.01


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (all members), refusing more than ``limit`` bytes.

    The bound is applied while decompressing, so a small "gzip bomb" cannot
    exhaust memory.
    """
    out = bytearray()
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += d.decompress(rest, limit + 1 - len(out))
            if len(out) > limit:
                raise RefusedInput(f"decompresses to more than the {limit // 1_000_000} MB "
                                   f"size limit ({Remedy.RAISE_MAX_BYTES} to read it)",
                                   remedy=Remedy.RAISE_MAX_BYTES)
            if d.unconsumed_tail:
                raise RefusedInput(f"decompresses to more than the {limit // 1_000_000} MB "
                                   f"size limit ({Remedy.RAISE_MAX_BYTES} to read it)",
                                   remedy=Remedy.RAISE_MAX_BYTES)
            if not d.eof:
                raise RefusedInput("truncated gzip file (the archive ends early; "
                                   "download it again)")
            rest = d.unused_data.lstrip(b"\x00")
    except zlib.error as exc:
        raise RefusedInput(f"corrupt gzip data ({exc}); download it again") from None
    return bytes(out)


# A gzip member may inflate to MAX_RATIO times its compressed size (plus
# RATIO_SLACK, as tiny members compress oddly): the 182 real pages of the Zyte
# benchmark inflate 4.5 times (median) to 8.2 times (most), while a "gzip bomb"
# reaches 1,000 times (an 18.5 MB upload held a 19 GB WARC record: 42 s of
# inflating before the size limit refused it, as the record had to be skipped).
MAX_RATIO = 100
RATIO_SLACK = 10_000_000


class GunzipStream(io.RawIOBase):
    """A gzip stream (all members) read inflated, ending early at a member that
    inflates more than :data:`MAX_RATIO` times its compressed size: what the
    streamed readers (WARC archives, JSON Lines dumps), which have no size limit
    on the file as a whole, read gzipped data through.

    A bomb, a truncated end or corrupt data ends the stream (as if at its end)
    and leaves the reason in :attr:`problem`: raising instead would lose what a
    buffered reader above holds of the records before it."""

    CHUNK = 1 << 16

    def __init__(self, source: BinaryIO) -> None:
        super().__init__()
        self.source = source
        self.member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pending = b""  # compressed bytes not yet given to the decompressor
        self.inflated = self.deflated = 0  # of the current member
        self.problem: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while self.problem is None:
            if not self.pending and not self.member.unconsumed_tail:
                self.pending = self.source.read(self.CHUNK)
                if not self.pending:
                    if not self.member.eof and self.deflated:
                        self.problem = ("truncated gzip file (it ends early; download it "
                                        "again); what came before was read")
                    return 0
            data = self.member.unconsumed_tail or self.pending
            fed = 0 if self.member.unconsumed_tail else len(data)
            if fed:
                self.pending = b""
            try:
                out = self.member.decompress(data, len(buffer))
            except zlib.error as exc:
                self.problem = f"corrupt gzip data ({exc}); download it again"
                return 0
            self.deflated += fed - (len(self.member.unused_data) if self.member.eof else 0)
            self.inflated += len(out)
            consumed = self.deflated - len(self.member.unconsumed_tail)
            if self.inflated > MAX_RATIO * consumed + RATIO_SLACK:
                self.problem = (f"inflates more than {MAX_RATIO} times its compressed size "
                                "(a compression bomb?), so the rest is not read")
                return 0
            if self.member.eof:  # the next member starts after this one's end
                self.pending = self.member.unused_data.lstrip(b"\x00")
                self.member = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self.inflated = self.deflated = 0
            if out:
                buffer[:len(out)] = out
                return len(out)
        return 0


def inflating(source: BinaryIO) -> io.BufferedReader:
    """``source`` (gzip data) read inflated through a :class:`GunzipStream`
    (the reader's ``raw``: ask its ``problem`` once the reading ends)."""
    return io.BufferedReader(GunzipStream(source), buffer_size=GunzipStream.CHUNK)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML document declares in its first 4 KB."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes to text: BOM, then the declared encoding, then UTF-8, then a
    statistical guess (charset-normalizer). Refuses binary or undecodable data."""
    if not data.strip():
        raise RefusedInput("empty file (nothing to read)")
    binary = sniff_binary(data)
    if binary:
        raise RefusedInput(f"binary file: {binary}, not an article; extract its text first")
    text = _decode_text(data, declared or declared_encoding(data))
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r")
    if controls > _MAX_CONTROL_SHARE * max(len(text), 1):
        raise RefusedInput("binary file: too many control characters to be text")
    if not text.strip():
        raise RefusedInput("empty file (only white space)")
    return text


def _decode_text(data: bytes, declared: str | None) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    # UTF-16 without a BOM: every other byte is NUL in Latin text.
    if data.count(b"\x00") > len(data) // 4:
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(ch.isprintable() or ch in "\n\r\t" for ch in text) > 0.95 * len(text):
                return text
        raise RefusedInput("binary file: NUL bytes in what is not UTF-16 text")
    best = charset_normalizer.from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise RefusedInput("binary or undecodable data: no text encoding fits; "
                           "convert it to UTF-8")
    encoding = best.encoding
    # Short Western text is ambiguous between the single-byte Latin code pages
    # (0xE0 is "à" in cp1252, "ŕ" in cp1250). crosscheck reads English-language
    # news, whose legacy encoding on the web is overwhelmingly Windows-1252.
    if encoding in _LATIN_CODEPAGES:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise RefusedInput(f"undecodable text (best guess {best.encoding} fails); "
                           "convert it to UTF-8") from None
