"""Benchmark: the statement pair model's cost on the largest stories.

The statement model (:mod:`crosscheck.corroborate.statement_model`) scores
every candidate statement pair of a story that no rule keeps apart; the pairs
grow with the square of a story's articles. This bench builds stories as
large as the data has, each built whole as one story (one task of
``story_build.build_story_each``):

* **Baly, one event**: the Baly articles of 2018-09-14 to 2018-10-08 that
  name Kavanaugh at least three times (the nomination's hearings and vote;
  the first ``--baly`` of them by date);
* **recession-46**: the 46 articles on the 2022 inflation and recession
  theme (many outlets, syndicated copies);
* **AllSides dev**: the first ``--allsides`` stories of 2-3 outlets each.

``--make FILE`` cleans and claims the articles (in this process, not timed)
and pickles each story's build input; ``--tasks FILE`` builds them, each
story alone, in CPU seconds (``time.process_time``, the machine being
shared), and prints per story: articles, statements, candidate pairs (those
the model scores), the CPU of the story build, of the statement pairs
(candidates, rules, paths and model), of the model's links and of its
features; and a digest of every build's output. The same digest from two
source trees (a ``git archive`` of the commit before) means the same
stories, findings, briefs and timelines.

Run: ``python bench/bench_statement_model.py --make /tmp/sm.pickle``, then
``python bench/bench_statement_model.py --tasks /tmp/sm.pickle [--profile FILE]``.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import json
import pickle
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from _common import BALY, shared_data_or_say


def _baly_event(data: Path, limit: int) -> list[dict]:
    with gzip.open(data / BALY, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    event = [r for r in rows if "2018-09-14" <= (r.get("date") or "") <= "2018-10-08"
             and r.get("text", "").count("Kavanaugh") >= 3]
    return sorted(event, key=lambda r: (r["date"], r["id"]))[:limit]


def _rows(data: Path, baly: int, allsides: int) -> dict[str, list[dict]]:
    """Each story's articles as ingest reads JSON lines."""
    stories = {"baly-kavanaugh": _baly_event(data, baly)}
    recession = json.loads((data / "recession-46" / "documents_recession.json")
                           .read_text(encoding="utf-8"))
    stories["recession-46"] = [
        {"id": f"r{i:02d}", "outlet": r.get("domain"), "title": r.get("title"),
         "url": r.get("url"), "text": r.get("content") or ""} for i, r in enumerate(recession)]
    path = data / "allsides-stories" / "allsides-stories-dev.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines()[:allsides]:
        story = json.loads(line)
        stories[f"allsides-{story['story']}"] = [
            {"id": f"{story['story']}-{k}", "outlet": a.get("outlet"), "title": a.get("title"),
             "date": story.get("date"), "url": a.get("url"), "text": a.get("text") or ""}
            for k, a in enumerate(story["articles"])]
    return stories


def make_tasks(data: Path, out: Path, baly: int, allsides: int) -> None:
    from crosscheck.engine import LocalExecutor, ingest_shards
    from crosscheck.models import Story
    from crosscheck.store import open_store

    stories = _rows(data, baly, allsides)
    tasks = []
    with tempfile.TemporaryDirectory() as tmp:
        shard = Path(tmp) / "articles.jsonl"
        shard.write_text("".join(json.dumps(r) + "\n" for rows in stories.values() for r in rows),
                         encoding="utf-8")
        store = open_store(Path(tmp) / "store.db")
        ingest_shards([shard], store, LocalExecutor(1))
        known = store.articles()
        for name, rows in stories.items():
            # The store names an article by its content; the rows by their id.
            articles = [a for a in known if any(a.title == r["title"] and a.outlet == r["outlet"]
                                                for r in rows)]
            ids = tuple(sorted(a.id for a in articles))
            tasks.append((Story(id=name, headline=name, articles=ids),
                          store.articles(ids), store.claims(ids), {}))
        store.close()
    out.write_bytes(pickle.dumps(tasks))
    for story, articles, claims, _ in tasks:
        if len(articles) > 3:
            print(f"{story.id}: {len(articles)} articles, {len(claims)} claims")
    print(f"{len(tasks)} stories pickled to {out}")


def build(tasks_file: Path) -> dict:
    """Each pickled story built alone; CPU seconds by part, pairs, a digest."""
    from crosscheck import story_build
    from crosscheck.claims import nlp
    from crosscheck.corroborate import statement_model, statements
    from crosscheck.corroborate.align import load_model
    from crosscheck.embed import embed

    tasks = pickle.loads(tasks_file.read_bytes())
    nlp.load_nlp()
    embed(["a warm-up"])
    load_model("statement")
    cpu: dict[str, float] = defaultdict(float)
    pairs: dict[str, int] = defaultdict(int)

    def timed(module, name, key, count=None):
        inner = getattr(module, name)

        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                cpu[key] += time.process_time() - start
                if count:
                    pairs[key] += count(*args)
        setattr(module, name, wrapper)

    timed(statements, "statement_pairs", "statement pairs")
    timed(statement_model, "model_links", "model links",
          lambda statements, found, unlinked, rules: sum(1 for r in rules if not r))
    # The features as the model reads them: feature_matrix since it was made,
    # statement_features before (so that the commit before can be timed too).
    timed(statement_model, "feature_matrix" if hasattr(statement_model, "feature_matrix")
          else "statement_features", "model features")
    # statement_pairs imports model_links at call time, from its module.
    rows, digest = [], hashlib.sha256()
    for task in tasks:
        before = dict(cpu), dict(pairs)
        start = time.process_time()
        built = story_build.build_story_each([task])
        took = time.process_time() - start
        digest.update(repr(built).encode())
        story, articles, claims, _ = task
        rows.append({"story": story.id, "articles": len(articles),
                     "statements": len(statement_pairs_kept(claims)),
                     "pairs scored": pairs["model links"] - before[1].get("model links", 0),
                     "build s": round(took, 3),
                     **{f"{k} s": round(cpu[k] - before[0].get(k, 0.0), 3) for k in
                        ("statement pairs", "model links", "model features")}})
    return {"stories": rows, "digest": digest.hexdigest()[:16]}


def statement_pairs_kept(claims):
    from crosscheck.corroborate.statements import kept_statements

    return kept_statements(claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--make", type=Path, help="pickle the stories' build inputs here")
    parser.add_argument("--baly", type=int, default=60, help="Baly articles of the one event")
    parser.add_argument("--allsides", type=int, default=30, help="AllSides dev stories")
    parser.add_argument("--tasks", type=Path, help="build these pickled inputs")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the builds here, in CPU time")
    args = parser.parse_args(argv)
    if args.make:
        data = shared_data_or_say()
        if data is None:
            return 2
        make_tasks(data, args.make, args.baly, args.allsides)
        return 0
    if not args.tasks:
        parser.error("--make FILE or --tasks FILE")
    if args.profile:
        # CPU time: on a shared machine the wall clock charges others' time.
        profiler = cProfile.Profile(time.process_time)
        result = profiler.runcall(build, args.tasks)
        profiler.dump_stats(args.profile)
    else:
        result = build(args.tasks)
    rows = result["stories"]
    big = [r for r in rows if r["articles"] > 3]
    small = [r for r in rows if r["articles"] <= 3]
    keys = [k for k in rows[0] if k not in ("story",)] if rows else []
    for r in big:
        print(r)
    if small:
        print({"story": f"{len(small)} AllSides stories",
               **{k: round(sum(r[k] for r in small), 3) for k in keys}})
    print({"all": len(rows), **{k: round(sum(r[k] for r in rows), 3) for k in keys},
           "digest": result["digest"]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
