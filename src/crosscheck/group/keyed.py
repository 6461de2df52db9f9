"""Story grouping as keyed steps: the same stories in one process or on Ray.

The incremental clusterer (:mod:`.stories`) reads articles one at a time and
cannot be sharded. Here grouping is three steps over plain records, so that
an engine (Ray Data) runs the shuffle:

1. :func:`keyed_records`: per article, its features, the batch idf of its
   entities, MinHash bands of its shingles (shared text) and SimHash bands
   of its vector (random hyperplanes, fixed seed: rewordings that share no
   shingle);
2. :func:`bucket_keys` puts a record in (time window x band) buckets;
   :func:`score_bucket` scores each pair of a bucket with the incremental
   clusterer's ``_score`` and emits edges. A pair is scored in one bucket
   only, so the buckets alone decide the edges;
3. :func:`assemble_stories` (driver): edges, best first, join two groups only
   when the groups agree too (:func:`_guard`: plain components chain, A~B,
   B~C, ... across weeks); then two-event stories are cut with the
   incremental clusterer's own rule.

:func:`group_local` and :func:`.keyed_ray.group_ray` run the same functions and give the
same stories, whose ids and member order depend only on the articles.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from crosscheck.errors import InputError
from crosscheck.group.features import ArticleFeatures, article_features
from crosscheck.group.relations import MIN_SHINGLES, minhash_of, shingles
from crosscheck.group.stories import (DIMENSIONS, ENTITY_PRIOR, ENTITY_WEIGHT, SPLIT_MIN_SIDE,
                                      TIME_SCALE_DAYS, TIME_WEIGHT, WINDOW_DAYS, ClusterState,
                                      StoryCluster, _score, _two_means, two_events)
from crosscheck.models import Article, Story, content_id

__all__ = ["KeyedRecord", "Edge", "keyed_records", "bucket_keys", "score_bucket",
           "assemble_stories", "group_local", "group_articles", "cluster_state"]

# The constants below were chosen on ECB+ dev and AllSides dev only (B-cubed
# F1 by crosscheck.eval.stories' scorer; `python bench/bench_keyed.py --eval`
# prints it beside the incremental clusterer's); the Baly 8k corpus has no
# gold and was used for speed and agreement only. At these settings keyed
# grouping scores ECB+ 0.890 and AllSides 0.894 (incremental: 0.864, 0.912).
#
#: Days per time window. A record is keyed by its window and the one before,
#: so two articles at most WINDOW_DAYS apart always share a bucket (the
#: incremental clusterer never compares articles further apart either).
WINDOW = WINDOW_DAYS
#: MinHash bands x rows (of relations.NUM_PERM = 128 permutations). 16 x 8
#: proposes pairs from a shingle Jaccard of about (1/16)^(1/8) = 0.7: copies
#: and lightly edited syndication; reworded texts are the SimHash bands' job.
#: 32 x 4 and 8 x 16 gave the same F1 on both dev sets (they hold few copies);
#: each band costs a shuffled row per record and window, so not more.
MINHASH_BANDS = 16
MINHASH_ROWS = 8
#: SimHash bands x bits. Two vectors at cosine c share a band with
#: probability (1 - acos(c)/pi)^bits: with 12 bands of 6 bits a pair at
#: cosine 0.6 meets in at least one band with p = 0.79, at 0.8 with 0.97, and
#: an unrelated pair at 0.2 with 0.33. On dev, 87% of the gold pairs at most
#: a window apart share a bucket. 8 bits per band missed pairs (AllSides
#: recall 0.897 -> 0.842, F1 0.876); 8 bands lost AllSides 0.005; 16 or 24
#: bands gained at most 0.001 for 14% or 43% more shuffled rows.
SIMHASH_BANDS = 12
SIMHASH_BITS = 6
SIMHASH_SEED = 20240601
#: Pair score at or above which a bucket emits an edge: the incremental
#: clusterer's JOIN_THRESHOLD, an article joining a one-article story. 0.6
#: tied (ECB+ 0.888, AllSides 0.897); 0.5 with the guard at 0.5 let AllSides'
#: neighbouring stories meet (precision 0.891 -> 0.854, F1 0.882).
EDGE_THRESHOLD = 0.55
#: Score two groups must reach, centroid to centroid, to be joined by an edge.
#: 0.6 split ECB+ events (recall 0.888 -> 0.866, F1 0.868), 0.65 both sets.
#: Without this guard (plain components, then two-event splits) ECB+ dev
#: scores 0.901 but AllSides 0.884, and the 8k Baly corpus chains into one
#: story of 3,232 articles over eight years, bridged by undated articles.
GUARD_THRESHOLD = 0.55
#: The numpy pass over a bucket (_approximate_scores) and _score may differ in
#: the last bits; pairs this close below the threshold are scored exactly too.
_SLACK = 1e-4
#: Scores are rounded before they are compared or sorted, so that a last-bit
#: difference between two BLAS kernels cannot reorder edges.
_DIGITS = 6
_UNDATED = "u"
#: Ray shuffle partitions of bucket keys (see group_ray); a cost setting only.
SHARDS = 16


@dataclass(frozen=True, eq=False)
class KeyedRecord:
    """One article as the keyed steps see it (see :func:`keyed_records`)."""

    id: str
    title: str
    day: int | None
    vector: np.ndarray  # float32 (384,), unit length
    entities: tuple[str, ...]  # sorted entity keys
    weights: tuple[float, ...]  # the idf of each entity over the batch
    bands: tuple[int, ...]  # MinHash band hashes (maybe none), then SimHash band codes


@dataclass(frozen=True, order=True)
class Edge:
    """Two articles (``a < b``) that scored ``score`` in one bucket."""

    a: str
    b: str
    score: float


# 1. records -----------------------------------------------------------------

def _planes() -> np.ndarray:
    rng = np.random.default_rng(SIMHASH_SEED)
    return rng.standard_normal((SIMHASH_BANDS * SIMHASH_BITS, DIMENSIONS)).astype(np.float32)


def _simhash_bands(vectors: np.ndarray) -> list[list[int]]:
    bits = (vectors @ _planes().T) > 0
    weights = 1 << np.arange(SIMHASH_BITS)
    codes = bits.reshape(len(vectors), SIMHASH_BANDS, SIMHASH_BITS) @ weights
    return codes.tolist()


def _minhash_bands(text: str) -> list[int]:
    """Band hashes of the text's word shingles; none for a text too short to
    be anything's copy (relations.MIN_SHINGLES: a title, a teaser)."""
    items = shingles(text)
    if len(items) < MIN_SHINGLES:
        return []
    values = minhash_of(items).hashvalues
    out = []
    for band in range(MINHASH_BANDS):
        rows = values[band * MINHASH_ROWS:(band + 1) * MINHASH_ROWS]
        digest = hashlib.blake2b(rows.astype("<u8").tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def keyed_records(articles: Sequence[Article],
                  features: Sequence[ArticleFeatures] | None = None) -> list[KeyedRecord]:
    """The records of a batch of articles (features computed when not given).

    Entity weights are the incremental clusterer's idf, log((N+1)/(df+1)) + 1,
    counted over this batch: one count, the only step that sees every article.
    """
    if features is None:
        features = article_features(articles)
    if len(features) != len(articles):
        raise InputError("keyed_records: give one features record per article, in order")
    if not articles:
        return []
    df, n = Counter(k for f in features for k in f.entities), len(features)
    vectors = np.stack([f.vector for f in features]).astype(np.float32)
    out = []
    for article, f, sim, vector in zip(articles, features, _simhash_bands(vectors), vectors):
        if article.id != f.id:
            raise InputError(f"keyed_records: features of {f.id} given for article {article.id}")
        keys = tuple(sorted(f.entities))
        weights = tuple(math.log((n + 1) / (df[k] + 1)) + 1.0 for k in keys)
        bands = tuple(_minhash_bands(article.text)) + tuple(
            (band << SIMHASH_BITS) | code for band, code in enumerate(sim))
        out.append(KeyedRecord(f.id, f.title, f.day, vector, keys, weights, bands))
    return out


# 2. keys and buckets ---------------------------------------------------------

def _slots(record: KeyedRecord) -> list[tuple[int, int]]:
    """(band number, hash) pairs; SimHash bands are numbered after all MinHash
    bands, so a record without MinHash bands still numbers them alike."""
    minhash = len(record.bands) - SIMHASH_BANDS
    return ([(k, h) for k, h in enumerate(record.bands[:minhash])]
            + [(MINHASH_BANDS + k, h) for k, h in enumerate(record.bands[minhash:])])


def bucket_keys(record: KeyedRecord) -> list[str]:
    """The buckets a record goes to: ``window|band|hash``.

    A dated record goes to its window and the one before (bucket ``p`` holds
    windows ``p`` and ``p + 1``), so any two articles WINDOW days apart or
    less meet; and to the undated bucket ``u`` of each band, where it meets
    the undated articles (an unknown date is "time unknown", not "far", as
    in the incremental clusterer). An undated record goes to ``u`` only.
    """
    out = []
    for band, value in _slots(record):
        if record.day is not None:
            window = record.day // WINDOW
            out.append(f"{window - 1}|{band}|{value}")
            out.append(f"{window}|{band}|{value}")
        out.append(f"{_UNDATED}|{band}|{value}")
    return out


def _pairs_by_time(window: str, members: Sequence[KeyedRecord]) -> tuple[np.ndarray, np.ndarray]:
    """The rows the bucket scores, and which pairs (row, member) of theirs, by time.

    A pair of dated articles shares two window buckets when they fall in one
    window; it is scored in bucket ``min(window of a, window of b)`` only, and
    only when they are at most WINDOW_DAYS apart. A pair with an undated
    article is scored in the ``u`` bucket only, from the undated side (in a
    busy ``u`` bucket most members are dated and most pairs are not its own).
    Each pair is taken once.
    """
    days = np.array([-1 if r.day is None else r.day for r in members], dtype=np.int64)
    undated = days < 0
    order = np.arange(len(members))
    if window == _UNDATED:
        rows = np.nonzero(undated)[0]
        after = order[None, :] > rows[:, None]
        return rows, (~undated[None, :] | after)
    windows = days // WINDOW
    rows = np.nonzero(~undated)[0]
    mask = ((~undated[None, :]) & (order[None, :] > rows[:, None])
            & (np.minimum(windows[rows, None], windows[None, :]) == int(window))
            & (np.abs(days[rows, None] - days[None, :]) <= WINDOW_DAYS))
    return rows, mask


def _first_shared_band(a: KeyedRecord, b: KeyedRecord) -> int:
    """The band in which a pair is scored: the first that the two share (a pair
    sharing several bands meets in several buckets and is scored in one)."""
    return min(set(_slots(a)) & set(_slots(b)))[0]


def _support(keys: Sequence[str], weights: Sequence[float], named: Counter, size: int
             ) -> float | None:
    """Idf-weighted share of ``keys`` that a group of ``size`` articles names (each
    key weighted by the share of the group naming it): stories._entity_support,
    over records instead of a clustering state."""
    if not keys or not named:
        return None
    total = sum(weights)
    return sum(w * min(1.0, named[k] / size) for k, w in zip(keys, weights)) / total


def _mean(a: float | None, b: float | None) -> float | None:
    """Both directions of support, so that a pair's score does not depend on
    which article is called first."""
    known = [x for x in (a, b) if x is not None]
    return sum(known) / len(known) if known else None


def _pair_score(a: KeyedRecord, b: KeyedRecord) -> float | None:
    """The incremental clusterer's score of ``a`` against a one-article story ``b``
    (and back); None when they are more than WINDOW_DAYS apart. The cosine is
    one vector product of the two, whatever bucket or runner asks."""
    cosine = float(a.vector @ b.vector)
    gap = abs(a.day - b.day) if a.day is not None and b.day is not None else None
    if gap is not None and gap > WINDOW_DAYS:
        return None
    support = _mean(_support(a.entities, a.weights, Counter(b.entities), 1),
                    _support(b.entities, b.weights, Counter(a.entities), 1))
    return round(_score(cosine, support, gap), _DIGITS)


def _approximate_scores(members: Sequence[KeyedRecord], rows: np.ndarray,
                         cosines: np.ndarray) -> np.ndarray:
    """_pair_score of ``rows`` against every member, in numpy, to pick the pairs
    worth scoring one by one. Entity support only needs the entities that two
    members of the bucket name, which keeps the matrices small."""
    named = Counter(k for r in members for k in r.entities)
    column = {k: c for c, k in enumerate(sorted(k for k, n in named.items() if n > 1))}
    idf = np.zeros(len(column))
    has = np.zeros((len(members), len(column)))
    for i, r in enumerate(members):
        for k, w in zip(r.entities, r.weights):
            if k in column:
                has[i, column[k]], idf[column[k]] = 1.0, w
    totals = np.array([sum(r.weights) for r in members])
    common = (has[rows] * idf) @ has.T  # the idf mass that both name
    with np.errstate(divide="ignore", invalid="ignore"):
        mine, theirs = common / totals[rows, None], common / totals[None, :]
    both = (totals[rows, None] > 0) & (totals[None, :] > 0)
    support = np.where(both, (mine + theirs) / 2, 0.0)  # _mean of the two directions
    scores = cosines + np.where(both, ENTITY_WEIGHT * (support - ENTITY_PRIOR), 0.0)
    days = np.array([np.nan if r.day is None else r.day for r in members], dtype=np.float64)
    gaps = np.abs(days[rows, None] - days[None, :])
    return scores - np.nan_to_num(TIME_WEIGHT * np.minimum(1.0, gaps / TIME_SCALE_DAYS))


def score_bucket(key: str, records: Iterable[KeyedRecord]) -> list[Edge]:
    """The edges of one bucket: the pairs it owns scoring EDGE_THRESHOLD or more.

    Every pair the numpy pass puts within _SLACK of the threshold is scored
    again with the incremental clusterer's own _score, which decides.
    """
    members = sorted(records, key=lambda r: r.id)  # the same matrices on every runner
    if len(members) < 2:
        return []
    window, band, _ = key.split("|", 2)
    rows, candidates = _pairs_by_time(window, members)
    if not candidates.any():
        return []
    vectors = np.stack([r.vector for r in members])
    cosines = vectors[rows] @ vectors.T
    candidates &= _approximate_scores(members, rows, cosines) >= EDGE_THRESHOLD - _SLACK
    edges = []
    for r, j in zip(*(index.tolist() for index in np.nonzero(candidates))):
        a, b = sorted((members[int(rows[r])], members[j]), key=lambda m: m.id)
        if a.id == b.id or _first_shared_band(a, b) != int(band):
            continue
        score = _pair_score(a, b)
        if score is not None and score >= EDGE_THRESHOLD:
            edges.append(Edge(a.id, b.id, score))
    return edges


# 3. stories ------------------------------------------------------------------

class _Groups:
    """Union-find over the records, with what the guard reads of each group."""

    def __init__(self, records: Sequence[KeyedRecord]):
        self.parent = list(range(len(records)))
        self.members = [[i] for i in range(len(records))]
        self.sums = [r.vector.astype(np.float64) for r in records]
        self.named = [Counter(r.entities) for r in records]
        self.first = [r.day for r in records]
        self.last = [r.day for r in records]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, keep: int, gone: int) -> None:
        self.parent[gone] = keep
        self.members[keep] += self.members[gone]
        self.sums[keep] = self.sums[keep] + self.sums[gone]
        self.named[keep].update(self.named[gone])
        for column, pick in ((self.first, min), (self.last, max)):
            days = [d for d in (column[keep], column[gone]) if d is not None]
            column[keep] = pick(days) if days else None
        self.members[gone], self.named[gone] = [], Counter()


