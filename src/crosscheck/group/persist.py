"""The clustering state in the store, and as bytes.

JSON for the structure and raw float32 bytes for the vectors. Not pickle: a
store file may come from someone else, and unpickling runs code.

In the store the state is rows (migration m006): one per story in
``cluster_stories``, each article's story in ``cluster_members``, each
entity's document frequency in ``cluster_entities``, and in ``cluster_state``
only what belongs to the state as a whole (arrivals, clock). A story update
reads only the stories still open to new articles (:func:`load_open`): the
clusterer compares a new article with no other story (``ACTIVE_ARRIVALS`` and
``WINDOW_DAYS`` in stories.py), so the same stories come out as from the
whole state, and what an update reads and writes does not grow with the store.
Stores made before m006 hold the whole state in one ``cluster_state`` blob
(:data:`FORMAT`); the first update converts it (:func:`load_open`).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

import numpy as np

from crosscheck.group.features import ArticleFeatures
from crosscheck.group import stories as clustering
from crosscheck.group.stories import ClusterState, StoryCluster

#: The whole state in one document (the cluster_state blob before m006).
FORMAT = "crosscheck/cluster-state/1"
#: What cluster_state holds since m006: the state's own numbers, its stories in rows.
META_FORMAT = "crosscheck/cluster-state/2"


def _story_to_dict(s: StoryCluster) -> dict:
    return {
        "id": s.id, "articles": list(s.articles), "titles": list(s.titles),
        "vectors": base64.b64encode(np.ascontiguousarray(s.vectors, dtype="<f4").tobytes())
        .decode("ascii"),
        "entities": [list(e) for e in s.entities], "first_day": s.first_day,
        "last_day": s.last_day, "last_arrival": s.last_arrival,
        "member_entities": [sorted(keys) for keys in s.member_entities],
        "member_days": list(s.member_days),
    }


def _story_from_dict(s: dict) -> StoryCluster:
    vectors = np.frombuffer(base64.b64decode(s["vectors"]), dtype="<f4")
    return StoryCluster(
        s["id"], tuple(s["articles"]), tuple(s["titles"]),
        vectors.reshape(len(s["articles"]), -1).astype(np.float32),
        tuple((k, int(v)) for k, v in s["entities"]), s["first_day"], s["last_day"],
        s["last_arrival"], tuple(frozenset(k) for k in s.get("member_entities", ())),
        tuple(s.get("member_days", ())))


def story_to_bytes(story: StoryCluster) -> bytes:
    return json.dumps(_story_to_dict(story), separators=(",", ":")).encode("utf-8")


def story_from_bytes(data: bytes) -> StoryCluster:
    return _story_from_dict(json.loads(data))


def state_to_bytes(state: ClusterState) -> bytes:
    return json.dumps({
        "format": FORMAT,
        "stories": [_story_to_dict(s) for s in state.stories],
        "entity_df": [list(e) for e in state.entity_df], "arrivals": state.arrivals,
        "clock": state.clock, "merged": [list(m) for m in state.merged],
    }, separators=(",", ":")).encode("utf-8")


def state_from_bytes(data: bytes) -> ClusterState:
    d = json.loads(data)
    if d.get("format") != FORMAT:
        raise ValueError(f"unknown clustering state format {d.get('format')!r}")
    return ClusterState(tuple(_story_from_dict(s) for s in d["stories"]),
                        tuple((k, int(v)) for k, v in d["entity_df"]),
                        d["arrivals"], d["clock"], tuple(tuple(m) for m in d["merged"]))


@dataclass(frozen=True)
class OpenState:
    """The stories still open to new articles, as read from the store, and
    what saving the state after clustering needs to know about them."""

    state: ClusterState  # the open stories; entity_df only for the keys read so far
    seqs: tuple[tuple[str, int], ...]  # each read story's place in the order stories were made
    next_seq: int


def _meta(store) -> dict | None:
    saved = store.get_cluster_state()
    return json.loads(saved) if saved else None


def load_open(store, fingerprint: Callable[[Sequence[str], dict[str, str]], str],
              stages: str) -> OpenState | None:
    """The stored state's open stories (None when nothing was clustered yet).

    A store holding the whole state in one blob is converted to rows first,
    and a store whose build marks were not checked against ``stages`` (after
    a conversion, or an upgrade) has them checked (:func:`check_builds`):
    both read every story once."""
    saved = store.get_cluster_state()
    if saved is None:
        return None
    meta = json.loads(saved)
    if meta.get("format") == FORMAT:
        save_whole(store, state_from_bytes(saved), checked=None)
        meta = _meta(store)
    if meta.get("format") != META_FORMAT:
        raise ValueError(f"unknown clustering state format {meta.get('format')!r}")
    if meta["checked"] != stages:
        check_builds(store, fingerprint, stages)
        meta = _meta(store)
    arrivals, clock = meta["arrivals"], meta["clock"]
    # The stories stories._Work._is_active keeps: the others can never take an
    # article again (arrivals and clock only grow).
    rows = store.open_cluster_stories(
        arrivals - clustering.ACTIVE_ARRIVALS,
        None if clock is None else clock - clustering.WINDOW_DAYS)
    stories = tuple(story_from_bytes(data) for _, data in rows)
    return OpenState(ClusterState(stories, (), arrivals, clock),
                     tuple((s.id, seq) for s, (seq, _) in zip(stories, rows)), meta["next_seq"])


def with_entity_df(store, state: ClusterState, features: Iterable[ArticleFeatures]
                   ) -> ClusterState:
    """``state`` with the document frequencies that clustering ``features``
    reads: of the entities they name and those its stories name."""
    known = {k for k, _ in state.entity_df}
    wanted = {k for f in features for k in f.entities}
    wanted.update(k for s in state.stories for k, _ in s.entities)
    wanted -= known
    if not wanted:
        return state
    found = store.entity_df(sorted(wanted))
    return replace(state, entity_df=state.entity_df + tuple(sorted(found.items())))


def changes(opened: OpenState | None, state: ClusterState) -> tuple[list[str], list[str]]:
    """Ids of the stories of ``state`` that are new or changed since ``opened``
    was read (in the order made), and of those read that are gone (merged away)."""
    before = {s.id: (s.articles, s.last_arrival) for s in opened.state.stories} if opened else {}
    changed = [s.id for s in state.stories if before.get(s.id) != (s.articles, s.last_arrival)]
    live = {s.id for s in state.stories}
    return changed, sorted(i for i in before if i not in live)


def save_open(store, opened: OpenState | None, state: ClusterState,
              named: Iterable[str], stages: str) -> None:
    """Write what clustering changed since ``opened`` was read: stories new
    or changed (with their members, each to be built), stories gone (merged
    away), the document frequencies of the entities ``named`` by the new
    articles, the state's numbers. Call it inside a transaction."""
    changed, gone = changes(opened, state)
    seqs = dict(opened.seqs) if opened else {}
    next_seq = opened.next_seq if opened else 0
    by_id = {s.id: s for s in state.stories}
    rows, members = [], []
    for story_id in changed:
        story = by_id[story_id]
        if story_id not in seqs:
            seqs[story_id], next_seq = next_seq, next_seq + 1
        rows.append((story.id, seqs[story_id], story.last_arrival, story.last_day,
                     story_to_bytes(story)))
        members += [(a, story.id) for a in story.articles]
    store.delete_cluster_stories(gone)
    store.put_cluster_stories(rows)
    store.put_cluster_members(members)
    df = dict(state.entity_df)
    store.put_entity_df({k: df[k] for k in set(named)})
    _put_meta(store, state, next_seq, stages)


