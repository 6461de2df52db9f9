"""Run the stages on Ray Data: a local Ray, or a cluster at ``address``.

Ray is an extra (``pip install 'crosscheck[ray]'``) and is imported only when a
:class:`RayExecutor` runs, so ``import crosscheck.engine`` costs nothing.

The plan, per run:

1. one row per shard; a read task per shard streams its records out in
   batches (``read_shard``), so a shard is never held whole in memory;
2. one ``map_batches`` runs the whole stage list on each batch: an actor pool
   of ``workers`` actors when a stage has ``setup`` (each actor loads every
   model once), plain tasks otherwise;
3. the driver takes the batches back in input order (``preserve_order``).

Why one map for all stages rather than one per stage: on one machine a pool
per model splits the same cores between pools that wait for each other (two
pools of two one-CPU actors do not even fit on two CPUs), and each extra
boundary converts every batch to Arrow and back through the object store for
nothing. The records are Arrow-friendly all the same (:data:`RECORD_KEYS`), so
a stage could be split off into its own map if a cluster needed it.

The story step (features of new articles, story builds) runs on an actor pool
(:meth:`RayExecutor.mapper`) rather than Ray Data: its tasks are made by the
driver as it reads the store, a few in flight at a time, while a Ray Data
dataset wants its items up front (``from_items``) or a source every worker can
read (a SQLite store is a file on the driver's disk).
"""

from __future__ import annotations

from collections import deque
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import InputError, Remedy
from ..ingest import IngestOptions
from .stages import BATCH_SIZE, RECORD_KEYS, Record, Stage, read_shard, run_stages, setup_all

__all__ = ["RayExecutor"]

#: Bytes per Ray block: about one batch of 32 news articles as raw JSON
#: (Baly: ~200 KB); HTML batches are cut into several blocks, which the actor
#: pool bundles back into batches of ``batch_size`` rows.
BLOCK_BYTES = 256 * 1024
#: Story-step tasks in flight per actor (see local.MAP_IN_FLIGHT).
MAP_IN_FLIGHT = 8


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library is the [data] part of the extra
    except ImportError:
        raise InputError("the Ray engine needs Ray Data, which is an extra: "
                         f"pip install 'crosscheck[ray]' (or {Remedy.USE_LOCAL_EXECUTOR})",
                         remedy=Remedy.USE_LOCAL_EXECUTOR) from None
    return ray


def record_schema() -> Any:
    """The Arrow schema of a record, fixed so that no batch infers its own
    (a batch without claims would infer a null column)."""
    import pyarrow as pa

    types = {"vector": pa.binary(), "sentences": pa.binary(), "minhash": pa.list_(pa.int64()), "shingles": pa.int64(),
             "made_by": pa.list_(pa.string())}
    return pa.schema([(key, types.get(key, pa.string())) for key in RECORD_KEYS])


def _table(records: list[Record]) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(records, schema=record_schema())


def _read_shards(rows: Any, options: IngestOptions, batch_size: int) -> Iterator[Any]:
    for shard in rows.column("shard").to_pylist():
        for batch in read_shard(shard, options, batch_size):
            yield _table(batch)


class _StageActor:
    """One worker: every stage's model loaded once, in the constructor."""

    def __init__(self, stages: Sequence[Stage]):
        self.stages = stages
        self.contexts = setup_all(stages)

    def __call__(self, table: Any) -> Any:
        return _table(run_stages(self.stages, self.contexts, table.to_pylist()))


def _run_stateless(table: Any, stages: Sequence[Stage]) -> Any:
    return _table(run_stages(stages, [None] * len(stages), table.to_pylist()))


class _MapActor:
    """One worker of the story step; models load on first use and stay."""

    def call(self, function: Callable[[Any], Any], item: Any) -> Any:
        return function(item)


def _map_on_actors(ray: Any, actors: list, window: int, function: Callable[[Any], Any],
                   items: Iterable[Any]) -> Iterator[Any]:
    """``function`` over ``items`` on ``actors``, each task sent to the actor
    with the fewest in flight; results in order."""
    load = [0] * len(actors)
    pending: deque[tuple[Any, int]] = deque()
    for item in items:
        k = min(range(len(actors)), key=lambda a: load[a])
        pending.append((actors[k].call.remote(function, item), k))
        load[k] += 1
        if len(pending) >= window:
            ref, k = pending.popleft()
            load[k] -= 1
            yield ray.get(ref)
    while pending:
        ref, k = pending.popleft()
        load[k] -= 1
        yield ray.get(ref)


