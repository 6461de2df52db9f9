"""Cost of language detection per article (clean/language.py, py3langid).

Runs ``detect_language`` over the title and text of the first N articles of
the 8k Baly corpus, as the cleaner calls it, and prints milliseconds per
article (the model's one-off load, about 0.3 s, is timed apart) and the
languages found.

Run by hand or with ``make bench``: ``python bench/bench_language.py [--n 2000]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from crosscheck.clean.language import detect_language

from _common import BALY_CORPUS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to read (8000 for all)")
    parser.add_argument("--corpus", type=Path, default=BALY_CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: nothing to measure", file=sys.stderr)
        return 2
    texts = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts.append(" ".join(filter(None, [d.get("title"), d.get("text")])))
            if len(texts) >= args.n:
                break
    start = time.perf_counter()
    detect_language("The model loads on first use.")
    load = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    found = Counter(detect_language(t) for t in texts)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"articles": len(texts), "model_load_s": round(load, 3),
                      "ms_per_article": round(1000 * wall / len(texts), 3),
                      "cpu_ms_per_article": round(1000 * cpu / len(texts), 3),
                      "languages": dict(found.most_common())}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
