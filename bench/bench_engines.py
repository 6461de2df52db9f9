"""Benchmark: articles/s and peak memory of the executors on the Baly corpus.

Ingests the first N records of ``../shared/data/baly-articles/baly-articles-8k.jsonl.gz``
with ``crosscheck.engine.ingest_shards`` and every per-article stage (clean,
claims, embed, minhash; Parquet output on, so that vectors and signatures are
made and kept), each engine into a fresh temporary store:

* local, one process;
* local, a process pool of 2;
* Ray Data, 2 workers (a local Ray of 2 CPUs, started before the clock runs,
  as a cluster is already up when a job is submitted to it; the actors'
  model loading is timed, like the pool's).

Each engine runs in a child process of its own, so no engine inherits the
models or memory of another. Peak RSS is the largest sum of the resident
memory of the child and every process under it (pool workers, Ray's raylet
and workers), sampled every 0.2 s (pages shared by processes count in each). CPU
seconds are summed over the same tree: on a shared machine, wall time says
how loaded it was as much as how fast an engine is, CPU time much less so;
the ratios are therefore also given as projected from CPU seconds for two
idle cores (workers' CPU split over 2, unless the driver's serial share is
longer), labelled as such.

The goals (issue "Past one machine"): the pool at least 1.8x one process,
Ray within 15 % of the pool. The machine may be shared: the load averages are
printed beside the figures.

Run: ``python bench/bench_engines.py [--limit N]`` (default 1000; the whole
8,000 takes about 40 CPU-minutes per engine: 0.27 CPU s per article).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import BALY, executor_for, shared_data_or_say

ENGINES = ("local-1", "local-pool-2", "ray-2")
GOAL_POOL_SPEEDUP = 1.8
GOAL_RAY_VS_POOL = 0.85


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """User + system seconds of ``pid`` so far (its own, not its children's)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class TreeMeter:
    """Samples the process tree under this process every 0.2 s: the peak of the
    summed resident memory, and the CPU seconds each process used (a process
    that ends between samples loses at most 0.2 s)."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self.cpu: dict[int, float] = {}
        self.baseline = {pid: _cpu_s(pid) for pid in _tree(os.getpid())}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self.done.wait(0.2):
            pids = _tree(os.getpid())
            self.peak_mb = max(self.peak_mb, sum(_rss_mb(p) for p in pids))
            for pid in pids:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_s(pid))

    def __enter__(self) -> "TreeMeter":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()

    @property
    def cpu_s(self) -> float:
        return sum(cpu - self.baseline.get(pid, 0.0) for pid, cpu in self.cpu.items())

    @property
    def driver_cpu_s(self) -> float:
        """This process's share: reading, and writing the store and Parquet."""
        return self.cpu.get(os.getpid(), 0.0) - self.baseline.get(os.getpid(), 0.0)


def run_one(engine: str, corpus: Path) -> dict:
    """Ingest ``corpus`` with one engine (in this process); returns the figures."""
    from crosscheck.engine import ingest_shards
    from crosscheck.store import open_store

    executor = executor_for(engine)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        with TreeMeter() as meter:
            start = time.perf_counter()
            report = ingest_shards([corpus], store, executor, parquet_dir=Path(tmp) / "parquet")
            seconds = time.perf_counter() - start
        articles = store.count_articles()
        store.close()
    return {"engine": engine, "articles": articles, "read": report.read,
            "seconds": round(seconds, 1), "articles_per_s": round(articles / seconds, 2),
            "cpu_s": round(meter.cpu_s, 1), "driver_cpu_s": round(meter.driver_cpu_s, 1),
            "peak_rss_mb": round(meter.peak_mb)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="the first N records")
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)  # a child's run
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_one(args.engine, args.corpus)))
        return 0

    data = shared_data_or_say()
    if data is None:
        return 2
    source = data / BALY
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "baly.jsonl"
        with gzip.open(source, "rt", encoding="utf-8") as f:
            lines = [line for _, line in zip(range(args.limit), f)]
        corpus.write_text("".join(lines), encoding="utf-8")
        for engine in ENGINES:
            load_before = os.getloadavg()
            out = subprocess.run([sys.executable, __file__, "--engine", engine, "--corpus",
                                  str(corpus)], capture_output=True, text=True, check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            result["load_before"] = [round(x, 2) for x in load_before]
            result["load_after"] = [round(x, 2) for x in os.getloadavg()]
            results.append(result)
            print(f"{engine:>13}: {result['articles']} articles in {result['seconds']} s = "
                  f"{result['articles_per_s']} articles/s, {result['cpu_s']} CPU s, "
                  f"peak RSS {result['peak_rss_mb']} MB "
                  f"(load 1/5/15 min before {result['load_before']}, after "
                  f"{result['load_after']})", flush=True)
    rate = {r["engine"]: r["articles_per_s"] for r in results}
    pool_speedup = rate["local-pool-2"] / rate["local-1"]
    ray_vs_pool = rate["ray-2"] / rate["local-pool-2"]
    print(f"measured  pool / single: {pool_speedup:.2f}x (goal >= {GOAL_POOL_SPEEDUP}x), "
          f"ray / pool: {ray_vs_pool:.2f} (goal >= {GOAL_RAY_VS_POOL})")
    # What the same work would take on two idle cores: the workers' CPU seconds
    # split over 2, unless the driver's own (serial) share is longer.
    cpu = {r["engine"]: r for r in results}
    idle = {e: max((r["cpu_s"] - r["driver_cpu_s"]) / 2, r["driver_cpu_s"])
            for e, r in cpu.items() if e != "local-1"}
    idle["local-1"] = cpu["local-1"]["cpu_s"]
    projected = {"pool_speedup": round(idle["local-1"] / idle["local-pool-2"], 2),
                 "ray_vs_pool": round(idle["local-pool-2"] / idle["ray-2"], 2)}
    print(f"projected from CPU seconds (2 idle cores): pool / single "
          f"{projected['pool_speedup']:.2f}x, ray / pool {projected['ray_vs_pool']:.2f}")
    print(json.dumps({"bench_engines": {"limit": args.limit, "results": results,
                                        "pool_speedup": round(pool_speedup, 2),
                                        "ray_vs_pool": round(ray_vs_pool, 2),
                                        "projected_idle": projected}}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
