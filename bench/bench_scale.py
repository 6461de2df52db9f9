"""Benchmark: the story stage, the store and the web page at 10k, 50k and 100k articles.

    python bench/bench_scale.py [--sizes 10000,50000,100000] [--backend sqlite|postgresql|both]
                                [--cache /tmp/crosscheck-scale] [--web-seconds 20]

The stores are synthetic: the Baly 8k corpus replayed. What is real and what is copied:

* **The base (real).** The 8k corpus goes once through ``crosscheck ingest
  --engine local --workers 2`` into ``CACHE/base-8k.db``: cleaning, claims,
  story features, clustering, findings and briefs, as a user would run it
  (about an hour on 2 cores; kept and reused by later runs).
* **Replicas (copied).** Replica r is the base with every id replaced by
  ``content_id(prefix, "replica", r, id)`` (articles, raw documents, claims,
  stories; replica 0 keeps the real ids) and every ISO date shifted by
  ``r * Q`` whole quarters, Q the corpus's span in quarters, so replicas
  follow one another in time and never overlap. Raw documents, articles,
  claims, claim versions and built stories (findings, briefs, timelines) are
  copied from the base, not made again; article texts are not rewritten
  (dates in them are shifted where they are ISO dates). The clustering state
  is the base state replicated, as if each replica had been ingested after
  the one before: arrival numbers offset by ``r * 8000``.
* **A store of N articles** holds the first N of that sequence (whole
  replicas, then the first articles of the next in the order the base
  clustered them). A base story cut by the end is kept in the state with the
  members it has, and is built for real by one story update before anything
  is timed ("settle").
* **What is timed is real**: the next 100 articles of the sequence (their
  per-article stage results, cleaning and claims, copied as the issue allows)
  are written and one story update folds them in: story features, clustering,
  rebuilding the stories they touch, writing them (the per-article story-stage
  cost); then the next 10 articles the same way, end to end from writing them
  (the 10-article add); then ``bench/bench_web.py`` against ``crosscheck
  serve`` on the store (story page p95, first visits and repeat visits).

PostgreSQL runs on a throwaway server started in ``CACHE`` (initdb, as the
tests do; as the ``postgres`` user when run as root) and stopped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from crosscheck.eval import shared_data
from crosscheck.group.features import day_of
from crosscheck.group.persist import state_from_bytes, state_to_bytes
from crosscheck.group.stories import ClusterState, StoryCluster
from crosscheck.models import Article, Claim, RawDoc, content_id
from crosscheck.pipeline import STORY_STAGES, update_stories
from crosscheck.store import open_store
from crosscheck.store.sqlite import story_from_dict

ROOT = Path(__file__).resolve().parents[1]
BASE_SHARDS = 8  # the corpus is cut in shards of 1,000 for the process pool
FRESH = 100  # articles folded in to time the per-article story-stage cost
ADD = 10  # then the 10-article add
_TOKEN = re.compile(r'"([a-z][0-9a-f]{16})"|(?<=")(\d{4})-(\d{2})-(\d{2})(?=[T"])')


# -- the base: the 8k corpus through the real pipeline, once ---------------------
def build_base(cache: Path, data: Path | None) -> Path:
    base = cache / "base-8k.db"
    if _has_stories(base):
        return base
    shards = cache / "shards"
    shards.mkdir(parents=True, exist_ok=True)
    lines = gzip.decompress((data / "baly-articles" / "baly-articles-8k.jsonl.gz").read_bytes()
                            ).decode("utf-8").splitlines()
    size = -(-len(lines) // BASE_SHARDS)
    for k in range(BASE_SHARDS):
        (shards / f"part-{k:02d}.jsonl").write_text("\n".join(lines[k * size:(k + 1) * size])
                                                    + "\n", encoding="utf-8")
    print(f"building the base store {base} from {len(lines)} articles (about an hour on "
          "2 cores)...", flush=True)
    subprocess.run([sys.executable, "-m", "crosscheck.cli", "ingest", str(shards), "--engine",
                    "local", "--workers", "2", "--db", str(base), "--quiet"], check=True)
    return base


def _has_stories(path: Path) -> bool:
    if not path.exists():
        return False
    with sqlite3.connect(path) as db:
        try:
            return db.execute("SELECT count(*) FROM stories").fetchone()[0] > 0
        except sqlite3.Error:
            return False


@dataclass
class Base:
    """The base store's records, as stored (JSON text), in the order clustered."""

    order: list[str]  # article ids in arrival order
    raws: dict[str, tuple]
    articles: dict[str, str]
    published: dict[str, str | None]
    claims: dict[str, list[str]]
    claim_versions: dict[str, str]
    stories: dict[str, str]
    state: ClusterState
    ids: set[str]

    @classmethod
    def read(cls, path: Path) -> "Base":
        # Read with sqlite3, not open_store: the base is read the same way by
        # the code before and after a change of schema.
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        order = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY published IS NULL, "
                                          "published, id")]
        raws = {r[0]: r for r in db.execute("SELECT id, origin, format, container, content, "
                                            "meta FROM raw_docs WHERE id IN (SELECT id FROM "
                                            "articles)")}
        articles, published = {}, {}
        for i, data, date in db.execute("SELECT id, data, published FROM articles"):
            articles[i], published[i] = data, date
        claims: dict[str, list[str]] = {}
        for article, data in db.execute("SELECT article, data FROM claims ORDER BY rowid"):
            claims.setdefault(article, []).append(data)
        versions = dict(db.execute("SELECT article, extractors FROM claim_versions"))
        stories = dict(db.execute("SELECT id, data FROM stories"))
        state = _read_state(db)
        db.close()
        ids = set(articles) | set(stories) | {s.id for s in state.stories}
        ids |= {json.loads(c)["id"] for cs in claims.values() for c in cs}
        return cls(order, raws, articles, published, claims, versions, stories, state, ids)


