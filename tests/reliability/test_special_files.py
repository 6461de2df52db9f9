"""Files that are not what they seem: FIFOs, sockets, devices behind links, and
names that are not UTF-8 or hold a newline. Each case runs in a subprocess
under a time and a memory limit (reliability_support.run_bounded): before the
fix a FIFO hung ingest forever, a link to /dev/zero grew memory without bound,
and a name with an invalid UTF-8 byte aborted the run."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from reliability_support import run_bounded

from crosscheck.ingest import read_path, shown_path

ARTICLE = b"Harbour ferries idle\n\nAt least 12 ferries were idle on Monday, the port said.\n"

INGEST = """
import sys
from crosscheck.pipeline import ingest
from crosscheck.store import open_store
store = open_store(sys.argv[2])
report = ingest([sys.argv[1]], store)
print(report.summary())
for refusal in report.refused:
    print(f"refused {refusal.origin}: {refusal.reason}")
for article in store.articles():
    print(f"stored {article.origin}")
"""


def _make_fifo(path: Path) -> None:
    os.mkfifo(path)


def _make_socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))  # the socket file stays after the socket closes


SPECIAL = {
    "fifo": (_make_fifo, "a named pipe (FIFO)"),
    "socket": (_make_socket, "a socket"),
    "zero": (lambda path: path.symlink_to("/dev/zero"), "a character device"),
    "urandom": (lambda path: path.symlink_to("/dev/urandom"), "a character device"),
}


@pytest.mark.parametrize("kind", list(SPECIAL))
def test_only_regular_files_are_read(tmp_path, kind):
    make, what = SPECIAL[kind]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(ARTICLE)
    make(folder / f"{kind}.txt")
    done = run_bounded(INGEST, seconds=30, memory_mb=1000,
                       args=(str(folder), str(tmp_path / "store.db")))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert f"refused {folder}/{kind}.txt: not a regular file: {what}; only regular files " \
           "are read" in lines, lines
    assert f"stored {folder}/ok.txt" in lines


@pytest.mark.parametrize("make", [
    lambda folder: (folder / "loop.txt").symlink_to(folder / "loop.txt"),
    lambda folder: ((folder / "loop.txt").symlink_to(folder / "other.txt"),
                    (folder / "other.txt").symlink_to(folder / "loop.txt")),
], ids=["to-itself", "to-each-other"])
def test_a_link_that_loops_is_refused_and_the_rest_read(tmp_path, make):
    # Before: the outlet lookup resolved the path first and the run stopped
    # with "RuntimeError: Symlink loop from …".
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(ARTICLE)
    make(folder)
    done = run_bounded(INGEST, seconds=60, memory_mb=1000,
                       args=(str(folder), str(tmp_path / "store.db")))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert f"refused {folder}/loop.txt: a symbolic link that loops (it never reaches a file); " \
           "point it at a file to read it" in lines, lines
    assert f"stored {folder}/ok.txt" in lines


def test_a_link_to_a_regular_file_is_read(tmp_path):
    (tmp_path / "real.txt").write_bytes(ARTICLE)
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    [doc] = read_path(tmp_path / "link.txt")
    assert doc.origin == str(tmp_path / "link.txt") and "ferries" in doc.content


@pytest.mark.parametrize("name, shown", [
    (b"b\xff.txt", "b\\xff.txt"),
    (b"x.txt: ok\n  refused FAKE", "x.txt: ok\\n  refused FAKE"),
    (b"bell\x07\x1b[31m.txt", "bell\\x07\\x1b[31m.txt"),
    ("café.txt".encode(), "café.txt"),
])
def test_names_are_shown_escaped(name, shown):
    assert shown_path(os.fsdecode(name)) == shown
    assert shown_path(name) == shown


def test_odd_names_are_read_and_cannot_forge_a_report_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder)
    Path(os.fsdecode(raw + b"/b\xff.txt")).write_bytes(ARTICLE)
    Path(os.fsdecode(raw + b"/b\xfe-empty.txt")).write_bytes(b"")
    Path(os.fsdecode(raw + b"/x.txt: ok\n  refused FAKE")).write_bytes(b"\x00\x01\x02" * 100)
    done = run_bounded(INGEST, seconds=30, memory_mb=1000,
                       args=(str(folder), str(tmp_path / "store.db")))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("3 files: 1 document read"), lines
    assert f"stored {folder}/b\\xff.txt" in lines
    assert any(line.startswith(f"refused {folder}/b\\xfe-empty.txt: ") for line in lines), lines
    assert any(line.startswith(f"refused {folder}/x.txt: ok\\n  refused FAKE: ")
               for line in lines), lines
    assert not any(line.startswith("  refused FAKE") for line in lines), lines


def test_the_command_reports_odd_names_on_one_line_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder)
    Path(os.fsdecode(raw + b"/b\xff.txt")).write_bytes(ARTICLE)
    Path(os.fsdecode(raw + b"/x.txt: ok\n  refused FAKE")).write_bytes(b"")
    done = run_bounded("""
        import sys
        from crosscheck.cli import main
        sys.argv = ["crosscheck", "ingest", sys.argv[1], "--db", sys.argv[2]]
        main()
        """, seconds=60, memory_mb=1500, args=(str(folder), str(tmp_path / "store.db")))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert f"  refused {folder}/x.txt: ok\\n  refused FAKE: empty file (nothing to read)" \
        in lines, lines
    assert not any(line.startswith("  refused FAKE") for line in lines), lines
