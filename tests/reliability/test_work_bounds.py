"""Small inputs that ask for a great deal of work: a JSON Lines dump of blank
lines, a WARC record that inflates like a bomb. Each is refused in bounded time
and memory (reliability_support.run_bounded runs it in a subprocess under both
limits); before the bounds, 97 KB of gzipped newlines took 45 s, and an
18.5 MB upload holding a 19 GB record was inflated for 42 s with the store's
write lock held."""

from __future__ import annotations

import gzip
import io

import pytest
from reliability_support import run_bounded

from crosscheck.ingest import read_path
from crosscheck.ingest.records import MAX_BLANK_RUN
from crosscheck.models import RawDoc

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
