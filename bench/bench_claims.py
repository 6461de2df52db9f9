"""Throughput of the claims stage against a bare default spaCy pass.

Takes the ``text`` of the first N articles of the 8k Baly corpus, runs
``extract_claims_batch`` over them and ``nlp.pipe`` with the full default
pipeline over the same texts, and prints words/s, articles/s, the ratio
(claims time / spaCy time; the goal is <= 1.0) and peak memory. Both the
wall-clock and the CPU-time ratio are printed: on a shared machine other
processes stretch wall time unevenly between the two runs, while the CPU
time this process spends is much steadier (one thread does the work).

Run by hand: ``python bench/bench_claims.py [--n 500|8000]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from crosscheck.claims import extract_claims_batch
from crosscheck.claims.nlp import load_nlp
from crosscheck.models import Article

from _common import BALY_CORPUS, peak_rss_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="articles to read (8000 for all)")
    parser.add_argument("--corpus", type=Path, default=BALY_CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: nothing to measure", file=sys.stderr)
        return 2
    articles = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if len(articles) >= args.n:
                break
            rec = json.loads(line)
            articles.append(Article(id=str(rec["id"]), origin="baly", title=rec.get("title"),
                                    published=(rec.get("date") or None), text=rec["text"] or ""))
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp()
    nlp("warm up")

    # Runs in A-B-B-A order over the two halves of the texts, so that a load
    # on the machine that rises or falls during the run weighs on both sides
    # alike (with claims always first, the wall-clock ratio read 1.40 while the
    # CPU-time ratio of the same run read 0.94).
    half = len(articles) // 2
    spent = {"claims": [0.0, 0.0], "spacy": [0.0, 0.0]}
    claims: list = []
    for side, part in (("spacy", articles[:half]), ("claims", articles[:half]),
                       ("claims", articles[half:]), ("spacy", articles[half:])):
        start, cpu = time.perf_counter(), time.process_time()
        if side == "claims":
            claims.extend(extract_claims_batch(part, nlp=nlp))
        else:
            for _ in nlp.pipe((a.text for a in part), batch_size=64):
                pass
        spent[side][0] += time.perf_counter() - start
        spent[side][1] += time.process_time() - cpu
    (ours, ours_cpu), (bare, bare_cpu) = spent["claims"], spent["spacy"]

    print(f"articles            {len(articles)}  words {words}  claims {sum(map(len, claims))}")
    print(f"claims stage        {words / ours:8.0f} words/s  {len(articles) / ours:6.1f} articles/s")
    print(f"bare spaCy pipe     {words / bare:8.0f} words/s  {len(articles) / bare:6.1f} articles/s")
    print(f"ratio (ours/bare)   {ours / bare:.2f}   (goal <= 1.0)")
    print(f"CPU time            claims {ours_cpu:.1f} s  spaCy {bare_cpu:.1f} s  "
          f"ratio {ours_cpu / bare_cpu:.2f}")
    print(f"peak memory         {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
