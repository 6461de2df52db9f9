"""Every store test runs against both stores: SQLite, and PostgreSQL on the
throwaway server of tests/conftest.py (skipped, with the reason, only where the
server binaries are missing)."""

from __future__ import annotations

import pytest

from crosscheck.store import open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """Where a fresh, empty store of each kind is."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()
