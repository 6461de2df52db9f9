"""Benchmark: the web page and API under load, on loopback, optionally while an
ingest writes to the same store.

Starts ``crosscheck serve`` on a free loopback port over ``--db`` (a store you
built, e.g. from the Baly 8k corpus with ``crosscheck ingest``), then runs
``--clients`` concurrent clients for ``--seconds`` over story pages, article
pages and the API, and reports requests/s, errors and latency percentiles per
route. "story page" draws from 100 stories (the 20 biggest and 80 at random),
as readers return to the same stories, so most visits are served from the
page cache; "story page, first visit" asks for a story never asked before, so
each is rendered from the store. With ``--write PATH`` a ``crosscheck ingest PATH`` runs against the same
store during the load (readers must not fail while a writer commits).

Run: ``python bench/bench_web.py --db STORE [--write PATH] [--seconds 60] [--clients 8]``.
Without ``--db`` it builds a store of the bundled sample corpus first.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from _common import ROOT, percentile

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the store to serve (default: the sample corpus, built now)")
    parser.add_argument("--write", help="a file or folder to ingest into the store during the load")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args(argv)
    cli = [sys.executable, "-m", "crosscheck.cli"]
    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if db is None:
        db = str(Path(tmp.name) / "sample.db")
        subprocess.run([*cli, "ingest", str(ROOT / "examples" / "sample"), "--db", db, "--quiet"],
                       check=True)
    port = free_port()
    server = subprocess.Popen([*cli, "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/stories", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        stories = httpx.get(base + "/api/stories", timeout=30).json()
        # The biggest stories are the heaviest pages; mix them with the rest.
        stories.sort(key=lambda s: -s.get("articles", 0))
        story_ids = [s["id"] for s in stories[:20]] + [s["id"] for s in
                                                       random.Random(1).sample(stories, min(80, len(stories)))]
        article_ids = []
        for sid in story_ids[:10]:
            doc = httpx.get(f"{base}/api/stories/{sid}", timeout=30).json()
            article_ids += [a["id"] for a in doc["stories"][0]["articles"][:3]]
        # Pages never asked for before: the cache cannot help with these, so
        # they measure rendering itself (each client takes the next unseen story).
        popular = set(story_ids)
        unseen = iter([s["id"] for s in random.Random(2).sample(stories, len(stories))
                       if s["id"] not in popular])
        unseen_lock = threading.Lock()

        def first_visit(_r: random.Random) -> str:
            with unseen_lock:
                return f"/stories/{next(unseen, story_ids[0])}"

        routes = {
            "story page": lambda r: f"/stories/{r.choice(story_ids)}",
            "story page, first visit": first_visit,
            "story API": lambda r: f"/api/stories/{r.choice(story_ids)}",
            "article page": lambda r: f"/articles/{r.choice(article_ids)}",
            "story list": lambda r: "/",
        }
        latencies: dict[str, list[float]] = {name: [] for name in routes}
        errors: list[str] = []
        stop = time.monotonic() + args.seconds

        def client(seed: int) -> None:
            rng = random.Random(seed)
            names = list(routes)
            with httpx.Client(base_url=base, timeout=30) as http:
                while time.monotonic() < stop:
                    name = rng.choice(names)
                    start = time.perf_counter()
                    try:
                        response = http.get(routes[name](rng))
                        if response.status_code != 200:
                            errors.append(f"{name}: HTTP {response.status_code}")
                    except httpx.HTTPError as exc:
                        errors.append(f"{name}: {type(exc).__name__}")
                    latencies[name].append((time.perf_counter() - start) * 1000)

        writer = None
        if args.write:
            writer = subprocess.Popen([*cli, "ingest", args.write, "--db", db, "--quiet"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - began
        writer_status = None
        if writer is not None:
            if writer.poll() is None:
                # Stopping the writer mid-ingest is safe: batches are atomic and a
                # re-run completes the store (tests/reliability/test_crash_safety.py).
                writer.terminate()
                writer.wait(timeout=30)
                writer_status = "was writing throughout the load; stopped at its end"
            else:
                writer_status = f"finished during the load, exit {writer.returncode}"
    finally:
        server.terminate()
        server.wait(timeout=10)
    total = sum(len(v) for v in latencies.values())
    result = {
        "store": db, "stories": len(stories), "clients": args.clients,
        "seconds": round(elapsed, 1), "requests": total,
        "requests_per_s": round(total / elapsed, 1), "errors": len(errors),
        "error_examples": sorted(set(errors))[:5], "writer": writer_status,
        "latency_ms": {name: {"p50": round(statistics.median(v), 1) if v else None,
                              "p95": round(percentile(v, 0.95), 1),
                              "p99": round(percentile(v, 0.99), 1), "n": len(v)}
                       for name, v in latencies.items()},
    }
    print(json.dumps({"bench_web": result}, indent=2))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
