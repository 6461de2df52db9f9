"""A word search is a GET any web page can fire (from an ``<img>``): its cost
is bounded. Each case runs in a subprocess under a time and a memory limit
(reliability_support.run_bounded); before the bounds, 15,000 words cost a minute
of server CPU on this 13-article store."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import run_bounded

from crosscheck.pipeline import ingest
from crosscheck.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"

ASK = """
import json, sys
from fastapi.testclient import TestClient
from crosscheck.web import create_app
client = TestClient(create_app(sys.argv[1]), base_url="http://127.0.0.1")
answer = client.get(sys.argv[2], params={"q": sys.argv[3]})
print(answer.status_code, answer.text)
"""


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("search") / "sample.db"
    store = open_store(db)
    try:
        ingest([SAMPLE], store)
    finally:
        store.close()
    return str(db)


@pytest.mark.parametrize("route", ["/api/stories", "/"])
@pytest.mark.parametrize("query", [" ".join(["a"] * 15_000), " ".join(["the"] * 1_000),
                                   " ".join(f"w{i}" for i in range(1_000))])
def test_a_huge_query_is_refused_at_once_saying_so(sample_store, route, query):
    done = run_bounded(ASK, seconds=20, memory_mb=1500, args=(sample_store, route, query))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("400 "), done.stdout
    assert "search query too long" in done.stdout and "use fewer words" in done.stdout


def test_the_costliest_query_within_the_bounds_is_answered(sample_store):
    # 32 distinct common words, each matching many articles: the worst case left.
    common = ("the a of in to and on at by for was were with from that said is it as an be "
              "has have had are not but or he she they")
    done = run_bounded(ASK, seconds=20, memory_mb=1500,
                       args=(sample_store, "/api/stories", common))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("200 "), done.stdout