class RayExecutor:
    """Runs the stage list with Ray Data on ``workers`` workers.

    ``address`` is a Ray cluster's (``HEAD_IP:6379``, the head's GCS address,
    from a node of the cluster; ``ray://host:10001`` with Ray Client; ``auto``);
    None starts a local Ray, or uses the one this process already started. A Ray
    started here is shut down when the run ends.
    """

    def __init__(self, workers: int = 2, address: str | None = None):
        if workers < 1:
            raise InputError(f"workers must be 1 or more, not {workers}")
        self.workers = workers
        self.address = address

    def __repr__(self) -> str:
        return f"RayExecutor(workers={self.workers}, address={self.address!r})"

    def run(self, stages: Sequence[Stage], shards: Sequence[str],
            options: IngestOptions = IngestOptions(), batch_size: int = BATCH_SIZE
            ) -> Iterator[list[Record]]:
        """The processed batches of ``shards``, in order, each shard ending with
        its end marker."""
        ray = _import_ray()
        if not shards:
            return
        started = self._connect(ray)
        try:
            context = ray.data.DataContext.get_current()
            saved = (context.execution_options.preserve_order, context.enable_progress_bars,
                     context.target_max_block_size)
            # The writer needs a shard's records before its end marker; the
            # context is copied into the dataset when it is made.
            context.execution_options.preserve_order = True
            context.enable_progress_bars = False
            # Left at 128 MiB, Ray packs a shard's batches into one block, and one
            # block goes to one actor whole: a shard would run on one worker.
            # (repartition(target_num_rows_per_block=...) cuts blocks too, but hung
            # on a 2-CPU local Ray when tried, presumably waiting for a CPU that
            # the actors hold.)
            context.target_max_block_size = BLOCK_BYTES
            try:
                dataset = self._plan(ray, stages, shards, options, batch_size)
            finally:
                (context.execution_options.preserve_order, context.enable_progress_bars,
                 context.target_max_block_size) = saved
            for table in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
                if table.num_rows:
                    yield table.to_pylist()
        finally:
            if started:
                ray.shutdown()

    @contextmanager
    def mapper(self) -> Iterator[Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]]:
        """``map(function, items)`` on ``workers`` actors for as long as the
        block lasts, results in order; Ray is joined (or started) and the
        actors made on the first call. ``function`` must be module-level."""
        ray = _import_ray()
        actors: list = []
        started = False

        def mapped(function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
            nonlocal started
            if not actors:
                started = self._connect(ray)
                actor = ray.remote(num_cpus=1)(_MapActor)
                actors.extend(actor.remote() for _ in range(self.workers))
            return _map_on_actors(ray, actors, MAP_IN_FLIGHT * self.workers, function, items)
        try:
            yield mapped
        finally:
            for actor in actors:
                ray.kill(actor)
            if started:
                ray.shutdown()

    def _connect(self, ray: Any) -> bool:
        """Join the cluster at ``address``, or start a local Ray, unless this
        process is in one already; True when it was started here."""
        if ray.is_initialized():
            return False
        if self.address:
            ray.init(address=self.address, configure_logging=False)
        else:
            ray.init(include_dashboard=False, configure_logging=False)
        return True

    def _plan(self, ray: Any, stages: Sequence[Stage], shards: Sequence[str],
              options: IngestOptions, batch_size: int) -> Any:
        data = ray.data
        dataset = data.from_items([{"shard": str(s)} for s in shards],
                                  override_num_blocks=len(shards))
        # Reading is a few per cent of the work (0.03 s of ~120 s per 300 Baly
        # articles), so read tasks ask for no CPU: a CPU of their own would be
        # taken from the actors, and on two CPUs the actors would wait for it.
        # The differing CPU request also keeps Ray from fusing the read into the
        # actors, which would read a shard inside one actor while the others idle.
        dataset = dataset.map_batches(_read_shards, batch_size=1, batch_format="pyarrow",
                                      fn_kwargs={"options": options, "batch_size": batch_size},
                                      compute=data.TaskPoolStrategy(size=self.workers),
                                      num_cpus=0)
        if any(stage.setup for stage in stages):
            return dataset.map_batches(_StageActor, fn_constructor_args=(tuple(stages),),
                                       batch_size=batch_size, batch_format="pyarrow",
                                       compute=data.ActorPoolStrategy(size=self.workers),
                                       num_cpus=1)
        return dataset.map_batches(_run_stateless, fn_kwargs={"stages": tuple(stages)},
                                   batch_size=batch_size, batch_format="pyarrow",
                                   compute=data.TaskPoolStrategy(size=self.workers), num_cpus=1)
