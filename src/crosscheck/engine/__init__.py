"""Past one machine: the per-article stages (clean, claims, embed, minhash) as
a list of named, versioned stages over batches of records, run by an executor.

* :class:`LocalExecutor` — this process (``workers=1``) or a process pool;
  no extra dependency.
* :class:`RayExecutor` — Ray Data, on a local Ray or a cluster
  (``pip install 'crosscheck[ray]'``); Ray is imported only when it runs.

Both run the same :data:`STAGES` and give the same records.
:func:`ingest_shards` reads shards with either, writes the store (as
``pipeline.ingest`` + ``pipeline.extract`` would) and, optionally, Parquet
files, and records each finished shard so a relaunch resumes.
"""

from .local import LocalExecutor
from .ray import RayExecutor
from .shards import Executor, ShardReport, ingest_shards
from .stages import STAGES, STORE_STAGES, Stage

__all__ = ["Executor", "LocalExecutor", "RayExecutor", "STAGES", "STORE_STAGES", "ShardReport",
           "Stage", "ingest_shards"]