def _put_meta(store, state: ClusterState, next_seq: int, checked: str | None) -> None:
    store.put_cluster_state(json.dumps({
        "format": META_FORMAT, "arrivals": state.arrivals, "clock": state.clock,
        "next_seq": next_seq, "checked": checked}).encode("utf-8"))


def save_whole(store, state: ClusterState, checked: str | None) -> None:
    """Replace the stored state with ``state`` (a conversion, or a regrouping):
    every story to be built until :func:`check_builds` or a build says otherwise."""
    with store.transaction():
        store.clear_cluster_rows()
        store.put_cluster_stories((s.id, seq, s.last_arrival, s.last_day, story_to_bytes(s))
                                  for seq, s in enumerate(state.stories))
        store.put_cluster_members((a, s.id) for s in state.stories for a in s.articles)
        store.put_entity_df(dict(state.entity_df))
        _put_meta(store, state, len(state.stories), checked)


def stories_by_id(store, story_ids: Iterable[str]) -> list[StoryCluster]:
    """The stored state's stories of ``story_ids`` (those it holds), in the order made."""
    return [story_from_bytes(data) for _, data in store.cluster_stories(story_ids)]


def check_builds(store, fingerprint: Callable[[Sequence[str], dict[str, str]], str],
                 stages: str) -> None:
    """Mark each stored story built, or to build, by comparing the fingerprint
    its members give now with the stored story's: what every update did
    before the state was rows, done once after a conversion or an upgrade
    (``stages`` changed). Reads every story."""
    stored = store.story_fingerprints()
    versions = store.article_versions()
    meta = _meta(store)
    with store.transaction():
        stories = [story_from_bytes(data) for _, data in store.open_cluster_stories(-2**62, None)]
        store.put_cluster_members((a, s.id) for s in stories for a in s.articles)
        for s in stories:
            if stored.get(s.id) == fingerprint(s.articles, versions):
                store.mark_cluster_built(s.id, {a: versions.get(a, "") for a in s.articles})
        meta["checked"] = stages
        store.put_cluster_state(json.dumps(meta).encode("utf-8"))
