"""Benchmark: ingest + clean throughput and peak memory on the Baly corpus.

Reads ``../shared/data/baly-articles/baly-articles-8k.jsonl.gz`` (8,000 real
articles) through the same path as ``crosscheck ingest``: JSON Lines reader,
cleaner, SQLite store in a temporary folder. Prints articles/s for the whole
path and for the cleaner alone, and the process's peak resident memory.

Run: ``make bench`` or ``python bench/bench_ingest.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.clean import clean
from crosscheck.ingest import read_path
from crosscheck.models import RawDoc
from crosscheck.pipeline import ingest
from crosscheck.store import open_store

from _common import BALY, peak_rss_mb, shared_data_or_say


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    data = shared_data_or_say()
    if data is None:
        return 2
    source = data / BALY
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "baly.jsonl"
        import gzip
        lines = gzip.decompress(source.read_bytes()).decode("utf-8").splitlines()
        if args.limit:
            lines = lines[: args.limit]
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        words = sum(len(json.loads(line).get("text", "").split()) for line in lines)

        start = time.perf_counter()
        raws = [d for d in read_path(corpus) if isinstance(d, RawDoc)]
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        for raw in raws:
            clean(raw)
        clean_s = time.perf_counter() - start

        store = open_store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        report = ingest([corpus], store)
        total_s = time.perf_counter() - start
        store.close()

    result = {
        "articles": len(raws),
        "words": words,
        "read_articles_per_s": round(len(raws) / read_s, 1),
        "clean_articles_per_s": round(len(raws) / clean_s, 1),
        "ingest_clean_store_articles_per_s": round(report.read / total_s, 1),
        "ingest_clean_store_words_per_s": round(words / total_s),
        "refused": len(report.refused),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    print(json.dumps({"bench_ingest": result}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
