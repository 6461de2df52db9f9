"""The runner: ingest → clean → claims, then the story step (group →
corroborate → brief, in :mod:`crosscheck.story_update`), writing to a store.

Each stage is a plain function registered here under a versioned name; the
names and versions are recorded with what they produce (``Article.stage``,
``Claim.extractor``), so a store says which version made each record.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .brief import BRIEF_WRITER, MIN_WORDS
from .claims import CLAIM_EXTRACTORS, extract_claims_and_entities_each
from .clean import CLEANER, clean
from .clean.language import ENGLISH
from .corroborate import CORROBORATOR
from .group.features import NAMES_READER, encode_names, names_of
from .group.relations import RELATIONS
from .ingest import IngestOptions, list_files, read_path, with_mappings
from .models import Article, RawDoc, Refusal, Story
from .store import Store
from .story_update import STORY_STAGES, StoryUpdate, rebuild_stale_stories, update_stories

# The story step lives in a module of its own; its public names are the pipeline's too.
__all__ = ["CLAIMS_VERSION", "STAGES", "STORY_STAGES", "IngestReport", "StoryUpdate",
           "analysed_in_english", "build_stories", "extract", "ingest", "ingest_items",
           "not_in_english_note", "rebuild_stale_stories", "update_stories"]

#: The claim extractors' versioned names, recorded with each article's claims.
CLAIMS_VERSION = ",".join(CLAIM_EXTRACTORS)

#: The stages that exist, in order, with the versioned names they record.
STAGES: tuple[tuple[str, str], ...] = (("ingest", "ingest.v1"), ("clean", CLEANER),
                                       ("claims", CLAIMS_VERSION), ("group", RELATIONS),
                                       ("corroborate", CORROBORATOR), ("brief", BRIEF_WRITER))


@dataclass
class IngestReport:
    """What one ingest run did: counts, and every refusal with its reason."""

    files: int = 0
    read: int = 0
    new: int = 0
    known: int = 0
    refused: list[Refusal] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    #: What ``files`` counts: "file", or "article" for articles given one by one.
    unit: str = "file"

    def summary(self) -> str:
        return (f"{_count(self.files, self.unit)}: {_count(self.read, 'document')} read, "
                f"{self.new} new, {self.known} already known, {len(self.refused)} refused")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def ingest(paths: str | os.PathLike | Iterable[str | os.PathLike], store: Store,
           options: IngestOptions = IngestOptions(),
           progress: Callable[[Path], None] | None = None) -> IngestReport:
    """Read ``paths`` (a file or folder, or a list of them) into ``store``: keep
    each raw document, clean it, store the article. Known documents are not added again (re-ingesting changes nothing),
    but are re-cleaned when the cleaner's version changed."""
    files = list_files(paths)
    options = with_mappings(paths, options)  # sources.toml at the top of a folder
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


def ingest_items(items: Iterable[RawDoc | Refusal], store: Store,
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


def _write(items: list[RawDoc | Refusal], store: Store, report: IngestReport) -> None:
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
        short = too_short(article) if article is not None else None
        if short:
            refused.append(Refusal(item.origin, short))
            continue
        cleaned.append((item, article))
    with store.transaction():  # raws and articles land together, or none does
        for refusal in refused:
            store.add_refusal(refusal)
        for raw, article in cleaned:
            new = store.add_raw(raw)
            # Asked again inside the transaction: another process may have
            # stored (and a story update enriched) this article since.
            if article is not None and store.article_stage(raw.id) != CLEANER:
                store.put_article(article)
            report.new += new
            report.known += not new
            report.article_ids.append(raw.id)
    report.refused.extend(refused)


# A text shorter than one sentence of a brief (brief.MIN_WORDS) cannot be
# reported on: a one-word file ("x") was stored and became a story headlined
# "x". Counted after cleaning, so a page whose article is gone (a teaser and
# its comment form) is refused too. The HTTP API refuses such a text before
# reading it, with the same bar (web.api).
MIN_ARTICLE_WORDS = MIN_WORDS


def too_short(article: Article) -> str | None:
    """The one-line reason ``article`` is too short to be read as one, or None."""
    words = len(article.text.split())
    if words >= MIN_ARTICLE_WORDS:
        return None
    return (f"too short for an article: {words} word{'' if words == 1 else 's'} after cleaning; "
            f"crosscheck reads texts of {MIN_ARTICLE_WORDS} words or more")


def analysed_in_english(article: Article) -> bool:
    """Whether the English-only stages (claims) read ``article``: English, or
    too short for its language to be told. The others are kept, not analysed,
    until a multilingual path exists: the English model would read a Spanish
    "215 personas" as an exact English figure."""
    return article.language in (None, ENGLISH)


def not_in_english_note(count: int) -> str:
    """The report's line for the articles the English-only stages skipped."""
    return f"{_count(count, 'article')} not in English: stored, not analysed"


def extract(store: Store, progress: Callable[[int], None] | None = None,
            batch: int = 32) -> int:
    """Extract claims for every article whose claims were not made by the
    current extractors; returns how many articles were read. Idempotent.
    Articles not in English get no claims (:func:`analysed_in_english`)."""
    todo = store.articles_needing_claims(CLAIMS_VERSION)
    for start in range(0, len(todo), batch):
        fetched = store.articles(todo[start:start + batch])
        articles = [a for a in fetched if analysed_in_english(a)]
        with store.transaction():
            for article in fetched:
                if not analysed_in_english(article):
                    store.put_claims(article.id, [])
                    store.set_claim_version(article.id, CLAIMS_VERSION)
        for article, found in zip(articles, extract_claims_and_entities_each(articles)):
            with store.transaction():
                if isinstance(found, str):  # the article stays, with no claims
                    store.add_refusal(Refusal(article.origin, found))
                    claims = []
                else:
                    # The names story grouping keys the article by, from the
                    # same pass: the story stage then runs no spaCy pass.
                    claims, title, text = found
                    store.put_names(article.id, NAMES_READER,
                                    encode_names(article, names_of(title, text)))
                store.put_claims(article.id, claims)
                store.set_claim_version(article.id, CLAIMS_VERSION)
        if progress:
            progress(len(fetched))
    return len(todo)


def build_stories(store: Store) -> list[Story]:
    """Bring the store's stories up to date (:func:`update_stories`) and return
    them all, newest first."""
    update_stories(store)
    return store.stories()
