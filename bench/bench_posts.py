"""Benchmark: many small posts to ``POST /api/articles`` that all join one
growing story (issue 16, item 8: each post rebuilt the whole story, 0.35 s at
the start, 4.8 s at 209 members).

Posts ``--posts`` short articles about one event (sentences drawn with a fixed
seed from a pool about one mine collapse, so that they cluster together) one
after the other to the app in this process (FastAPI's TestClient: no socket,
no network), and prints the latency of each block of posts (median, p95, max)
and over all posts, with the CPU time of this process per post (the post's
own cost, which a busy shared machine does not inflate; the background
rebuilds run in their worker process), and the size of the biggest story at
the end.
``--rebuild-in-post`` rebuilds every changed story in the post, as before the
background rebuilds (web/rebuild.py), to compare.

Run: ``python bench/bench_posts.py [--posts 2000] [--rebuild-in-post]``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

import crosscheck.web
from crosscheck.store import open_store
from crosscheck.web import create_app

from _common import percentile

SENTENCES = [
    "Rescuers at the Brannock colliery said {n} miners remain trapped after the collapse.",
    "The mine's owner said the roof of the east shaft gave way on {day}.",
    "Officials said {m} workers were brought to the surface by {day} evening.",
    "\"We will not stop until every miner is out,\" said rescue chief Ada Lorne on {day}.",
    "Families gathered at the Brannock gates as rescuers drilled a second shaft.",
    "The regional governor said {m} people had been treated in hospital.",
    "Engineers said the air supply to the trapped miners was holding on {day}.",
    "A union official said safety warnings about the east shaft had been ignored.",
    "Rescue teams from three provinces joined the effort at the Brannock mine.",
    "The mining ministry opened an inquiry into the collapse on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
OUTLETS = [f"Outlet {i}" for i in range(40)]


def article(rng: random.Random, number: int) -> dict:
    chosen = rng.sample(SENTENCES, 5)
    text = " ".join(s.format(n=rng.choice([12, 13, 14]), m=rng.randint(20, 40),
                             day=rng.choice(DAYS)) for s in chosen)
    return {"title": f"Brannock mine collapse: rescuers press on ({number})",
            "text": f"{text} Report {number}.", "published": "2025-03-1" + str(rng.randint(0, 3)),
            "outlet": rng.choice(OUTLETS)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--block", type=int, default=200, help="posts per reported block")
    parser.add_argument("--rebuild-in-post", action="store_true",
                        help="rebuild every changed story in the post (the old way)")
    args = parser.parse_args(argv)
    if args.rebuild_in_post:
        crosscheck.web.DEFER_FROM = 10 ** 9
    rng = random.Random(16)
    with tempfile.TemporaryDirectory(prefix="crosscheck-posts-") as tmp:
        db = Path(tmp) / "posts.db"
        app = create_app(db)
        client = TestClient(app, base_url="http://127.0.0.1",
                            headers={"origin": "http://127.0.0.1"})
        latencies: list[float] = []
        cpu: list[float] = []
        mode = "rebuilt in the post" if args.rebuild_in_post else "big stories rebuilt in the background"
        print(f"{args.posts} posts into one story ({mode})")
        print(f"{'posts':>11}  {'median s':>8}  {'p95 s':>7}  {'max s':>7}  "
              f"{'CPU median s':>12}  {'CPU p95 s':>9}  load")
        for number in range(1, args.posts + 1):
            started, used = time.perf_counter(), time.process_time()
            answer = client.post("/api/articles", json=article(rng, number))
            latencies.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
            if answer.status_code != 200:
                print(f"post {number}: {answer.status_code} {answer.text[:200]}", file=sys.stderr)
                return 1
            if number % args.block == 0 or number == args.posts:
                first = (number - 1) // args.block * args.block
                block, block_cpu = latencies[first:], cpu[first:]
                print(f"{first + 1:>5}-{number:<5}  "
                      f"{percentile(block, 0.5):8.3f}  {percentile(block, 0.95):7.3f}  "
                      f"{max(block):7.3f}  {percentile(block_cpu, 0.5):12.3f}  "
                      f"{percentile(block_cpu, 0.95):9.3f}  {os.getloadavg()[0]:.1f}",
                      flush=True)
        print(f"{'all':>11}  {percentile(latencies, 0.5):8.3f}  "
              f"{percentile(latencies, 0.95):7.3f}  {max(latencies):7.3f}  "
              f"{percentile(cpu, 0.5):12.3f}  {percentile(cpu, 0.95):9.3f}")
        while not app.state.rebuilder.idle():
            time.sleep(0.5)
        with open_store(db) as store:
            sizes = sorted((len(s.articles) for s in store.stories()), reverse=True)
        print(f"stories: {len(sizes)}; biggest {sizes[:3]} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
