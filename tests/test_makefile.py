"""The two commands a newcomer runs: `make demo` installs only what the demo
needs; `make test` adds the test extras (Ray, pyarrow, psycopg, Playwright...)."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _planned(target: str, tmp_path: Path) -> str:
    """What `make TARGET` would run in a fresh checkout (dry run, nothing executed)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    venv = tmp_path / "venv"  # a venv that does not exist: every step is planned
    result = subprocess.run(["make", "-n", "-C", str(ROOT), target, f"VENV={venv}"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_demo_installs_the_runtime_only(tmp_path):
    planned = _planned("demo", tmp_path)
    assert "pip install --quiet -e ." in planned
    assert "[test]" not in planned


def test_make_test_installs_the_test_extras(tmp_path):
    assert "pip install --quiet -e '.[test]'" in _planned("test", tmp_path)


def test_make_test_runs_the_suite_on_two_workers(tmp_path):
    # tests/conftest.py says which tests each worker takes together
    assert "pytest -q -n 2" in _planned("test", tmp_path)
