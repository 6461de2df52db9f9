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
import cProfile
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
    model = nlp.load_nlp()

    class Counted:
        """The model, counting the texts it parses alone and in batches
        (every renderer module reaches it through ``load_nlp()`` of the
        module that holds ``nlp.parse``, at call time, whichever of the
        parse functions it imports)."""

        def __call__(self, text, **kwargs):
            counts["alone"] += 1
            return model(text, **kwargs)

        def pipe(self, texts, **kwargs):
            for doc in model.pipe(texts, **kwargs):
                counts["in batches"] += 1
                yield doc

        def __getattr__(self, name):
            return getattr(model, name)

    counted = Counted()
    sys.modules[nlp.parse.__module__].load_nlp = lambda: counted
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
    parser.add_argument("--save-tasks", type=Path,
                        help="keep the pickled inputs here (for --tasks, here or in another tree)")
    parser.add_argument("--profile", type=Path,
                        help="write a cProfile of the first build here, in CPU time")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # a child's input
    args = parser.parse_args(argv)
    if args.build:
        if args.profile:
            # CPU time, not wall time: on a shared machine the wall clock
            # charges other processes' time to whatever was running.
            profiler = cProfile.Profile(time.process_time)
            result = profiler.runcall(build, args.build)
            profiler.dump_stats(args.profile)
        else:
            result = build(args.build)
        print(result)
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
            if args.save_tasks:
                args.save_tasks.write_bytes(tasks.read_bytes())
        for run in range(args.repeat):
            profile = ["--profile", str(args.profile)] if args.profile and run == 0 else []
            out = subprocess.run([sys.executable, __file__, "--build", str(tasks), *profile],
                                 capture_output=True, text=True, check=True)
            print(out.stdout.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
