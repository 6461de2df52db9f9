"""Check that a speed change changed no output: the claims, findings, briefs
and timelines of the first N Baly articles, from this source tree and from
another (a ``git archive`` copy of the commit before the change).

Each side runs in a child process of its own, with its own ``src`` first on
the path: the whole pipeline in one process (``ingest_shards`` with
``LocalExecutor(1)``, then ``update_stories``) into a fresh SQLite store,
then every claim (``dataclasses.asdict``, so fields left out of a repr count
too) and every story (its stored JSON: findings, brief, timeline) written as
one JSON line each, sorted. The two files must be the same, byte for byte.

Run::

    git archive START | tar -x -C /tmp/before      # the commit before the change
    python bench/compare_outputs.py --limit 200 --against /tmp/before

It prints the counts and the first lines that differ, and exits 1 when the
outputs differ. ``--parquet`` runs the per-article stages as a Parquet run
does (the ``embed`` stage too: sentence and lead vectors made up front and
kept in the store). ``--out FILE`` (without ``--against``) writes this tree's
output only; ``--profile FILE`` also writes a cProfile of this tree's run (in
CPU time; the profiler costs more than the run: 200 Baly articles took 135
CPU s under it, 46-49 without).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import difflib
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BALY, ROOT, shared_data_or_say


def dump(corpus: Path, out: Path, parquet: bool = False) -> None:
    """Run the pipeline over ``corpus`` and write its outputs to ``out``."""
    from crosscheck.engine import LocalExecutor, ingest_shards
    from crosscheck.pipeline import update_stories
    from crosscheck.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "compare.db")
        ingest_shards([corpus], store, LocalExecutor(1),
                      parquet_dir=Path(tmp) / "parquet" if parquet else None)
        update_stories(store)
        claims = store.claims(store.article_ids())
        lines = [json.dumps(dataclasses.asdict(c), ensure_ascii=False, sort_keys=True,
                            default=str) for c in claims]
        lines += [json.dumps(dataclasses.asdict(s), ensure_ascii=False, sort_keys=True,
                             default=str) for s in store.stories()]
        store.close()
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(claims)} claims, {len(lines) - len(claims)} stories", file=sys.stderr)


def _child(src: Path, corpus: Path, out: Path, profile: Path | None, parquet: bool) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, __file__, "--corpus", str(corpus), "--out", str(out)]
    cmd += ["--profile", str(profile)] if profile else []
    cmd += ["--parquet"] if parquet else []
    subprocess.run(cmd, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=200, help="the first N Baly articles")
    parser.add_argument("--against", type=Path, help="another source tree (holding src/)")
    parser.add_argument("--out", type=Path, help="write this tree's output here")
    parser.add_argument("--profile", type=Path,
                        help="write a cProfile of this tree's run, in CPU time")
    parser.add_argument("--parquet", action="store_true",
                        help="run the per-article embed stage too, as a Parquet run does")
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)  # a child's input
    args = parser.parse_args(argv)
    if args.corpus:
        if args.profile:
            # In CPU time, not wall time: on a shared machine the wall clock
            # charges other processes' time to whatever was running.
            profiler = cProfile.Profile(time.process_time)
            profiler.runcall(dump, args.corpus, args.out, args.parquet)
            profiler.dump_stats(args.profile)
        else:
            dump(args.corpus, args.out, args.parquet)
        return 0
    data = shared_data_or_say()
    if data is None:
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "baly.jsonl"
        with gzip.open(data / BALY, "rt", encoding="utf-8") as f:
            corpus.write_text("".join(line for _, line in zip(range(args.limit), f)),
                              encoding="utf-8")
        mine = args.out or Path(tmp) / "this.jsonl"
        _child(ROOT / "src", corpus, mine, args.profile, args.parquet)
        if args.against is None:
            return 0
        theirs = Path(tmp) / "other.jsonl"
        _child(args.against / "src", corpus, theirs, None, args.parquet)
        a, b = theirs.read_bytes(), mine.read_bytes()
        if a == b:
            print(f"identical: {len(b.splitlines())} lines, {len(b)} bytes")
            return 0
        diff = difflib.unified_diff(a.decode().splitlines(), b.decode().splitlines(),
                                    str(args.against), "this tree", n=0, lineterm="")
        for _, line in zip(range(20), diff):
            print(line[:400])
        return 1


if __name__ == "__main__":
    sys.exit(main())
