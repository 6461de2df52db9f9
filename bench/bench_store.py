"""Benchmark: ingest + clean + store throughput, SQLite against PostgreSQL.

Reads the first ``--limit`` (1,000) records of
``../shared/data/baly-articles/baly-articles-8k.jsonl.gz`` through the same
path as ``crosscheck ingest`` into each store, and prints articles/s: one
writer, then two writers at once (processes with their own store objects,
each ingesting half). PostgreSQL is ``--postgres URL``, or else a throwaway server
started from the binaries on the machine, as the tests start one
(tests/conftest.py), with fsync off: compare it with SQLite's synchronous=NORMAL
knowing that.

Run: ``python bench/bench_store.py [--limit N] [--postgres URL]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from crosscheck.pipeline import ingest
from crosscheck.store import open_store

from _common import BALY, shared_data_or_say


def ingest_rate(url: str, parts: list[Path]) -> float:
    """Articles/s for ingesting ``parts`` into a fresh store at ``url``, one
    writer process (with its own store object) per part, timed from when all
    are ready to when the last is done."""
    open_store(url).close()  # the schema is not part of the figure
    spawn = multiprocessing.get_context("spawn")  # no copied connections
    ready, results = spawn.Barrier(len(parts)), spawn.Queue()
    writers = [spawn.Process(target=_write, args=(url, part, ready, results)) for part in parts]
    for writer in writers:
        writer.start()
    done = [results.get() for _ in writers]
    for writer in writers:
        writer.join()
    seconds = max(end for _, _, end in done) - min(start for _, start, _ in done)
    return round(sum(read for read, _, _ in done) / seconds, 1)


def _write(url: str, part: Path, ready, results) -> None:
    with open_store(url) as store:
        ready.wait()
        start = time.time()
        read = ingest([part], store).read
        results.put((read, start, time.time()))


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """The admin URL of a PostgreSQL server running until the block ends."""
    bins = [Path(p).resolve().parent for p in [shutil.which("initdb")] if p]
    bins += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    folder = next((b for b in bins if (b / "initdb").exists() and (b / "pg_ctl").exists()), None)
    if folder is None:
        raise SystemExit("no PostgreSQL server binaries: give --postgres URL "
                         "or apt-get install postgresql-15")
    tmp = Path(tempfile.mkdtemp(prefix="crosscheck-pg-"))
    as_user = []
    if os.geteuid() == 0:  # initdb refuses root
        shutil.chown(tmp, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = tmp / "data"
    subprocess.run([*as_user, str(folder / "initdb"), "-D", str(data), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"],
                   check=True, capture_output=True)
    subprocess.run([*as_user, str(folder / "pg_ctl"), "start", "-w", "-D", str(data),
                    "-l", str(tmp / "log"), "-o",
                    f"-c listen_addresses='' -k {tmp} -c fsync=off"],
                   check=True, capture_output=True)
    pid = int((data / "postmaster.pid").read_text().split()[0])
    try:
        yield f"postgresql://postgres@/postgres?host={tmp}"
    finally:
        os.kill(pid, signal.SIGINT)
        while (data / "postmaster.pid").exists():
            time.sleep(0.05)
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, query = admin_url.partition("?")
    try:
        yield f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="the first N articles")
    parser.add_argument("--postgres", help="a PostgreSQL URL whose user may create databases")
    args = parser.parse_args(argv)
    data = shared_data_or_say()
    if data is None:
        return 2
    source = data / BALY
    lines = gzip.decompress(source.read_bytes()).decode("utf-8").splitlines()[:args.limit]
    result: dict[str, object] = {"articles": len(lines)}
    with tempfile.TemporaryDirectory() as tmp:
        whole, halves = Path(tmp) / "all.jsonl", [Path(tmp) / f"half{i}.jsonl" for i in (0, 1)]
        whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for i, half in enumerate(halves):
            half.write_text("\n".join(lines[i::2]) + "\n", encoding="utf-8")
        result["sqlite_articles_per_s"] = ingest_rate(str(Path(tmp) / "one.db"), [whole])
        result["sqlite_two_writers_articles_per_s"] = ingest_rate(str(Path(tmp) / "two.db"),
                                                                   halves)
        with (nullcontext(args.postgres) if args.postgres else throwaway_postgres()) as admin:
            with fresh_database(admin) as url:
                result["postgres_articles_per_s"] = ingest_rate(url, [whole])
            with fresh_database(admin) as url:
                result["postgres_two_writers_articles_per_s"] = ingest_rate(url, halves)
    print(json.dumps({"bench_store": result}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