def _core(named: Counter, size: int) -> list[str]:
    """Entities named by at least half of a group's articles (stories._story_keys)."""
    return sorted(k for k, n in named.items() if n * 2 >= size)


def _unit(total: np.ndarray) -> np.ndarray:
    return total / max(float(np.linalg.norm(total)), 1e-12)


def _guard(groups: _Groups, x: int, y: int, keys: Sequence[frozenset[str]],
           idf: dict[str, float]) -> bool:
    """True when groups ``x`` and ``y`` may become one story.

    The edge says two articles agree; the groups must agree too, as a story
    and an article do in the incremental clusterer: the merged story spans
    at most WINDOW_DAYS, the centroids score GUARD_THRESHOLD or more with the
    entity support of each group's core cast by the other, and the two do
    not each have a cast of their own (stories.two_events).
    """
    gap = None
    if groups.first[x] is not None and groups.first[y] is not None:
        if max(groups.last[x], groups.last[y]) - min(groups.first[x], groups.first[y]) > WINDOW_DAYS:
            return False
        gap = abs(groups.first[x] - groups.first[y])
    size_x, size_y = len(groups.members[x]), len(groups.members[y])
    core_x, core_y = _core(groups.named[x], size_x), _core(groups.named[y], size_y)
    support = _mean(_support(core_x, [idf[k] for k in core_x], groups.named[y], size_y),
                    _support(core_y, [idf[k] for k in core_y], groups.named[x], size_x))
    cosine = float(_unit(groups.sums[x]) @ _unit(groups.sums[y]))
    if round(_score(cosine, support, gap), _DIGITS) < GUARD_THRESHOLD:
        return False
    if min(size_x, size_y) >= SPLIT_MIN_SIDE:
        return not two_events([keys[i] for i in groups.members[x]],
                              [keys[i] for i in groups.members[y]])
    return True


