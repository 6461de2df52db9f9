"""The story step of the pipeline: fold the store's new articles into its
stories and rebuild the stories that changed (relations, findings, brief,
timeline), writing them to the store.

The articles' features and the story builds run on whichever engine the
caller gives (:func:`update_stories` ``executor``); this process places the
articles in stories and writes. :mod:`crosscheck.pipeline` runs it after
the per-article stages.
"""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Sequence

from .brief import BRIEF_WRITER
from .corroborate import CORROBORATOR
from .embed import MODEL_ID
from .errors import InputError, NotFound
from .group.features import NAMES_READER, article_features, decode_names, lead_text
from .group.persist import (changes, check_builds, load_open, save_open, save_whole,
                            stories_by_id, with_entity_df)
from .group.relations import RELATIONS
from .group.stories import ClusterState, cluster_features, stories_of
from .models import Article, Story, content_id
from .sentence_vectors import vector_of
from .store import Store
from .story_build import BuiltStory, Mapper, build_all

#: What a story's findings, brief and timeline depend on besides its inputs.
STORY_STAGES = f"{RELATIONS},{CORROBORATOR},{BRIEF_WRITER}"


@dataclass(frozen=True)
class StoryUpdate:
    """What :func:`update_stories` did: stories (re)written, stories gone
    (merged into another), and how many were left as they were."""

    changed: tuple[str, ...]
    removed: tuple[str, ...]
    kept: int
    #: Stories whose members changed but that were left to rebuild later
    #: (``update_stories(defer=...)``), with their members as they are now.
    deferred: tuple[Story, ...] = ()

    def summary(self) -> str:
        return (f"{len(self.changed)} stories written, {self.kept} unchanged, "
                f"{len(self.removed)} merged away"
                + (f", {len(self.deferred)} left to rebuild" if self.deferred else ""))


# New articles are clustered this many at a time: what is held in memory at
# once (their texts and features), whatever the size of the store.
CLUSTER_BATCH = 1000
# Their features are made this many articles per task, on whichever engine:
# the same tasks everywhere, so every engine makes the same features.
FEATURE_BATCH = 64
# Rebuilt stories are written this many per transaction: a crash loses at most
# one batch, and the re-run rebuilds exactly the stories not yet written.
STORY_BATCH = 100


def update_stories(store: Store, progress: Callable[[str, int, int], None] | None = None,
                   grouping: str = "incremental", runner: str = "local",
                   defer: Callable[[Story], bool] | None = None,
                   executor: Any = None) -> StoryUpdate:
    """Fold the store's new articles into its stories, touching only what changed.

    Only articles the stored clustering state has not seen are read and
    clustered (in store order: by date, then id), so a new article does not
    re-cluster the world. A story is rebuilt (relations, findings, brief,
    timeline) only when its members, or the versions that made their text and
    claims, or the corroboration/brief versions changed: its fingerprint says
    so without decoding it. ``progress(step, done, total)`` follows both
    steps with counts: ``"assign"`` (new articles placed in stories, reported
    every :data:`CLUSTER_BATCH`) and then ``"rebuild"`` (stories rebuilt, from
    ``0`` as soon as the articles are placed and the count is known, then after
    each story).
    One update runs at a time per store, across processes (``store.story_lock``).

    ``grouping="keyed"`` regroups every article with the keyed steps
    (:mod:`crosscheck.group.keyed`, on ``runner`` "local" or "ray") instead:
    order-free, shardable, for an archive read in one go. Its stories become
    the clustering state, so later updates go on incrementally from them.

    ``defer(story)``: a story to rebuild for which it answers True is left as
    stored (its new members clustered, not yet shown in it) and listed in
    ``deferred``; the next update, or :func:`rebuild_stale_stories`, rebuilds it.

    ``executor`` (:class:`~crosscheck.engine.LocalExecutor` with a pool, or
    :class:`~crosscheck.engine.RayExecutor`) makes the new articles' features
    and builds the changed stories on its workers; this process (the driver)
    only reads, places the articles in stories and writes. Without it, this
    process does everything. Every engine gives the same stored stories.
    """
    if grouping not in ("incremental", "keyed"):
        raise InputError(f"unknown grouping {grouping!r}: use 'incremental' or 'keyed'")
    if runner not in ("local", "ray"):
        raise InputError(f"unknown runner {runner!r}: use 'local' or 'ray'")
    with store.story_lock(), _mapper(executor) as mapper:  # one update at a time
        return _update_stories(store, progress, grouping, runner, defer, mapper)


@contextmanager
def _mapper(executor: Any) -> Iterator[Mapper]:
    """The executor's workers as a :data:`Mapper` for as long as the block
    lasts (one pool, models loaded once per worker); this process without one."""
    with (executor.mapper() if executor is not None else nullcontext(map)) as mapper:
        yield mapper


