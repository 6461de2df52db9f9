"""Benchmark: what one word search costs, for 1 to 10,000 query words.

For each number of words, three queries: the same common word repeated
("the the the ..."), distinct words of the corpus (each found in some
article; past the vocabulary, made-up words), and 32 distinct common words
(the costliest query the bounds of crosscheck.store.search let through). Each
search runs ``store.search_articles(q, limit=1000)``, as the web page's search
does, in a subprocess of its own cut off after ``--timeout`` seconds, and the
time is that of the search alone. A refused query shows how fast the refusal
came.

The store is ``--db`` (e.g. the first 2,000 Baly articles, ingested with
``crosscheck ingest``), or else the bundled sample corpus, ingested now.

Run: ``python bench/bench_search.py [--db STORE] [--timeout 120]``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT

WORDS = (1, 10, 100, 1_000, 10_000)
COMMON = ("the a of in to and on at by for was were with from that said is it as an be "
          "has have had are not but or he she they").split()

ONE_SEARCH = """
import sys, time
from crosscheck.errors import QueryRefused
from crosscheck.store import open_store
store = open_store(sys.argv[1])
query = open(sys.argv[2], encoding="utf-8").read()
start = time.perf_counter()
try:
    found = len(store.search_articles(query, limit=1000))
except QueryRefused as exc:
    found = "refused"
print(f"{(time.perf_counter() - start) * 1000:.1f}\\t{found}")
"""


def vocabulary(db: str) -> list[str]:
    from crosscheck.store import open_store

    store = open_store(db)
    try:
        text = " ".join(a.text for a in store.articles()[:200])
    finally:
        store.close()
    return list(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)))


def timed(db: str, query: str, timeout: float, folder: Path) -> str:
    path = folder / "query.txt"
    path.write_text(query, encoding="utf-8")
    try:
        done = subprocess.run([sys.executable, "-c", ONE_SEARCH, db, str(path)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"> {timeout * 1000:.0f} ms (stopped)"
    if done.returncode != 0:
        return "error: " + done.stderr.strip().splitlines()[-1][:80]
    ms, found = done.stdout.strip().split("\t")
    return f"{ms} ms ({found})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the store to search (default: the sample corpus)")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db
        if db is None:
            db = str(folder / "sample.db")
            subprocess.run([sys.executable, "-m", "crosscheck.cli", "ingest",
                            str(ROOT / "examples" / "sample"), "--db", db, "--quiet"], check=True)
        vocab = vocabulary(db)
        print(f"store: {db}")
        print("| words | same word repeated | distinct words | 32 common words, repeated |")
        print("|---:|---|---|---|")
        for n in WORDS:
            distinct = (vocab + [f"zq{i}" for i in range(n)])[:n]
            common = (COMMON * (n // len(COMMON) + 1))[:n]
            cells = [timed(db, " ".join(q), args.timeout, folder)
                     for q in (["the"] * n, distinct, common)]
            print(f"| {n:,} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