def _split(members: list[int], records: Sequence[KeyedRecord]) -> list[list[int]]:
    """``members`` cut in two, recursively, while the halves form two events
    (stories._maybe_split: 2-means on the vectors, then stories.two_events).

    The guard refuses to join two groups with casts of their own, but groups
    grow a few articles at a time, below SPLIT_MIN_SIDE a side: on ECB+ dev
    this last cut takes B-cubed F1 from 0.876 to 0.890 (AllSides unchanged).
    """
    if len(members) < 2 * SPLIT_MIN_SIDE:
        return [members]
    labels = _two_means(np.stack([records[i].vector for i in members]))
    halves = [[m for m, label in zip(members, labels) if label == side] for side in (0, 1)]
    keys = [[frozenset(records[i].entities) for i in half] for half in halves]
    if not two_events(*keys):
        return [members]
    return _split(halves[0], records) + _split(halves[1], records)


def _story(members: list[int], records: Sequence[KeyedRecord]) -> Story:
    import datetime as dt

    chosen = sorted((records[i] for i in members), key=lambda r: r.id)
    dated = [r.day for r in chosen if r.day is not None]
    founder = min(chosen, key=lambda r: (r.day is None, r.day or 0, r.id))
    centroid = _unit(np.sum([r.vector.astype(np.float64) for r in chosen], axis=0))
    scores = [round(float(r.vector @ centroid), _DIGITS) for r in chosen]
    headline = chosen[max(range(len(chosen)), key=lambda k: (scores[k], -k))].title
    iso = (lambda d: dt.date.fromordinal(d).isoformat() if d is not None else None)
    return Story(id=content_id("s", founder.id), headline=headline,
                 articles=tuple(r.id for r in chosen),
                 first_date=iso(min(dated)) if dated else None,
                 last_date=iso(max(dated)) if dated else None)


