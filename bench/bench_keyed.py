"""Keyed story grouping over the 8k Baly corpus: local and Ray, and how it
agrees with the incremental clusterer.

    python bench/bench_keyed.py [--data DIR] [--shards N]
    python bench/bench_keyed.py --eval [--data DIR]

The articles are read and cleaned as the engine does (``read_path`` then
``clean``); features (embedding, NER) are computed once and timed apart, as
are the keyed records (MinHash and SimHash bands). Then the keyed grouping
runs in this process and on a local Ray session (two CPUs), and the two
lists of stories are compared: they must be identical. Last, the incremental
clusterer is run over the same features in date order (as a stream brings
them), and the keyed stories are compared with its stories, pair by pair.
Baly has no gold stories, so this is agreement, not quality: for scale, the
incremental clusterer is also compared with itself fed in a shuffled order.

The machine is shared: the load average is printed beside the times.

``--eval`` instead scores the keyed grouping on ECB+ dev and AllSides dev
with crosscheck.eval.stories' loaders and scorer, beside the incremental
clusterer fed the same articles in the same order.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

from crosscheck.clean import clean
from crosscheck.eval.stories import bcubed, load_allsides, load_ecbplus, pairwise
from crosscheck.group.features import article_features
from crosscheck.group.keyed import group_local, keyed_records
from crosscheck.group.keyed_ray import group_ray
from crosscheck.group.stories import cluster_features, stories_of
from crosscheck.ingest import read_path
from crosscheck.models import RawDoc

from _common import BALY, shared_data_or_say


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def labels(stories) -> dict[str, str]:
    return {a: s.id for s in stories for a in s.articles}


def agreement(name: str, mine, theirs) -> str:
    p, b = pairwise(labels(mine), labels(theirs)), bcubed(labels(mine), labels(theirs))
    return (f"{name}: pairwise P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f} | "
            f"B3 F1 {b['f1']:.3f}")


def evaluate(data: Path) -> None:
    sets = {"ECB+": load_ecbplus(data / "ecbplus" / "ecbplus-dev.jsonl"),
            "AllSides": load_allsides(data / "allsides-stories" / "allsides-stories-dev.jsonl")}
    for name, (articles, gold) in sets.items():
        features = article_features(articles)
        keyed = group_local(keyed_records(articles, features))
        incremental = stories_of(cluster_features(features))
        for method, stories in (("keyed", keyed), ("incremental", incremental)):
            b, p = bcubed(labels(stories), gold), pairwise(labels(stories), gold)
            print(f"{name:9} {method:11} B3 P {b['precision']:.3f} R {b['recall']:.3f} "
                  f"F1 {b['f1']:.3f} | pairwise F1 {p['f1']:.3f} | stories {len(stories)} "
                  f"vs gold {len(set(gold.values()))}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--shards", type=int, default=None, help="Ray shuffle shards")
    parser.add_argument("--eval", action="store_true",
                        help="score on ECB+ dev and AllSides dev instead")
    args = parser.parse_args(argv)
    data = shared_data_or_say(args.data)
    if data is None:
        return 2
    if args.eval:
        evaluate(data)
        return 0
    path = data / BALY
    print(f"load average at start: {load()}")

    start = time.perf_counter()
    articles = [clean(raw) for raw in read_path(path) if isinstance(raw, RawDoc)]
    print(f"read and clean: {len(articles)} articles in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    features = article_features(articles)
    took = time.perf_counter() - start
    print(f"features: {1000 * took / len(articles):.1f} ms/article ({took:.0f} s, load {load()})")
    start = time.perf_counter()
    records = keyed_records(articles, features)
    took = time.perf_counter() - start
    print(f"keyed records (MinHash + SimHash bands): {1000 * took / len(records):.2f} ms/article")

    start = time.perf_counter()
    local = group_local(records)
    took = time.perf_counter() - start
    print(f"local keyed: {1000 * took / len(records):.2f} ms/article ({took:.1f} s), "
          f"{len(local)} stories, load {load()}")

    import ray

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False, ignore_reinit_error=True)
    ray.data.DataContext.get_current().enable_progress_bars = False
    start = time.perf_counter()
    on_ray = group_ray(records) if args.shards is None else group_ray(records, args.shards)
    took = time.perf_counter() - start
    ray.shutdown()
    print(f"Ray keyed (2 CPUs, Ray start not counted): {1000 * took / len(records):.2f} "
          f"ms/article ({took:.1f} s), {len(on_ray)} stories, load {load()}")
    print(f"identical stories (ids, members, headlines, dates): {local == on_ray}")

    by_date = sorted(features, key=lambda f: (f.day is None, f.day or 0, f.id))
    start = time.perf_counter()
    incremental = stories_of(cluster_features(by_date))
    took = time.perf_counter() - start
    print(f"incremental (date order): {1000 * took / len(features):.2f} ms/article, "
          f"{len(incremental)} stories")
    shuffled = list(features)
    random.Random(7).shuffle(shuffled)
    incremental_shuffled = stories_of(cluster_features(shuffled))
    print(agreement("keyed vs incremental", local, incremental))
    print(agreement("incremental shuffled vs incremental", incremental_shuffled, incremental))
    in_stories = sum(len(s.articles) for s in local if len(s.articles) > 1)
    print(f"keyed: {in_stories} articles in {sum(len(s.articles) > 1 for s in local)} "
          f"stories of two or more; incremental: "
          f"{sum(len(s.articles) for s in incremental if len(s.articles) > 1)} in "
          f"{sum(len(s.articles) > 1 for s in incremental)}")
    return 0 if local == on_ray else 1


if __name__ == "__main__":
    sys.exit(main())
