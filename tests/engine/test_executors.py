"""The executors run the same stage list and give the same records.

Vectors are compared exactly, as bytes, not to a tolerance: every executor
here runs the same onnxruntime build on the same CPU, and the embedding of a
text does not depend on which texts share its batch (measured: one call over
96 leads and calls of 7 give bit-identical rows), so any difference is a bug
in how records travel. Across machines with other CPUs a tolerance would be
needed; that is not what this test is about.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import numpy as np
import pytest

from crosscheck.embed import VECTOR_CACHE_ENV
from crosscheck.engine import STAGES, LocalExecutor, RayExecutor, Stage
from crosscheck.engine.stages import run_stages
from crosscheck.errors import CrosscheckError, InputError
from crosscheck.eval import shared_data

#: 80 real articles in two shards (plus one broken line, refused). Texts are
#: cut to their first 1,500 characters: claims cost grows with length, and the
#: executors, not the stages, are under test (about 3x faster than whole texts).
#: 80, not the 200 of before: each shard still holds several batches of every
#: stage, and the three runs here had cost 520 s of a fresh `make test`.
ARTICLES = 80
FIRST_SHARD = 52
TEXT_CHARS = 1500


@pytest.fixture(scope="module", autouse=True)
def no_disk_vectors():
    """Every executor here embeds its texts itself (a pool's workers inherit
    this environment): the run's on-disk vector folder (tests/conftest.py)
    would let the second run read back what the first computed."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(VECTOR_CACHE_ENV, raising=False)
        yield


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    # conftest's data_dir is per test; this corpus is built once for the module.
    data_dir = shared_data()
    if data_dir is None:
        pytest.skip("../shared/data is absent (it is present in CI)")
    folder = tmp_path_factory.mktemp("shards")
    with gzip.open(data_dir / "baly-articles" / "baly-articles-8k.jsonl.gz", "rt") as f:
        rows = [json.loads(next(f)) for _ in range(ARTICLES)]
    lines = [json.dumps(r | {"text": r["text"][:TEXT_CHARS]}) for r in rows]
    first, second = folder / "a.jsonl", folder / "b.jsonl"
    first.write_text("\n".join(lines[:FIRST_SHARD]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[FIRST_SHARD:] + ["{not json"]) + "\n", encoding="utf-8")
    return [str(first), str(second)]


def _records(executor, shards):
    return [record for batch in executor.run(STAGES, shards) for record in batch]


@pytest.fixture(scope="module")
def in_process(shards):
    return _records(LocalExecutor(1), shards)


def test_stages_make_every_output(in_process, shards):
    docs = [r for r in in_process if r["kind"] == "doc"]
    assert len(docs) == ARTICLES
    assert [r["shard"] for r in in_process if r["kind"] == "end"] == shards
    refused = [r for r in in_process if r["kind"] == "refusal"]
    broken_line = ARTICLES - FIRST_SHARD + 1
    assert [r["origin"] for r in refused] == [f"{shards[1]}#{broken_line}"]
    assert all(r["made_by"] == [s.version for s in STAGES] for r in docs)
    vectors = np.stack([np.frombuffer(r["vector"], dtype="<f4") for r in docs])
    assert vectors.shape == (ARTICLES, 384)
    # float16 values (embed.py): unit length to within 1e-4.
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    assert all(len(r["sentences"]) % (8 + 384 * 2) == 0 and r["sentences"] for r in docs)
    assert all(len(r["minhash"]) == 128 for r in docs)
    assert sum(len(json.loads(r["claims"])) for r in docs) > ARTICLES  # news states things


def test_process_pool_gives_the_same_records(in_process, shards):
    assert _records(LocalExecutor(2), shards) == in_process


def test_ray_gives_the_same_records(in_process, shards, ray_session):
    assert _records(RayExecutor(workers=2), shards) == in_process


def _drop_last(records, context):
    return records[:-1]


def _fail(records, context):
    raise ValueError("boom")


def test_runner_names_the_stage_that_failed():
    record = {"kind": "end", "shard": "s", "origin": "s"}
    with pytest.raises(CrosscheckError, match="drop.v1 returned other records"):
        run_stages([Stage("drop", "drop.v1", _drop_last)], [None], [record])
    with pytest.raises(CrosscheckError, match=r"stage fail.v2 failed .* \(ValueError: boom\)"):
        run_stages([Stage("fail", "fail.v2", _fail)], [None], [record])


def test_engine_imports_neither_ray_nor_pyarrow():
    code = "import sys, crosscheck.engine; print('ray' in sys.modules, 'pyarrow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_ray_missing_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(InputError, match=r"pip install 'crosscheck\[ray\]'"):
        next(RayExecutor(2).run(STAGES, ["x.jsonl"]))


def test_workers_must_be_positive():
    with pytest.raises(InputError, match="^workers must be 1 or more, not 0$"):
        LocalExecutor(0)
    with pytest.raises(InputError, match="^workers must be 1 or more, not 0$"):
        RayExecutor(0)