def _read_state(db: sqlite3.Connection) -> ClusterState:
    """The base's clustering state, whole: from the rows (schema 6 on) or the blob."""
    saved = db.execute("SELECT state FROM cluster_state WHERE id = 1").fetchone()[0]
    meta = json.loads(saved)
    if meta.get("format") != "crosscheck/cluster-state/1":
        # Read as the old blob, so that the code before schema 6 reads it too.
        stories = [json.loads(r[0]) for r in db.execute(
            "SELECT data FROM cluster_stories ORDER BY seq")]
        df = Counter(k for s in stories for keys in s["member_entities"] for k in keys)
        saved = json.dumps({"format": "crosscheck/cluster-state/1", "stories": stories,
                            "entity_df": sorted(df.items()), "arrivals": meta["arrivals"],
                            "clock": meta["clock"], "merged": []}).encode("utf-8")
    return state_from_bytes(saved)


# -- replicas ----------------------------------------------------------------------
def span_quarters(base: Base) -> int:
    days = sorted(d for d in (day_of(p) for p in base.published.values()) if d is not None)
    first, last = dt.date.fromordinal(days[0]), dt.date.fromordinal(days[-1])
    return (last.year - first.year) * 4 + (last.month - 1) // 3 - (first.month - 1) // 3 + 1


