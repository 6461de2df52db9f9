"""Benchmark: the driver's CPU for 200 new articles as the store grows.

On the pool of 2 (``LocalExecutor(2)``) the driver reads shards, writes
articles and claims, reads the stories' inputs, places the articles in
stories and writes what the workers built. What of that grows with the
store? The same 200 Baly articles (``--skip`` on, 201-400 by default) are
ingested and folded into stories (``ingest_shards`` then
``update_stories(store, executor=...)``, as ``crosscheck ingest --engine
local --workers 2`` does) into stores of ``--sizes`` articles, and the
driver's CPU seconds (``time.process_time`` of this process, the machine
being shared) are printed by step, with a cProfile of the driver's part
(``--profile DIR``).

The stores: the first 200 Baly articles ingested for real with the pool
(cleaning, claims, stories), then replicas of them as ``bench_scale.py``
makes its stores (ids made unique, dates shifted by whole quarters; copied,
not made again) up to each size.

Run: ``python bench/bench_driver_growth.py [--sizes 200,1000,2000]``.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import BALY, shared_data_or_say


def _shard(data: Path, out: Path, skip: int, count: int) -> Path:
    with gzip.open(data / BALY, "rt", encoding="utf-8") as f:
        lines = [line for _, line in zip(range(skip + count), f)][skip:]
    out.write_text("".join(lines), encoding="utf-8")
    return out


def _timed_add(url: str, shard: Path, profile: Path | None) -> dict:
    """Ingest ``shard`` and update the stories on a pool of 2; the driver's CPU by step."""
    from crosscheck.engine import LocalExecutor, ingest_shards
    from crosscheck.story_update import update_stories
    from crosscheck.store import open_store

    profiler = cProfile.Profile(time.process_time) if profile else None
    out = {}
    with open_store(url) as store:
        executor = LocalExecutor(2)
        for step, run in (("ingest", lambda: ingest_shards([shard], store, executor)),
                          ("stories", lambda: update_stories(store, executor=executor))):
            start = time.process_time()
            if profiler:
                profiler.runcall(run)
            else:
                run()
            out[f"{step} s"] = round(time.process_time() - start, 2)
    if profiler:
        profiler.dump_stats(profile)
    out["driver s"] = round(out["ingest s"] + out["stories s"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,1000,2000")
    parser.add_argument("--skip", type=int, default=200,
                        help="the articles added are the 200 Baly articles after these")
    parser.add_argument("--profile", type=Path, help="a cProfile of the driver per size, here")
    args = parser.parse_args(argv)
    data = shared_data_or_say()
    if data is None:
        return 2
    from bench_scale import Base, Replica, build_store, span_quarters
    from crosscheck.engine import LocalExecutor, ingest_shards
    from crosscheck.store import open_store
    from crosscheck.story_update import update_stories

    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base_db = tmp / "base.db"
        with open_store(str(base_db)) as store:
            executor = LocalExecutor(2)
            ingest_shards([_shard(data, tmp / "base.jsonl", 0, sizes[0])], store, executor)
            update_stories(store, executor=executor)
        base = Base.read(base_db)
        quarters = span_quarters(base)
        made: dict[int, Replica] = {}

        def replicas(r: int) -> Replica:
            return made.setdefault(r, Replica(r, quarters, base.ids))

        added = _shard(data, tmp / "added.jsonl", args.skip, 200)
        print(f"base: {len(base.order)} articles, {len(base.state.stories)} stories", flush=True)
        for n in sizes:
            url = str(tmp / f"store-{n}.db")
            if n == len(base.order):
                shutil.copy(base_db, url)
            else:
                build_store(url, base, 0, n, set(), replicas)
                # The stories cut by the end, built before anything is timed.
                with open_store(url) as store:
                    update_stories(store)
            profile = args.profile / f"driver-{n}.prof" if args.profile else None
            if profile:
                args.profile.mkdir(parents=True, exist_ok=True)
            row = {"store articles": n, **_timed_add(url, added, profile)}
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
