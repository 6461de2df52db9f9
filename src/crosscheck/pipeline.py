"""The runner: ingest → clean (→ claims → group → corroborate → brief as those
stages land), writing to a store.

Each stage is a plain function registered here under a versioned name; the
names and versions are recorded with what they produce (``Article.stage``,
``Claim.extractor``), so a store says which version made each record.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from .brief import BRIEF_WRITER, infer_published, story_dates, write_brief, write_timeline
from .claims import CLAIM_EXTRACTORS, extract_claims_batch
from .clean import CLEANER, clean
from .corroborate import CORROBORATOR, corroborate
from .group import cluster_articles, find_links, relations_by_article, source_groups
from .group.persist import state_from_bytes, state_to_bytes
from .ingest import IngestOptions, list_files, read_path
from .models import Article, RawDoc, Refusal, Story, content_id
from .store import SQLiteStore

#: The claim extractors' versioned names, recorded with each article's claims.
CLAIMS_VERSION = ",".join(CLAIM_EXTRACTORS)

#: The stages that exist, in order, with the versioned names they record.
STAGES: tuple[tuple[str, str], ...] = (("ingest", "ingest.v1"), ("clean", CLEANER),
                                       ("claims", CLAIMS_VERSION), ("group", "group.v1"),
                                       ("corroborate", CORROBORATOR), ("brief", BRIEF_WRITER))
#: What a story's findings, brief and timeline depend on besides its inputs.
STORY_STAGES = f"{CORROBORATOR},{BRIEF_WRITER}"


@dataclass
class IngestReport:
    """What one ingest run did: counts, and every refusal with its reason."""

    files: int = 0
    read: int = 0
    new: int = 0
    known: int = 0
    refused: list[Refusal] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.files} files: {self.read} documents read, {self.new} new, "
                f"{self.known} already known, {len(self.refused)} refused")


def ingest(paths: Iterable[str | os.PathLike], store: SQLiteStore,
           options: IngestOptions = IngestOptions(),
           progress: Callable[[Path], None] | None = None) -> IngestReport:
    """Read ``paths`` into ``store``: keep each raw document, clean it, store the
    article. Known documents are not added again (re-ingesting changes nothing),
    but are re-cleaned when the cleaner's version changed."""
    files = list_files(paths)
    report = IngestReport(files=len(files))
    pending: list[RawDoc | Refusal] = []
    for path in files:
        for item in read_path(path, options):
            pending.append(item)
            if len(pending) >= BATCH:
                _write(pending, store, report)
                pending = []
        if progress:
            _write(pending, store, report)
            pending = []
            progress(path)
    _write(pending, store, report)
    return report


def ingest_items(items: Iterable[RawDoc | Refusal], store: SQLiteStore,
                 report: IngestReport | None = None) -> IngestReport:
    """Write already-read items (an upload's documents and refusals) as
    :func:`ingest` writes a file's: cleaned, in batches, idempotent."""
    report = report or IngestReport()
    pending: list[RawDoc | Refusal] = []
    for item in items:
        pending.append(item)
        if len(pending) >= BATCH:
            _write(pending, store, report)
            pending = []
    _write(pending, store, report)
    return report


# Documents are written in batches, each batch one transaction: a crash loses
# at most the batch in flight, never half an article, and a re-run redoes it.
# One transaction per document cost 40 % of ingest time in the Baly benchmark.
BATCH = 200


def _write(items: list[RawDoc | Refusal], store: SQLiteStore, report: IngestReport) -> None:
    cleaned: list[tuple[RawDoc, Article | None]] = []
    refused: list[Refusal] = []
    for item in items:
        if isinstance(item, Refusal):
            refused.append(item)
            continue
        report.read += 1
        try:
            article = clean(item) if store.article_stage(item.id) != CLEANER else None
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            refused.append(Refusal(item.origin, f"could not be cleaned ({type(exc).__name__}: "
                                                f"{exc}); please report this input"))
            continue
        cleaned.append((item, article))
    with store.transaction():  # raws and articles land together, or none does
        for refusal in refused:
            store.add_refusal(refusal)
        for raw, article in cleaned:
            new = store.add_raw(raw)
            if article is not None:
                store.put_article(article)
            report.new += new
            report.known += not new
            report.article_ids.append(raw.id)
    report.refused.extend(refused)


def extract(store: SQLiteStore, progress: Callable[[int], None] | None = None,
            batch: int = 32) -> int:
    """Extract claims for every article whose claims were not made by the
    current extractors; returns how many articles were read. Idempotent."""
    todo = store.articles_needing_claims(CLAIMS_VERSION)
    for start in range(0, len(todo), batch):
        articles = store.articles(todo[start:start + batch])
        for article, claims in zip(articles, extract_claims_batch(articles)):
            with store.transaction():
                store.put_claims(article.id, claims)
                store.set_claim_version(article.id, CLAIMS_VERSION)
        if progress:
            progress(len(articles))
    return len(todo)


def build_stories(store: SQLiteStore) -> list[Story]:
    """Group the store's articles into stories and write each story's findings,
    brief and timeline.

    New articles join the stored clustering state (in store order: by date,
    then id), so re-running changes nothing and a new article does not
    re-cluster the world. Relations are found within each story; a story
    whose articles and claims are unchanged keeps what was written for it.
    """
    articles = store.articles()
    by_id = {a.id: a for a in articles}
    saved = store.get_cluster_state()
    state = state_from_bytes(saved) if saved else None
    clustered, state = cluster_articles(articles, state)
    links = find_links(articles, groups=[s.articles for s in clustered])
    relations = relations_by_article(links)
    previous = {s.id: s for s in store.stories()}
    stories = []
    for story in clustered:
        members = [by_id[i] for i in story.articles if i in by_id]
        if not members:
            continue
        claims = store.claims(story.articles)
        fingerprint = content_id("p", STORY_STAGES, sorted(story.articles),
                                 sorted(c.id for c in claims),
                                 sorted((l.a, l.b, l.kind) for l in links
                                        if l.a in story.articles or l.b in story.articles))
        old = previous.get(story.id)
        if old is not None and old.fingerprint == fingerprint:
            stories.append(old)
            continue
        groups = {i: g[0] for g in source_groups(story.articles, links) for i in g}
        inferred = infer_published(members, claims)
        members = [replace(a, relations=relations.get(a.id, ()),
                           published_inferred=inferred.get(a.id)) for a in members]
        findings = corroborate(members, claims, groups)
        first, last = story_dates(members)
        stories.append(replace(
            story, claims=tuple(c.id for c in claims), findings=tuple(findings),
            brief=write_brief(members, claims, findings, groups),
            timeline=write_timeline(members, claims), first_date=first, last_date=last,
            sources=len(set(groups.values())), fingerprint=fingerprint))
        for a in members:
            if a != by_id[a.id]:
                store.put_article(a)
    with store.transaction():
        store.put_cluster_state(state_to_bytes(state))
        store.put_stories(stories)
    return store.stories()
