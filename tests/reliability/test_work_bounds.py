"""Small inputs that ask for a great deal of work: a JSON Lines dump of blank
lines, a WARC record that inflates like a bomb. Each is refused in bounded time
and memory (reliability_support.run_bounded runs it in a subprocess under both
limits); before the bounds, 97 KB of gzipped newlines took 45 s, and an
18.5 MB upload holding a 19 GB record was inflated for 42 s with the store's
write lock held."""

from __future__ import annotations

import gzip
import io
import zlib

import pytest
from reliability_support import run_bounded
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosscheck.ingest import read_bytes, read_path
from crosscheck.ingest.decode import MAX_RATIO, inflating
from crosscheck.ingest.records import MAX_BLANK_RUN
from crosscheck.models import RawDoc, Refusal

RECORD = b'{"title": "Harbour ferries idle", "text": "At least 12 ferries were idle on ' \
         b'Monday, the port authority said, as the strike went on."}\n'


def _gzip_of_newlines(count: int, before: bytes = b"") -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as packed:
        packed.write(before)
        chunk = b"\n" * 10_000_000
        for _ in range(count // len(chunk)):
            packed.write(chunk)
    return out.getvalue()


INGEST_ONE = """
import sys
from crosscheck.pipeline import ingest
from crosscheck.store import open_store
store = open_store(sys.argv[2])
report = ingest([sys.argv[1]], store)
print(report.summary())
for refusal in report.refused:
    print(f"refused {refusal.origin}: {refusal.reason}")
"""


@pytest.mark.parametrize("before", [b"", RECORD], ids=["only-blank", "one-record-then-blank"])
def test_a_dump_of_blank_lines_is_refused_in_bounded_time(tmp_path, before):
    path = tmp_path / "blank.jsonl.gz"
    path.write_bytes(_gzip_of_newlines(100_000_000, before))  # 97 KB: 45 s before the bound
    done = run_bounded(INGEST_ONE, seconds=20, memory_mb=1000,
                       args=(str(path), str(tmp_path / "store.db")))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    read = "1 document read, 1 new" if before else "0 documents read, 0 new"
    assert lines[0] == f"1 file: {read}, 0 already known, 1 refused", lines
    assert lines[1] == (f"refused {path}: rest of the file skipped after line "
                        f"{MAX_BLANK_RUN + 1 + bool(before)}: more than {MAX_BLANK_RUN} blank "
                        "lines in a row (is it a JSON Lines article dump?)")


def test_a_few_blank_lines_between_records_are_no_problem(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(RECORD + b"\n" * 50 + RECORD.replace(b"12", b"13") + b"\n\n"))
    items = list(read_path(path))
    assert [type(i) for i in items] == [RawDoc, RawDoc]


def _warc_bomb(gigabytes: int) -> bytes:
    """A record-gzipped WARC whose one HTML response declares and inflates to
    ``gigabytes`` GB of zeros, in about 1 MB of gzip per GB: one deflate block
    of 1 MB of zeros, made after a full flush and repeated (the gzip trailer's
    checksum is wrong, which nothing reaches before the bomb is refused)."""
    size = gigabytes << 30
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {size}\r\n\r\n"
    header = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/\r\n"
              f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
              f"WARC-Date: 2025-03-12T00:00:00Z\r\nContent-Type: application/http; "
              f"msgtype=response\r\nContent-Length: {size + len(http)}\r\n\r\n{http}")
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    start = packer.compress(header.encode()) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(bytes(1 << 20)) + packer.flush(zlib.Z_FULL_FLUSH)
    return start + block * (size >> 20) + packer.flush()


def test_an_inflating_stream_stops_at_a_bomb_and_says_so():
    stream = inflating(io.BytesIO(_warc_bomb(1)))
    read = len(stream.read())
    assert read < 20_000_000  # far from the 1 GB it would inflate to
    assert stream.raw.problem == (f"inflates more than {MAX_RATIO} times its compressed size "
                                  "(a compression bomb?), so the rest is not read")


def _warc(pages: list[tuple[str, str]]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    return out.getvalue()


PAGE = ("<html><head><title>Ferries idle</title></head><body><article><p>At least 12 "
        "ferries were idle on Monday, the port authority said, as the strike went on "
        "into its second week.</p></article></body></html>")


def test_the_records_before_a_bomb_are_read():
    data = _warc([("https://news.example/a", PAGE)]) + _warc_bomb(1)
    items = list(read_bytes("crawl.warc.gz", data))
    assert [i.origin for i in items if isinstance(i, RawDoc)] == ["https://news.example/a"]
    [refusal] = [i for i in items if isinstance(i, Refusal)]
    assert "compression bomb" in refusal.reason and refusal.origin.startswith("crawl.warc.gz#")


UPLOAD_BOMB = """
import sys
from pathlib import Path
from fastapi.testclient import TestClient
from crosscheck.web import create_app
client = TestClient(create_app(sys.argv[1]), base_url="http://127.0.0.1",
                    headers={"origin": "http://127.0.0.1"})
bomb = Path(sys.argv[2]).read_bytes()
answer = client.post("/api/articles", files={"file": ("crawl.warc.gz", bomb)})
print(answer.status_code)
for refusal in answer.json()["refused"]:
    print(f"refused {refusal['origin']}: {refusal['reason']}")
"""


def test_an_uploaded_warc_bomb_is_refused_in_bounded_time(tmp_path):
    bomb = tmp_path / "crawl.warc.gz"
    bomb.write_bytes(_warc_bomb(16))  # 16 MB that inflate to 16 GB: 35 s before the bound
    done = run_bounded(UPLOAD_BOMB, seconds=30, memory_mb=1500,
                       args=(str(tmp_path / "store.db"), str(bomb)))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines == ["200", f"refused upload/crawl.warc.gz#1: inflates more than {MAX_RATIO} "
                            "times its compressed size (a compression bomb?), so the rest is "
                            "not read"], lines


def test_uploads_are_read_before_the_write_lock_is_taken(tmp_path, monkeypatch):
    """A slow upload (a bomb being inflated) must not hold up a tiny post."""
    from fastapi.testclient import TestClient

    import crosscheck.web as web

    app = web.create_app(tmp_path / "store.db")
    locked_while_reading: list[bool] = []

    def spying_read_bytes(name, data, options):
        for item in read_bytes(name, data, options):
            locked_while_reading.append(app.state.write_lock.locked())
            yield item

    monkeypatch.setattr(web, "read_bytes", spying_read_bytes)
    client = TestClient(app, base_url="http://127.0.0.1", headers={"origin": "http://127.0.0.1"})
    answer = client.post("/api/articles", files={"file": ("crawl.warc.gz",
                                                          _warc([("https://a.example/", PAGE)]))})
    assert answer.status_code == 200, answer.text
    assert locked_while_reading == [False]
