"""Story clustering throughput at 1k, 4k and 8k Baly articles, and peak memory.

    python bench/bench_stories.py [--data DIR]

Articles are taken in date order (undated ones where they fall in the file),
as a stream would bring them. Features (title+lead embedding, NER) are a
per-article stage and are timed once over all 8k; clustering is then timed
from an empty state on the first 1k, 4k and 8k. A flat "ms per article"
column is the point: candidate search is bounded by the active window, not
the number of stories already made.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import tracemalloc
from pathlib import Path

from crosscheck.group.features import article_features
from crosscheck.group.stories import cluster_features
from crosscheck.models import Article

from _common import BALY, peak_rss_mb, shared_data_or_say

_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")


def iso(date: str | None) -> str | None:
    if not date:
        return None
    if m := _US_DATE.match(date.strip()):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        return f"{year:04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return date[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", date) else None


def load(path: Path) -> list[Article]:
    rows = [json.loads(l) for l in gzip.open(path, "rt", encoding="utf-8")]
    arts = [Article(id=str(r["id"]), origin=r.get("url") or str(r["id"]), title=r.get("title"),
                    published=iso(r.get("date")), text=r.get("text") or "",
                    outlet=r.get("outlet")) for r in rows]
    dated = sorted((a for a in arts if a.published), key=lambda a: (a.published, a.id))
    undated = [a for a in arts if not a.published]
    # Spread the undated articles evenly through the stream.
    out, step = [], max(1, len(dated) // max(1, len(undated)))
    for i, a in enumerate(dated):
        out.append(a)
        if i % step == 0 and undated:
            out.append(undated.pop())
    return out + undated


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the shared data folder (default ../shared/data)")
    args = parser.parse_args(argv)
    data = shared_data_or_say(args.data)
    if data is None:
        return 2
    articles = load(data / BALY)
    start = time.perf_counter()
    features = article_features(articles)
    took = time.perf_counter() - start
    print(f"features: {len(features)} articles in {took:.1f} s "
          f"({1000 * took / len(features):.1f} ms/article, embedding + NER)")
    print(f"{'articles':>8} {'seconds':>8} {'ms/article':>10} {'stories':>8} {'peak MiB':>9}")
    for n in (1000, 4000, 8000):
        tracemalloc.start()
        start = time.perf_counter()
        state = cluster_features(features[:n])
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(f"{n:>8} {took:>8.2f} {1000 * took / n:>10.2f} {len(state.stories):>8} {peak:>9.1f}")
    rss = peak_rss_mb()
    print(f"process peak RSS (model, spaCy, features, states): {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