class Replica:
    """Replica ``r`` of the base: ids made unique, dates ``r * quarters`` quarters later."""

    def __init__(self, r: int, quarters: int, ids: set[str]):
        self.r, self.months, self.ids = r, 3 * quarters * r, ids

    def id(self, old: str) -> str:
        return old if self.r == 0 else content_id(old[0], "replica", self.r, old)

    def date(self, year: int, month: int, day: int) -> dt.date:
        months = year * 12 + month - 1 + self.months
        y, m = divmod(months, 12)
        last = (dt.date(y + (m == 11), (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
        return dt.date(y, m + 1, min(day, last))

    def day(self, ordinal: int | None) -> int | None:
        if ordinal is None or self.r == 0:
            return ordinal
        d = dt.date.fromordinal(ordinal)
        return self.date(d.year, d.month, d.day).toordinal()

    def text(self, text: str) -> str:
        """JSON text with known ids replaced and ISO dates shifted."""
        if self.r == 0:
            return text

        def swap(m: re.Match) -> str:
            if m.group(1):
                return f'"{self.id(m.group(1))}"' if m.group(1) in self.ids else m.group(0)
            try:
                return self.date(int(m.group(2)), int(m.group(3)), int(m.group(4))).isoformat()
            except ValueError:  # not a date after all
                return m.group(0)
        return _TOKEN.sub(swap, text)


def universe(base: Base, n: int) -> list[tuple[int, str]]:
    """The first ``n`` articles of the replayed sequence: (replica, base id)."""
    per = len(base.order)
    return [(k // per, base.order[k % per]) for k in range(n)]


# -- writing a synthetic store -------------------------------------------------------
def write_articles(store, base: Base, items: list[tuple[int, str]], replicas) -> None:
    """Raw documents, articles, claims and claim versions of ``items``, copied."""
    for start in range(0, len(items), 500):
        with store.transaction():
            for r, old in items[start:start + 500]:
                rep = replicas(r)
                raw = base.raws[old]
                store.add_raw(RawDoc(id=rep.id(old), origin=raw[1], format=raw[2],
                                     container=raw[3], content=raw[4],
                                     meta=json.loads(rep.text(raw[5]))))
                store.put_article(Article.from_dict(json.loads(rep.text(base.articles[old]))))
                store.put_claims(rep.id(old), [Claim.from_dict(json.loads(rep.text(c)))
                                               for c in base.claims.get(old, ())])
                if old in base.claim_versions:
                    store.set_claim_version(rep.id(old), base.claim_versions[old])


def synthetic_state(base: Base, n: int, replicas) -> tuple[ClusterState, list[tuple[int, str]]]:
    """The clustering state of the first ``n`` articles, and the base stories
    it holds whole (replica, base story id): those have a built story to copy."""
    per = len(base.order)
    arrival = {a: k + 1 for k, a in enumerate(base.order)}
    whole_replicas, cut = divmod(n, per)
    stories, whole = [], []
    for r in range(whole_replicas + (cut > 0)):
        rep = replicas(r)
        limit = per if r < whole_replicas else cut
        for s in base.state.stories:
            keep = [k for k, a in enumerate(s.articles) if arrival[a] <= limit]
            if not keep:
                continue
            if len(keep) == len(s.articles):
                whole.append((r, s.id))
                last_arrival = s.last_arrival
            else:
                last_arrival = max(arrival[s.articles[k]] for k in keep)
            keys = [s.member_entities[k] for k in keep]
            days = [rep.day(s.member_days[k]) for k in keep]
            known = [d for d in days if d is not None]
            stories.append(StoryCluster(
                rep.id(s.id), tuple(rep.id(s.articles[k]) for k in keep),
                tuple(s.titles[k] for k in keep), np.ascontiguousarray(s.vectors[keep]),
                tuple(sorted(Counter(key for ks in keys for key in ks).items())),
                min(known) if known else None, max(known) if known else None,
                last_arrival + r * per, tuple(keys), tuple(days)))
    df = Counter(k for s in stories for keys in s.member_entities for k in keys)
    days = [s.last_day for s in stories if s.last_day is not None]
    return ClusterState(tuple(stories), tuple(sorted(df.items())), n, max(days)), whole


def write_stories(store, base: Base, whole: list[tuple[int, str]], replicas) -> None:
    """The built stories held whole, copied, with the fingerprint their copied members give."""
    for start in range(0, len(whole), 500):
        batch = []
        for r, story_id in whole[start:start + 500]:
            if story_id not in base.stories:
                continue  # not built in the base (no member in the store): settle builds it
            rep = replicas(r)
            story = story_from_dict(json.loads(rep.text(base.stories[story_id])))
            members = json.loads(base.stories[story_id])["articles"]
            versions = sorted((rep.id(a), _version(base, a)) for a in members)
            batch.append(replace(story, fingerprint=content_id("p", STORY_STAGES, versions)))
        store.put_stories(batch, replace=False)


def _version(base: Base, article: str) -> str:
    stage = json.loads(base.articles[article])["stage"]
    return f"{stage}|{base.claim_versions.get(article, '')}"


def build_store(url: str, base: Base, start: int, n: int, done: set, replicas) -> float:
    """Grow the synthetic store at ``url`` from its first ``start`` articles
    to ``n`` (stories written before, in ``done``, are not written again);
    returns the seconds taken."""
    began = time.perf_counter()
    with open_store(url) as store:
        write_articles(store, base, universe(base, n)[start:], replicas)
        state, whole = synthetic_state(base, n, replicas)
        write_stories(store, base, [w for w in whole if w not in done], replicas)
        done.update(whole)
        # The state as one blob, as stores before schema 6 held it: the code
        # under test reads it as it reads any store it finds (converting it).
        with store.transaction():
            store.put_cluster_state(state_to_bytes(state))
    return time.perf_counter() - began


# -- measuring -------------------------------------------------------------------------
def timed_update(url: str) -> tuple[float, object]:
    with open_store(url) as store:
        began = time.perf_counter()
        done = update_stories(store)
        return time.perf_counter() - began, done


def add_and_update(url: str, base: Base, items, replicas) -> tuple[float, float, object]:
    """Write ``items`` (per-article results copied) and fold them in, end to
    end: wall seconds, this process's CPU seconds, the update's report."""
    with open_store(url) as store:
        began, cpu = time.perf_counter(), time.process_time()
        write_articles(store, base, items, replicas)
        done = update_stories(store)
        return time.perf_counter() - began, time.process_time() - cpu, done


def web_p95(url: str, seconds: float) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_web.py"), "--db", url,
                          "--seconds", str(seconds), "--clients", "4"],
                         capture_output=True, text=True, check=True)
    latency = json.loads(out.stdout)["bench_web"]["latency_ms"]
    return {"story page": latency["story page"], "first visit": latency["story page, first visit"],
            "story list": latency["story list"]}


def warm_models() -> None:
    """Load the embedding model and spaCy once, as a running server or watch has them."""
    from crosscheck.group.features import article_features

    article_features([Article(id="awarm", origin="warm", title="Warm up", published=None,
                              text="The mayor of Springfield spoke on Monday.")])


def measure(url: str, base: Base, start: int, n: int, done: set, replicas,
            web_seconds: float) -> dict:
    """Grow the store to ``n`` articles, settle it, then time the next
    FRESH articles' story stage, the 10-article add and the web page."""
    row = {"articles": n}
    row["build_s"] = round(build_store(url, base, start, n, done, replicas), 1)
    took, _ = timed_update(url)
    row["settle_s"] = round(took, 1)
    nxt = universe(base, n + FRESH + ADD)[n:]
    took, cpu, update = add_and_update(url, base, nxt[:FRESH], replicas)
    row["fresh_s"] = round(took, 2)
    row["ms_per_article"] = round(1000 * took / FRESH, 1)
    row["cpu_ms_per_article"] = round(1000 * cpu / FRESH, 1)
    row["fresh_rebuilt"] = len(update.changed)
    took, cpu, update = add_and_update(url, base, nxt[FRESH:], replicas)
    row["add10_s"] = round(took, 2)
    row["add10_cpu_s"] = round(cpu, 2)
    row["add10_rebuilt"] = len(update.changed)
    # What an update costs whatever it does: reading the state, finding the
    # stories to rebuild, saving. It is what grows with the store, if anything.
    took, _ = timed_update(url)
    row["noop_update_s"] = round(took, 3)
    if web_seconds:
        row["web"] = web_p95(url, web_seconds)
    return row


# -- a throwaway PostgreSQL server -------------------------------------------------------
class Postgres:
    """A PostgreSQL server in ``folder`` for this run (durability off: it is thrown away)."""

    def __init__(self, folder: Path):
        self.folder = folder
        initdb, self.pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
        if not (initdb and self.pg_ctl):
            raise SystemExit("no PostgreSQL server binaries (initdb, pg_ctl) on PATH")
        self.as_user: list[str] = []
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:  # initdb refuses to run as root
            import pwd

            owner = pwd.getpwnam("postgres")
            os.chown(folder, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.data = folder / "data"
        self._run(initdb, "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-sync", "--no-locale")
        self._run(self.pg_ctl, "start", "-w", "-D", self.data, "-l", folder / "server.log", "-o",
                  f"-c listen_addresses='' -k {folder} -c fsync=off -c full_page_writes=off "
                  "-c synchronous_commit=off -c shared_buffers=512MB")

    def _run(self, *command) -> None:
        subprocess.run([*self.as_user, *map(str, command)], check=True, capture_output=True)

    def new_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"postgresql://postgres@/postgres?host={self.folder}",
                             autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@/{name}?host={self.folder}"

    def stop(self) -> None:
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGINT)  # fast shutdown
        for _ in range(600):
            if not (self.data / "postmaster.pid").exists():
                break
            time.sleep(0.05)
        shutil.rmtree(self.folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir())
                        / "crosscheck-scale", help="where the base and the stores are made "
                        "(several GB; outside the repository)")
    parser.add_argument("--web-seconds", type=float, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the SQLite store at the end")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    data = shared_data()
    if data is None and not _has_stories(args.cache / "base-8k.db"):
        print("../shared/data is absent: nothing to benchmark", file=sys.stderr)
        return 2
    base = Base.read(build_base(args.cache, data))
    quarters = span_quarters(base)
    made: dict[int, Replica] = {}

    def replicas(r: int) -> Replica:
        return made.setdefault(r, Replica(r, quarters, base.ids))

    print(f"base: {len(base.order)} articles, {len(base.state.stories)} stories; replicas "
          f"{quarters} quarters apart", flush=True)
    warm_models()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    rows = []
    for backend in backends:
        # One store per backend, grown from size to size: each size holds the
        # one before it and the articles measured on it (the next of the sequence).
        server = Postgres(args.cache / "pg") if backend == "postgresql" else None
        try:
            if server:
                url = server.new_database("scale")
            else:
                url = str(args.cache / "scale.db")
                for suffix in ("", "-wal", "-shm"):
                    Path(url + suffix).unlink(missing_ok=True)
            start, done = 0, set()
            for n in sorted(int(s) for s in args.sizes.split(",")):
                row = {"backend": backend,
                       **measure(url, base, start, n, done, replicas, args.web_seconds)}
                print(json.dumps(row), flush=True)
                rows.append(row)
                start = n + FRESH + ADD
        finally:
            if server:
                server.stop()
            elif not args.keep:
                for suffix in ("", "-wal", "-shm"):
                    Path(url + suffix).unlink(missing_ok=True)
    print(f"{'backend':<11} {'articles':>8} {'ms/article':>10} {'CPU ms/art':>10} "
          f"{'add 10 (s)':>10} {'no-op (s)':>9} {'story p95':>9} {'first p95':>9}")
    for row in rows:
        web = row.get("web", {})
        print(f"{row['backend']:<11} {row['articles']:>8} {row['ms_per_article']:>10} "
              f"{row['cpu_ms_per_article']:>10} {row['add10_s']:>10} "
              f"{row['noop_update_s']:>9} {web.get('story page', {}).get('p95', '-'):>9} "
              f"{web.get('first visit', {}).get('p95', '-'):>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
