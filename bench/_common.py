"""What the benchmarks share: where the shared data and the Baly corpus are,
saying so when they are absent, the engine of a named run, peak memory, and
percentiles.

The benchmarks are run as scripts (``python bench/bench_NAME.py``), which puts
this folder first on ``sys.path``: they import this module as ``_common``.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

from crosscheck.eval import shared_data

ROOT = Path(__file__).resolve().parents[1]
#: The 8,000 real articles most benchmarks read, inside the shared data folder.
BALY = Path("baly-articles") / "baly-articles-8k.jsonl.gz"
#: The Baly corpus where the benchmarks that take --corpus look by default.
BALY_CORPUS = (shared_data() or ROOT.parent / "shared" / "data") / BALY


def shared_data_or_say(data: Path | None = None) -> Path | None:
    """The shared data folder (``data`` when given, as with --data), or None
    after saying on stderr that there is none."""
    data = data or shared_data()
    if data is None:
        print("../shared/data is absent: nothing to benchmark (pass --data DIR where "
              "offered, or set CROSSCHECK_SHARED_DATA)", file=sys.stderr)
    return data


def executor_for(run: str):
    """The engine of a run named ``local-1``, ``local-pool-2`` or ``ray-2``
    (Ray started here, in this process, with 2 CPUs)."""
    from crosscheck.engine import LocalExecutor, RayExecutor

    if run == "ray-2":
        import ray

        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
        return RayExecutor(workers=2)
    return LocalExecutor(2 if run == "local-pool-2" else 1)


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (nearest rank), NaN when there are none."""
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]