def _update_stories(store: Store, progress: Callable[[str, int, int], None] | None,
                    grouping: str, runner: str, defer: Callable[[Story], bool] | None,
                    mapper: Mapper) -> StoryUpdate:
    live, todo, removed, save_state = _plan(store, grouping, runner, progress, mapper)
    deferred = tuple(s for s in todo if defer(s)) if defer else ()
    if deferred:
        todo = [s for s in todo if s not in deferred]
        removed = ()  # merged-away stories stay shown until the rebuild of their heir
    if progress:
        progress("rebuild", 0, len(todo))
    built: list[BuiltStory] = []
    done = 0
    for result in build_all(store, todo, mapper):
        built.append(result)
        done += 1
        if progress:
            progress("rebuild", done, len(todo))
        if len(built) >= STORY_BATCH:
            _write_built(store, built)
            built = []
    _write_built(store, built)
    with store.transaction():  # the state last: a crash before it redoes the clustering
        store.delete_stories(removed)
        save_state()
    return StoryUpdate(changed=tuple(s.id for s in todo), removed=removed,
                       kept=live - len(todo) - len(deferred), deferred=deferred)


def rebuild_stale_stories(store: Store, executor: Any = None) -> tuple[str, ...]:
    """Rebuild the stories whose members changed since they were built (those an
    update deferred), holding the story lock only to plan and to write, never
    while building: a big story takes seconds to rebuild, and the updates that
    fold new articles in (each post to the web API) must not wait for it.

    A story is written as built from the members it had when the build
    started; one that gained members meanwhile is stale again, and the next
    call rebuilds it. One merged away meanwhile is not written. Returns the
    ids written. ``executor``: as for :func:`update_stories`."""
    with _mapper(executor) as mapper:
        with store.story_lock():
            _, todo, _, save_state = _plan(store, "incremental", "local", None, mapper)
            with store.transaction():
                save_state()
        built = list(build_all(store, todo, mapper))
    with store.story_lock():
        live = store.cluster_story_ids(b[0].id for b in built)
        built = [b for b in built if b[0].id in live]
        _write_built(store, built)
        with store.transaction():  # stories merged away, now that their heirs are built
            store.delete_stories(store.unclustered_stories())
    return tuple(b[0].id for b in built)


def _plan(store: Store, grouping: str, runner: str,
          progress: Callable[[str, int, int], None] | None, mapper: Mapper):
    """The number of stories after clustering the store's new articles, those
    to rebuild (their fingerprint changed), the stored stories merged away,
    and a function that saves the clustering state (to call in a transaction,
    once the rebuilt stories are written). The articles' features are made by
    ``mapper``; placing them in stories is serial, here."""
    if grouping == "keyed":
        return _plan_keyed(store, runner, progress, mapper)
    # Only the stories still open to new articles are read and written, and
    # only stories marked to build (or changed now) are looked at: what an
    # update costs does not grow with the store (group/persist.py).
    opened = load_open(store, _fingerprint, STORY_STAGES)
    state = opened.state if opened else ClusterState()
    fresh = store.unclustered_article_ids()
    named: set[str] = set()
    if progress and fresh:
        progress("assign", 0, len(fresh))
    for start in range(0, len(fresh), CLUSTER_BATCH):
        # Not in smaller batches for a finer count: when stale stories leave
        # the candidate index depends on the batch (cluster_features).
        features = features_of(store.articles(fresh[start:start + CLUSTER_BATCH]), mapper, store)
        state = cluster_features(features, with_entity_df(store, state, features))
        named.update(k for f in features for k in f.entities)
        if progress:
            progress("assign", min(start + CLUSTER_BATCH, len(fresh)), len(fresh))
    changed, gone = changes(opened, state)
    live_open = {s.id: s for s in state.stories}
    marked = store.unbuilt_cluster_stories() - set(gone)
    closed = stories_by_id(store, sorted(marked - live_open.keys()))
    candidates = [live_open[i] for i in changed] + [live_open[i] for i in sorted(marked)
                                                    if i in live_open and i not in changed]
    candidates = sorted(candidates + closed, key=lambda s: s.id)
    stories = stories_of(replace(state, stories=tuple(candidates)))
    versions = store.article_versions_of(a for s in stories for a in s.articles)
    todo, built = [], []
    for story in stories:
        if not any(i in versions for i in story.articles):
            continue
        fingerprint = _fingerprint(story.articles, versions)
        if _stored_fingerprint(store, story.id) != fingerprint:
            todo.append(replace(story, fingerprint=fingerprint))
        else:
            built.append(replace(story, fingerprint=fingerprint))
    removed = tuple(sorted(set(store.unclustered_stories()) | set(gone)))
    new = sum(1 for i in changed if i not in dict(opened.seqs if opened else ()))
    live = store.count_cluster_stories() + new - len(gone)

    def save_state() -> None:
        if fresh:
            save_open(store, opened, state, named, STORY_STAGES)
        # Stories written by this update (and those whose build was still
        # good) are marked built with the members they were built from.
        for story in built + todo:
            _mark_built(store, story)
    return live, todo, removed, save_state


