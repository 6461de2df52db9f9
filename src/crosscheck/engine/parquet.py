"""Parquet shards: one ``articles`` and one ``claims`` file per input shard,
for DuckDB, Spark or pandas to read without crosscheck.

Files are named ``<shard name>-<key>.articles.parquet`` and
``<shard name>-<key>.claims.parquet``, ``key`` a hash of the shard's absolute
path (two shards with one name in two folders do not collide). Each is written
under a temporary name, row group by row group as batches arrive, and renamed
into place when its shard is complete: a file that exists is whole, and a
shard cut short leaves only a ``.tmp`` file that the next run overwrites.

Schema of ``articles`` (one row per article of the shard, duplicates within
the shard dropped; grouping results such as relations are not there yet):

=============  ===========================  ====================================
column         type                         what
=============  ===========================  ====================================
id             string                       content hash of the raw document
origin         string                       file, URL or WARC target URI
shard          string                       the input shard, as given
title …        string (nullable)            title, published (ISO date), outlet,
                                            byline, dateline, dateline_date, url
text           string                       the cleaned text
removed        list<string>                 fragments cleaning took out, verbatim
agencies       list<string>                 wire agencies credited
cited_media    list<string>                 other media cited
stage          string                       the cleaner's versioned name
vector         fixed_size_list<float>[384]  MiniLM of title + lead, unit length
minhash        list<int64>[128]             MinHash of the text's 5-word shingles
shingles       int64                        how many shingles the MinHash saw
made_by        list<string>                 versioned names of the stages run
=============  ===========================  ====================================

Schema of ``claims``: ``id``, ``article``, ``kind``, ``sentence``,
``attribution``, ``extractor`` (strings), ``span_start``, ``span_end``
(int64, offsets into the article's text) and ``value`` (JSON text of the
figure, quote, role or event, as in the contract).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError, Remedy
from ..models import content_id
from .stages import Record

__all__ = ["ShardParquet", "articles_schema", "claims_schema", "parquet_names"]

_ARTICLE_TEXT = ("origin", "shard", "title", "published", "outlet", "byline", "dateline",
                 "dateline_date", "url", "text")
_ARTICLE_LISTS = ("removed", "agencies", "cited_media")
_CLAIM_TEXT = ("article", "kind", "sentence", "attribution", "extractor")


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise InputError("writing Parquet needs pyarrow, which is an extra: "
                         f"pip install 'crosscheck[parquet]' (or {Remedy.LEAVE_OUT_PARQUET})",
                         remedy=Remedy.LEAVE_OUT_PARQUET) from None
    return pyarrow


def articles_schema() -> Any:
    pa = _pyarrow()
    return pa.schema(
        [("id", pa.string())] + [(k, pa.string()) for k in _ARTICLE_TEXT]
        + [(k, pa.list_(pa.string())) for k in _ARTICLE_LISTS]
        + [("stage", pa.string()), ("vector", pa.list_(pa.float32(), 384)),
           ("minhash", pa.list_(pa.int64())), ("shingles", pa.int64()),
           ("made_by", pa.list_(pa.string()))])


def claims_schema() -> Any:
    pa = _pyarrow()
    return pa.schema([("id", pa.string())] + [(k, pa.string()) for k in _CLAIM_TEXT]
                     + [("span_start", pa.int64()), ("span_end", pa.int64()),
                        ("value", pa.string())])


def parquet_names(shard_key: str) -> tuple[str, str]:
    """The articles and claims file names of the shard whose absolute path is ``shard_key``."""
    stem = f"{Path(shard_key).name}-{content_id('', shard_key)}"
    return f"{stem}.articles.parquet", f"{stem}.claims.parquet"


class ShardParquet:
    """The two Parquet files of one shard, filled batch by batch."""

    def __init__(self, folder: str | os.PathLike, shard_key: str):
        pq = _pyarrow().parquet
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.finals = [self.folder / name for name in parquet_names(shard_key)]
        self.temps = [path.with_name(path.name + ".tmp") for path in self.finals]
        self.writers = [pq.ParquetWriter(self.temps[0], articles_schema()),
                        pq.ParquetWriter(self.temps[1], claims_schema())]
        self.seen: set[str] = set()
        self.rows = [0, 0]

    def add(self, records: list[Record]) -> None:
        import numpy as np

        pa = _pyarrow()
        articles, claims = [], []
        for record in records:
            if record["kind"] != "doc" or record["id"] in self.seen:
                continue
            self.seen.add(record["id"])
            article = json.loads(record["article"])
            row = {k: article.get(k) for k in ("id", *_ARTICLE_TEXT, *_ARTICLE_LISTS, "stage")}
            row["shard"] = record["shard"]
            row["vector"] = (np.frombuffer(record["vector"], dtype="<f4").tolist()
                             if record["vector"] is not None else None)
            row.update(minhash=record["minhash"], shingles=record["shingles"],
                       made_by=record["made_by"])
            articles.append(row)
            for claim in json.loads(record["claims"] or "[]"):
                value = claim.get(claim["kind"])  # the payload is keyed by the kind
                claims.append({**{k: claim.get(k) for k in ("id", *_CLAIM_TEXT)},
                               "span_start": claim["span"][0], "span_end": claim["span"][1],
                               "value": json.dumps(value, ensure_ascii=False, sort_keys=True)})
        for i, rows in enumerate((articles, claims)):
            if rows:
                self.writers[i].write_table(pa.Table.from_pylist(rows, self.writers[i].schema))
                self.rows[i] += len(rows)

    def close(self) -> list[Path]:
        """Finish both files and move them into place; returns their paths."""
        for writer in self.writers:
            writer.close()
        for temp, final in zip(self.temps, self.finals):
            os.replace(temp, final)  # atomic on one file system
        return self.finals

    def abort(self) -> None:
        """Drop what was written: the shard did not finish."""
        for writer, temp in zip(self.writers, self.temps):
            writer.close()
            temp.unlink(missing_ok=True)
