"""The reliability suite's fixture: the good articles as a run of them alone stores them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_corpus import good_files  # noqa: E402
from reliability_support import stored_articles, write_files  # noqa: E402

from crosscheck.pipeline import ingest  # noqa: E402
from crosscheck.store import open_store  # noqa: E402


@pytest.fixture(scope="session")
def good_alone(tmp_path_factory) -> dict[str, dict]:
    """The good articles as a run of them alone stores them."""
    folder = tmp_path_factory.mktemp("good-alone")
    write_files(folder, good_files())
    store = open_store(folder / "alone.db")
    try:
        report = ingest([folder / "good"], store)
        assert not report.refused, report.refused
        articles = stored_articles(store)
    finally:
        store.close()
    assert len(articles) == 4
    return articles
