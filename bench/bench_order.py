"""How much the incremental stories depend on the order articles arrive in
(issue 16, item 15: two overlapping ingests gave 467, 468 or 469 stories
depending on which came first).

The first ``--limit`` Baly articles (or, with ``--corpus allsides``, the
AllSides dev stories, which hold many articles per event) are read, cleaned
and given their story features once; then they are clustered as three arrival orders bring them,
each part in store order (by date, then id) as ``update_stories`` takes it:
all at once; the first half, then the second; the second half, then the
first. It prints each order's story count, the spread (largest minus
smallest), and for each pair of orders how many stories (of two or more
articles) differ and the B-cubed F1 between them.

    python bench/bench_order.py [--data DIR] [--limit 2400] [--corpus baly|allsides]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from crosscheck.clean import clean
from crosscheck.eval.stories import bcubed, load_allsides
from crosscheck.group.features import article_features
from crosscheck.group.stories import cluster_features, stories_of
from crosscheck.ingest import read_path
from crosscheck.models import RawDoc

from _common import BALY, shared_data_or_say


def store_order(features):
    return sorted(features, key=lambda f: (f.day is None, f.day or 0, f.id))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--limit", type=int, default=2400)
    parser.add_argument("--corpus", choices=("baly", "allsides"), default="baly")
    args = parser.parse_args(argv)
    data = shared_data_or_say(args.data)
    if data is None:
        return 2
    start = time.perf_counter()
    if args.corpus == "allsides":
        articles, _ = load_allsides(data / "allsides-stories" / "allsides-stories-dev.jsonl")
    else:
        path = data / BALY
        articles = [clean(r) for r in itertools.islice(read_path(path), args.limit)
                    if isinstance(r, RawDoc)]
    features = article_features(articles[:args.limit])
    print(f"{len(features)} articles read, cleaned and featured in "
          f"{time.perf_counter() - start:.0f} s")
    half = len(features) // 2
    a, b = features[:half], features[half:]
    orders = {"all at once": [store_order(features)],
              "first half, then second": [store_order(a), store_order(b)],
              "second half, then first": [store_order(b), store_order(a)]}
    results = {}
    for name, parts in orders.items():
        state = None
        for part in parts:
            state = cluster_features(part, state)
        results[name] = stories_of(state)
        print(f"{name:26} {len(results[name])} stories")
    counts = [len(s) for s in results.values()]
    print(f"spread: {max(counts) - min(counts)} stories "
          f"({100 * (max(counts) - min(counts)) / min(counts):.1f} % of the fewest)")
    for (one, mine), (other, theirs) in itertools.combinations(results.items(), 2):
        groups = [{frozenset(s.articles) for s in stories if len(s.articles) > 1}
                  for stories in (mine, theirs)]
        labels = [{a: s.id for s in stories for a in s.articles} for stories in (mine, theirs)]
        print(f"{one} vs {other}: {len(groups[0] ^ groups[1])} stories of two or more "
              f"differ (of {len(groups[0])} and {len(groups[1])}); "
              f"B3 F1 {bcubed(*labels)['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