def _fingerprint(article_ids, versions: dict[str, str]) -> str:
    """What a story is built from: its members' versions and the story stages."""
    return content_id("p", STORY_STAGES, sorted((i, versions.get(i, "")) for i in article_ids))


def _stored_fingerprint(store: Store, story_id: str) -> str:
    try:
        return store.story_fingerprint(story_id)
    except NotFound:
        return ""


def _mark_built(store: Store, story: Story) -> None:
    """Mark ``story``'s members built when the stored story is the one made
    from them as they are now (a member added or remade since stays to build)."""
    versions = store.article_versions_of(story.articles)
    if (_fingerprint(story.articles, versions) == story.fingerprint
            and _stored_fingerprint(store, story.id) == story.fingerprint):
        store.mark_cluster_built(story.id, versions)


def _plan_keyed(store: Store, runner: str, progress: Callable[[str, int, int], None] | None,
                mapper: Mapper):
    """:func:`_plan` for a regrouping of every article (``grouping="keyed"``)."""
    state = _keyed_state(store, runner, progress, mapper)
    stories = stories_of(state) if state else []
    versions = store.article_versions()
    stored = store.story_fingerprints()
    todo = []
    for story in stories:
        if not any(i in versions for i in story.articles):
            continue
        fingerprint = _fingerprint(story.articles, versions)
        if stored.get(story.id) != fingerprint:
            todo.append(replace(story, fingerprint=fingerprint))
    live = {s.id for s in stories}
    removed = tuple(sorted(i for i in stored if i not in live))

    def save_state() -> None:
        if state is not None:
            save_whole(store, state, checked=None)
            check_builds(store, _fingerprint, STORY_STAGES)
    return len(stories), todo, removed, save_state


def _write_built(store: Store, built: list[BuiltStory]) -> None:
    """Rebuilt stories, their changed members, the claims resolved against
    an inferred date and the sentence vectors the builds made, in one transaction."""
    with store.transaction():
        for _, members, resolved, vectors in built:
            for article in members:
                store.put_article(article)
            for article_id, claims in resolved.items():
                store.put_claims(article_id, claims)
            for article_id, blob in vectors.items():
                store.put_sentence_vectors(article_id, MODEL_ID, blob)
        store.put_stories([b[0] for b in built], replace=False)
        for b in built:
            _mark_built(store, b[0])


def features_of(articles: Sequence[Article], mapper: Mapper = map,
                store: Store | None = None) -> list:
    """The clustering features of ``articles``, in order, made by ``mapper``
    in tasks of :data:`FEATURE_BATCH` articles, from the names and the lead
    vectors ``store`` keeps for them (those it has none for are read or
    embedded in the task). A lead's vector is kept by the per-article
    ``embed`` stage of a Parquet run, which embedded it already."""
    ids = [a.id for a in articles]
    stored = store.names(ids, NAMES_READER) if store is not None else {}
    names = [decode_names(a, stored.get(a.id)) for a in articles]
    blobs = store.sentence_vectors(ids, MODEL_ID) if store is not None else {}
    # Found by the lead's own text: a lead cleaned again since is embedded again.
    leads = [vector_of(blobs.get(a.id), lead_text(a)) for a in articles]
    tasks = [(articles[i:i + FEATURE_BATCH], names[i:i + FEATURE_BATCH],
              leads[i:i + FEATURE_BATCH]) for i in range(0, len(articles), FEATURE_BATCH)]
    return [f for part in mapper(_features_task, tasks) for f in part] if tasks else []


def _features_task(task: tuple[Sequence[Article], Sequence, Sequence]) -> list:
    """One task of :func:`features_of` (module-level: it travels to a worker by name)."""
    return article_features(*task)


def _keyed_state(store: Store, runner: str, progress: Callable[[str, int, int], None] | None,
                 mapper: Mapper):
    """Every article of the store grouped by the keyed steps, as a clustering state
    (``progress`` counts the articles whose features are made)."""
    from .group.keyed import cluster_state, group_local, keyed_records

    ids = store.article_ids()
    if progress and ids:
        progress("assign", 0, len(ids))
    articles, features = [], []
    for start in range(0, len(ids), CLUSTER_BATCH):
        # An inferred date was made by an earlier grouping's story: regrouping
        # must depend on the articles alone, or it would not be the same twice.
        batch = [replace(a, published_inferred=None)
                 for a in store.articles(ids[start:start + CLUSTER_BATCH])]
        articles.extend(batch)
        features.extend(features_of(batch, mapper, store))
        if progress:
            progress("assign", len(articles), len(ids))
    if not articles:
        return None
    records = keyed_records(articles, features)
    if runner == "ray":
        from .group.keyed_ray import group_ray

        stories = group_ray(records)
    else:
        stories = group_local(records)
    return cluster_state(stories, records)
