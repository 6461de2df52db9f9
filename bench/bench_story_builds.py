"""Benchmark: the story builds alone (relations, findings, brief, timeline),
in one process, over the stories of the first N Baly articles.

The articles are ingested into a fresh store and grouped once (not timed);
the inputs of every story build (its story, members, claims and stored
sentence vectors, as ``story_build.build_all`` reads them) are kept, and
then built ``--repeat`` times in a fresh child process each, in the tasks a
worker gets (``story_build.build_story_each``). Each child prints its CPU
seconds for the builds (models loaded before the clock starts), how many
sentences the note renderer parsed alone and in batches, and a digest of
what the builds made: the same digest from two source trees means the same
stories, findings, briefs and timelines.

Run: ``python bench/bench_story_builds.py [--limit 200] [--repeat 2]``; to
compare with another tree (a ``git archive`` of the commit before), run it
there too on the same ``--limit``: the inputs are pickled by this tree and
read by the other with ``--tasks FILE``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BALY, shared_data_or_say


def make_tasks(corpus: Path, out: Path) -> int:
    """Ingest and group ``corpus``; pickle the input of each story build to ``out``."""
    from crosscheck import story_build
    from crosscheck.engine import LocalExecutor, ingest_shards
    from crosscheck.pipeline import update_stories
    from crosscheck.store import open_store

    tasks = []
    read = story_build._task

    def kept(store, story):
        task = read(store, story)
        tasks.append(task)
        return task

    story_build._task = kept
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "stories.db")
        ingest_shards([corpus], store, LocalExecutor(1))
        update_stories(store)
        store.close()
    story_build._task = read
    out.write_bytes(pickle.dumps(tasks))
    return len(tasks)


def build(tasks_file: Path) -> dict:
    """Build the pickled tasks here, as a worker does; CPU s, parses and a digest."""
    from crosscheck import story_build
    from crosscheck.claims import nlp
    from crosscheck.embed import embed

    tasks = pickle.loads(tasks_file.read_bytes())
    nlp.load_nlp()
    embed(["a warm-up"])
    counts = {"alone": 0, "in batches": 0}
    asked: set[str] = set()
    parse, parse_all = nlp.parse, getattr(nlp, "parse_all", None)

    def counted_parse(sentence):
        # a sentence not parsed yet is parsed alone (an older tree's lru_cache: every miss)
        cached = nlp._parses if hasattr(nlp, "_parses") else asked
        counts["alone"] += sentence not in cached
        asked.add(sentence)
        return parse(sentence)

    nlp.parse = counted_parse  # the renderer's modules read it from claims.nlp at call time
    for module in ("common", "event_excerpts", "wording"):
        mod = sys.modules.get(f"crosscheck.corroborate.{module}") or __import__(
            f"crosscheck.corroborate.{module}", fromlist=["parse"])
        mod.parse = counted_parse
    if parse_all is not None:
        def counted_parse_all(sentences):
            sentences = list(sentences)
            counts["in batches"] += len({s for s in sentences if s not in nlp._parses})
            return parse_all(sentences)
        story_build.parse_all = counted_parse_all
    chunks, task, size = [], [], 0
    for t in tasks:
        task.append(t)
        size += len(t[0].articles)
        if len(task) >= story_build.STORY_TASK_STORIES or size >= story_build.STORY_TASK_ARTICLES:
            chunks.append(task)
            task, size = [], 0
    chunks += [task] if task else []
    start = time.process_time()
    built = [b for chunk in chunks for b in story_build.build_story_each(chunk)]
    cpu = time.process_time() - start
    digest = hashlib.sha256(repr(built).encode()).hexdigest()[:16]
    return {"stories": len(built), "cpu_s": round(cpu, 2), "parsed": counts, "digest": digest}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=200, help="the first N Baly articles")
    parser.add_argument("--repeat", type=int, default=2, help="builds, each in a fresh process")
    parser.add_argument("--tasks", type=Path, help="build these pickled inputs (no ingest)")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # a child's input
    args = parser.parse_args(argv)
    if args.build:
        print(build(args.build))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tasks = args.tasks
        if tasks is None:
            data = shared_data_or_say()
            if data is None:
                return 2
            corpus, tasks = Path(tmp) / "baly.jsonl", Path(tmp) / "tasks.pickle"
            with gzip.open(data / BALY, "rt", encoding="utf-8") as f:
                corpus.write_text("".join(line for _, line in zip(range(args.limit), f)),
                                  encoding="utf-8")
            print(f"{make_tasks(corpus, tasks)} story builds of {args.limit} articles",
                  flush=True)
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, __file__, "--build", str(tasks)],
                                 capture_output=True, text=True, check=True)
            print(out.stdout.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