def assemble_stories(records: Sequence[KeyedRecord], edges: Iterable[Edge]) -> list[Story]:
    """Stories from the buckets' edges: best edge first, each joining two groups
    only when :func:`_guard` agrees; then two-event stories are cut in two.

    Every article is in exactly one story; stories are sorted by first day
    (undated last) and id, their articles by id.
    """
    records = sorted(records, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(records)}
    if len(index) != len(records):
        raise InputError("assemble_stories: two records share an id; deduplicate the batch")
    idf = {k: w for r in records for k, w in zip(r.entities, r.weights)}
    keys = [frozenset(r.entities) for r in records]
    groups = _Groups(records)
    for edge in sorted(set(edges), key=lambda e: (-e.score, e.a, e.b)):
        x, y = groups.find(index[edge.a]), groups.find(index[edge.b])
        if x != y and _guard(groups, x, y, keys, idf):
            groups.union(min(x, y), max(x, y))
    stories = [_story(part, records)
               for root in range(len(records)) if groups.members[root]
               for part in _split(sorted(groups.members[root]), records)]
    return sorted(stories, key=lambda s: (s.first_date is None, s.first_date or "", s.id))


# runners ---------------------------------------------------------------------

def group_local(records: Sequence[KeyedRecord]) -> list[Story]:
    """Group in this process: the shuffle is a dict from bucket key to records."""
    buckets: dict[str, list[KeyedRecord]] = {}
    for record in records:
        for key in bucket_keys(record):
            buckets.setdefault(key, []).append(record)
    edges = [e for key, members in buckets.items() for e in score_bucket(key, members)]
    return assemble_stories(records, edges)


