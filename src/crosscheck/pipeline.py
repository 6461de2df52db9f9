"""The runner: ingest → clean (→ claims → group → corroborate → brief as those
stages land), writing to a store.

Each stage is a plain function registered here under a versioned name; the
names and versions are recorded with what they produce (``Article.stage``,
``Claim.extractor``), so a store says which version made each record.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .clean import CLEANER, clean
from .ingest import IngestOptions, list_files, read_path
from .models import Article, RawDoc, Refusal, Story, content_id
from .store import SQLiteStore

#: The stages that exist, in order, with the versioned names they record.
STAGES: tuple[tuple[str, str], ...] = (("ingest", "ingest.v1"), ("clean", CLEANER),
                                       ("group", "group.singletons.v1"))


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
    for path in files:
        for item in read_path(path, options):
            if isinstance(item, Refusal):
                store.add_refusal(item)
                report.refused.append(item)
                continue
            _ingest_one(item, store, report)
        if progress:
            progress(path)
    return report


def _ingest_one(raw: RawDoc, store: SQLiteStore, report: IngestReport) -> None:
    report.read += 1
    try:
        article = clean(raw) if store.article_stage(raw.id) != CLEANER else None
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        refusal = Refusal(raw.origin, f"could not be cleaned ({type(exc).__name__}: {exc}); "
                                      "please report this input")
        store.add_refusal(refusal)
        report.refused.append(refusal)
        return
    with store.transaction():  # raw and article land together, or neither does
        new = store.add_raw(raw)
        if article is not None:
            store.put_article(article)
    report.new += new
    report.known += not new
    report.article_ids.append(raw.id)


def group_stories(articles: list[Article]) -> list[Story]:
    """Until story grouping lands, each article is its own story."""
    return [Story(id=content_id("s", a.id), headline=a.title or _first_words(a.text),
                  articles=(a.id,), first_date=a.published, last_date=a.published)
            for a in articles]


def build_stories(store: SQLiteStore) -> list[Story]:
    stories = group_stories(store.articles())
    store.put_stories(stories)
    return stories


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")
