"""The keyed story grouping (:mod:`.keyed`) on Ray Data: the engine shuffles
the bucket rows, the driver assembles the stories. Ray is imported only when
:func:`group_ray` runs (``pip install 'crosscheck[ray]'``)."""

from __future__ import annotations

import json
import zlib
from typing import Any, Sequence

import numpy as np

from crosscheck.errors import InputError
from crosscheck.group.keyed import (SHARDS, Edge, KeyedRecord, assemble_stories, bucket_keys,
                                    score_bucket)
from crosscheck.models import Story

__all__ = ["group_ray"]


def _to_row(record: KeyedRecord) -> dict[str, Any]:
    """A record as a Ray row (the edge where a plain dict is allowed). Every
    column has one type whatever the values, because Ray infers each block's
    schema on its own: a block of undated articles would make ``day`` a null
    column, and one without entities a list of nulls, and the shuffle cannot
    join those with the other blocks. So the day is -1 when unknown (ordinal
    days start at 1), and the vector, weights and bands travel as bytes (the
    vector as float32, so both runners score the same numbers)."""
    return {"id": record.id, "title": record.title,
            "day": -1 if record.day is None else record.day,
            "vector": record.vector.astype("<f4").tobytes(),
            "entities": json.dumps(list(record.entities), ensure_ascii=False),
            "weights": np.asarray(record.weights, dtype="<f8").tobytes(),
            "bands": np.asarray(record.bands, dtype="<i8").tobytes()}


def _from_row(row: dict[str, Any]) -> KeyedRecord:
    day = int(row["day"])
    return KeyedRecord(str(row["id"]), str(row["title"]), None if day < 0 else day,
                       np.frombuffer(row["vector"], dtype="<f4").astype(np.float32),
                       tuple(json.loads(row["entities"])),
                       tuple(float(w) for w in np.frombuffer(row["weights"], dtype="<f8")),
                       tuple(int(b) for b in np.frombuffer(row["bands"], dtype="<i8")))


def _keyed_rows(row: dict[str, Any], shards: int) -> list[dict[str, Any]]:
    return [{"key": key, "shard": zlib.crc32(key.encode("utf-8")) % shards, **row}
            for key in bucket_keys(_from_row(row))]


def _score_shard(table):
    """The edges of every bucket in one shard (a batch of whole buckets)."""
    import pyarrow as pa

    buckets: dict[str, list[KeyedRecord]] = {}
    for row in table.to_pylist():
        buckets.setdefault(row["key"], []).append(_from_row(row))
    edges = [e for key, members in buckets.items() for e in score_bucket(key, members)]
    return pa.table({"a": pa.array([e.a for e in edges], pa.string()),
                     "b": pa.array([e.b for e in edges], pa.string()),
                     "score": pa.array([e.score for e in edges], pa.float64())})


def group_ray(records: Sequence[KeyedRecord], shards: int = SHARDS) -> list[Story]:
    """Group on Ray Data: ``from_items(records).flat_map(keys).groupby(shard)
    .map_groups(score)``; the edges come back to the driver for the last step.

    The engine shuffles rows by ``shard``, a stable hash of the bucket key, so
    each call gets whole buckets and scores them one by one: grouping by the
    bucket key itself makes one call per bucket, and most of the 460,000
    buckets of 8,000 articles hold one record (Baly 8k on two cores: 41 s by
    shard, 64 s by bucket key). ``shards`` changes the cost, never the stories. Uses the running Ray session, or starts a local one as
    ``ray.data`` does.
    """
    try:
        import ray.data
    except ImportError as exc:
        raise InputError("group_ray needs Ray Data, which is not installed: "
                         "pip install 'crosscheck[ray]' (or use group_local)") from exc
    if not records:
        return []
    dataset = (ray.data.from_items([_to_row(r) for r in records])
               .flat_map(_keyed_rows, fn_kwargs={"shards": shards})
               .groupby("shard", num_partitions=shards)
               .map_groups(_score_shard, batch_format="pyarrow"))
    edges = [Edge(row["a"], row["b"], float(row["score"])) for row in dataset.take_all()]
    return assemble_stories(records, edges)
