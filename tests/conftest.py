"""Shared fixtures: the bundled sample corpus, the shared real data, a store."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.eval import shared_data
from crosscheck.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample"


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture
def data_dir() -> Path:
    """``../shared/data``; tests that need it skip, with the reason, when it is absent
    (only outside CI: CI always has it)."""
    path = shared_data()
    if path is None:
        pytest.skip("../shared/data is absent (it is present in CI)")
    return path


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def ray_session():
    """One local Ray session for the whole test run (starting Ray costs seconds):
    two CPUs, no dashboard, no usage statistics sent anywhere."""
    import os

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray = pytest.importorskip("ray", reason="Ray is in the test extra: pip install -e '.[test]'")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False, ignore_reinit_error=True)
    yield ray
    ray.shutdown()
