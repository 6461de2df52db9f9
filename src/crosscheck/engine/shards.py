"""Ingest shards (WARC, JSON Lines, any file ingest reads) with an executor,
resuming where a previous run stopped.

For each shard not finished before (the store's ledger, keyed by absolute path
and size, so a shard that grew is read again):

1. the executor reads it and runs the stages, batch by batch, in order;
2. results are written in transactions of ``pipeline.BATCH`` records: raw
   documents, their articles and claims land together, refusals with their
   one-line reason;
3. with ``parquet_dir``, they are appended to the shard's Parquet files;
4. at the shard's end marker the Parquet files are renamed into place and the
   shard is recorded as finished.

A run killed mid-shard leaves that shard unfinished: the next run reads it
again, and since ids are content hashes and every write replaces or ignores,
redoing it changes nothing already stored. The store ends up as
``pipeline.ingest`` followed by ``pipeline.extract`` leave it: same raw
documents, articles, claims, claim versions and refusals.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol, Sequence

from ..clean import CLEANER
from ..embed import MODEL_ID as SENTENCE_MODEL
from ..group.features import NAMES_READER
from ..ingest import IngestOptions, list_files, shown_path
from ..models import Article, Claim, RawDoc, Refusal
from ..pipeline import BATCH, CLAIMS_VERSION
from ..store import Store
from .local import LocalExecutor
from .parquet import ShardParquet
from .stages import BATCH_SIZE, STAGES, STORE_STAGES, Record, Stage

__all__ = ["Executor", "ShardReport", "ingest_shards"]


class Executor(Protocol):
    """What :class:`LocalExecutor` and :class:`RayExecutor` both do."""

    def run(self, stages: Sequence[Stage], shards: Sequence[str],
            options: IngestOptions = ..., batch_size: int = ...) -> Iterator[list[Record]]: ...


@dataclass
class ShardReport:
    """What one run did. ``finished`` and ``skipped`` list shards as given;
    the counts are as :class:`~crosscheck.pipeline.IngestReport`'s, over the
    finished shards only."""

    shards: int = 0
    finished: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    read: int = 0
    new: int = 0
    known: int = 0
    claimed: int = 0
    refused: list[Refusal] = field(default_factory=list)
    parquet_files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.shards} shards: {len(self.finished)} ingested, {len(self.skipped)} "
                f"already done; {self.read} documents read, {self.new} new, {self.known} "
                f"already known, {len(self.refused)} refused")


def ingest_shards(shards: Iterable[str | os.PathLike], store: Store,
                  executor: Executor | None = None, parquet_dir: str | os.PathLike | None = None,
                  progress: Callable[[Path], None] | None = None,
                  options: IngestOptions = IngestOptions()) -> ShardReport:
    """Ingest every shard under ``shards`` (files, or folders walked in sorted
    order) not finished by an earlier run; ``executor`` defaults to
    ``LocalExecutor()``. Articles get their claims in the same run. With
    ``parquet_dir``, each shard also gets Parquet files holding its articles
    (with vectors and MinHash signatures, computed only then) and claims.
    ``progress`` is called with each shard as it is recorded finished."""
    executor = executor or LocalExecutor()
    files = list_files(shards)
    report = ShardReport(shards=len(files))
    todo: dict[str, tuple[str, int]] = {}  # shard as given -> ledger key
    for path in files:
        key, size = shown_path(path.resolve()), path.stat().st_size
        if store.shard_done(key, size):
            report.skipped.append(str(path))
        else:
            todo[str(path)] = (key, size)
    if not todo:
        return report
    stages = STAGES if parquet_dir is not None else STORE_STAGES
    writer = _ShardWriter(store, report, parquet_dir)
    try:
        for batch in executor.run(stages, list(todo), options, BATCH_SIZE):
            for shard in writer.write(batch, todo):
                if progress:
                    progress(Path(shard))
    finally:
        writer.abort()
    return report


class _ShardWriter:
    """Writes batches as they come; knows which shard is open."""

    def __init__(self, store: Store, report: ShardReport,
                 parquet_dir: str | os.PathLike | None):
        self.store, self.report, self.parquet_dir = store, report, parquet_dir
        self.parquet: ShardParquet | None = None
        self.pending: list[Record] = []
        self._reset()

    def _reset(self) -> None:
        self.read = self.new = self.known = self.claimed = 0
        self.refused: list[Refusal] = []

    def write(self, batch: list[Record], todo: dict[str, tuple[str, int]]) -> list[str]:
        """Write one batch; returns the shards it finished."""
        finished = []
        for record in batch:
            if record["kind"] != "end":
                self.pending.append(record)
                continue
            self._flush(todo[record["shard"]][0])
            self._finish(record["shard"], *todo[record["shard"]])
            finished.append(record["shard"])
        if len(self.pending) >= BATCH:
            self._flush(todo[self.pending[0]["shard"]][0])
        return finished

    def _flush(self, key: str) -> None:
        if self.parquet is None and self.parquet_dir is not None:
            self.parquet = ShardParquet(self.parquet_dir, key)
        if self.pending:
            self._store(self.pending)
            if self.parquet is not None:
                self.parquet.add(self.pending)
        self.pending = []

    def _store(self, records: list[Record]) -> None:
        # pipeline._write's rules: one transaction per BATCH records; a known
        # article is rewritten only if another cleaner version made it (so the
        # relations grouping wrote on it stay). Unlike ingest-then-extract, an
        # article's claims land in the same transaction as the article.
        with self.store.transaction():
            for record in records:
                if record["raw"] is not None:
                    self.read += 1
                if record["kind"] == "refusal":
                    refusal = Refusal(record["origin"], record["reason"])
                    self.store.add_refusal(refusal)
                    self.refused.append(refusal)
                    continue
                raw = RawDoc(**json.loads(record["raw"]))
                article = Article.from_dict(json.loads(record["article"]))
                stored_stage = self.store.article_stage(raw.id)
                new = self.store.add_raw(raw)
                if stored_stage != CLEANER:
                    self.store.put_article(article)
                # Claims are deterministic, so rewriting an unchanged article's
                # claims leaves them as they were.
                self.store.put_claims(raw.id, [Claim.from_dict(c)
                                               for c in json.loads(record["claims"])])
                self.store.set_claim_version(raw.id, CLAIMS_VERSION)
                if record["names"] is not None:
                    self.store.put_names(raw.id, NAMES_READER, record["names"])
                if record["sentences"] is not None:
                    self.store.put_sentence_vectors(raw.id, SENTENCE_MODEL, record["sentences"])
                if record["reason"]:  # its claims could not be extracted
                    refusal = Refusal(record["origin"], record["reason"])
                    self.store.add_refusal(refusal)
                    self.refused.append(refusal)
                self.claimed += 1
                self.new += new
                self.known += not new

    def _finish(self, shard: str, key: str, size: int) -> None:
        if self.parquet is not None:
            self.report.parquet_files.extend(self.parquet.close())
            self.parquet = None
        finished = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self.store.mark_shard_done(key, size, self.read, len(self.refused), finished)
        report = self.report
        report.finished.append(shard)
        report.read += self.read
        report.new += self.new
        report.known += self.known
        report.claimed += self.claimed
        report.refused.extend(self.refused)
        self._reset()

    def abort(self) -> None:
        """A run that stops mid-shard leaves no half Parquet file behind."""
        if self.parquet is not None:
            self.parquet.abort()
            self.parquet = None