def group_articles(articles: Sequence[Article], runner: str = "local") -> list[Story]:
    """Stories of ``articles`` (any order; a repeated id counts once), grouped
    by the keyed steps on ``runner``: ``"local"`` or ``"ray"``."""
    from crosscheck.group.keyed_ray import group_ray

    runners = {"local": group_local, "ray": group_ray}
    if runner not in runners:
        raise InputError(f"unknown runner {runner!r}: use 'local' or 'ray'")
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    return runners[runner](keyed_records(list(unique.values())))


def cluster_state(stories: Sequence[Story], records: Sequence[KeyedRecord]) -> ClusterState:
    """The incremental clusterer's state holding these stories, so that new
    articles (``crosscheck watch``, a later ingest) join them one by one as if
    the incremental clusterer had made them. Every story counts as just
    touched: the next 1,000 arrivals may join any of them."""
    by_id = {r.id: r for r in records}
    clusters = []
    for story in stories:
        members = [by_id[i] for i in story.articles]
        days = [r.day for r in members if r.day is not None]
        clusters.append(StoryCluster(
            story.id, story.articles, tuple(r.title for r in members),
            np.stack([r.vector for r in members]).astype(np.float32),
            tuple(sorted(Counter(k for r in members for k in r.entities).items())),
            min(days) if days else None, max(days) if days else None, len(records),
            tuple(frozenset(r.entities) for r in members), tuple(r.day for r in members)))
    df = Counter(k for r in records for k in r.entities)
    days = [r.day for r in records if r.day is not None]
    return ClusterState(tuple(clusters), tuple(sorted(df.items())), len(records),
                        max(days) if days else None)
