"""Run the stages on this machine: in this process, or in a pool of processes.

With ``workers=1`` everything runs here, models loaded on first use. With more,
a :class:`concurrent.futures.ProcessPoolExecutor` runs one batch through every
stage in one worker (the batch crosses a process boundary twice, not once per
stage); each worker loads the models once, in the pool's initializer. Batches
come back in the order they were read.

:meth:`LocalExecutor.mapper` runs the story step's tasks (features of new
articles, story builds) the same way: a pool for as long as the step lasts,
results in order; each worker loads a model on first use and keeps it.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import InputError
from ..ingest import IngestOptions
from .stages import BATCH_SIZE, Record, Stage, read_shard, run_stages, setup_all

__all__ = ["LocalExecutor"]

# Workers start from a clean interpreter (forkserver; spawn where it does not
# exist): a forked copy of a process whose onnxruntime or spaCy already started
# their thread pools can hang on a lock some thread held at the fork.
START_METHODS = ("forkserver", "spawn")
#: Batches in flight per worker: one running, one queued, so a worker never
#: waits for the reader, and memory holds at most 2 × workers batches.
IN_FLIGHT = 2
#: Story-step tasks in flight per worker: their sizes vary (a story of one
#: article, one of forty), and results come back in order, so a window of two
#: would leave a worker idle behind a big story.
MAP_IN_FLIGHT = 8

_contexts: list[Any] = []  # in a pool worker: what each stage's setup returned
_stages: Sequence[Stage] = ()


class LocalExecutor:
    """Runs the stage list in this process (``workers=1``) or a process pool."""

    def __init__(self, workers: int = 1):
        if workers < 1:
            raise InputError(f"workers must be 1 or more, not {workers}")
        self.workers = workers

    def __repr__(self) -> str:
        return f"LocalExecutor(workers={self.workers})"

    def run(self, stages: Sequence[Stage], shards: Sequence[str],
            options: IngestOptions = IngestOptions(), batch_size: int = BATCH_SIZE
            ) -> Iterator[list[Record]]:
        """The processed batches of ``shards``, in order, each shard ending with
        its end marker."""
        batches = (batch for shard in shards for batch in read_shard(shard, options, batch_size))
        if self.workers == 1:
            contexts = setup_all(stages)
            for batch in batches:
                yield run_stages(stages, contexts, batch)
            return
        pool = ProcessPoolExecutor(self.workers, mp_context=_context(),
                                   initializer=_start_worker, initargs=(tuple(stages),))
        try:
            yield from _map_on_pool(pool, IN_FLIGHT * self.workers, _run_batch, batches)
        finally:
            # A run stopped early (an error, Ctrl-C, a consumer that stops
            # reading) drops the queued batches instead of finishing them.
            pool.shutdown(cancel_futures=True)

    @contextmanager
    def mapper(self) -> Iterator[Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]]:
        """``map(function, items)`` on this executor's workers for as long as
        the block lasts: the builtin ``map`` with ``workers=1``, else one pool
        whose results come back in order, started on the first call (an
        update with nothing to do starts none). ``function`` must be
        module-level."""
        if self.workers == 1:
            yield map
            return
        pools: list[ProcessPoolExecutor] = []

        def mapped(function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
            if not pools:
                pools.append(ProcessPoolExecutor(self.workers, mp_context=_context()))
            return _map_on_pool(pools[0], MAP_IN_FLIGHT * self.workers, function, items)
        try:
            yield mapped
        finally:
            for pool in pools:
                pool.shutdown(cancel_futures=True)


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context(next(m for m in START_METHODS if m in methods))
    if context.get_start_method() == "forkserver":
        # Workers fork from a server that has imported the stages' modules (no
        # model loaded, no thread started): pool start 3.3-4.7 s instead of
        # 4.4-6.7 s on 2 loaded cores. No effect once the server is running.
        context.set_forkserver_preload([__name__])
    return context


def _map_on_pool(pool: ProcessPoolExecutor, window: int, function: Callable[[Any], Any],
                 items: Iterable[Any]) -> Iterator[Any]:
    pending: deque[Future] = deque()
    for item in items:
        pending.append(pool.submit(function, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _start_worker(stages: Sequence[Stage]) -> None:
    global _stages, _contexts
    _stages, _contexts = stages, setup_all(stages)


def _run_batch(batch: list[Record]) -> list[Record]:
    return run_stages(_stages, _contexts, batch)
