"""ingest_shards: the store as the normal pipeline leaves it, a ledger that
makes a relaunch resume, Parquet files anyone can read, and WARC shards."""

from __future__ import annotations

import gzip
import io
import json

import numpy as np
import pytest

from crosscheck.engine import LocalExecutor, RayExecutor, ingest_shards
from crosscheck.engine import shards as shards_module
from crosscheck.pipeline import CLAIMS_VERSION, extract, ingest
from crosscheck.store import open_store

pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in the test extra")

#: Texts cut to their first 1,500 characters: claims cost grows with length,
#: and what is under test is where results land, not the stages.
TEXT_CHARS = 1500


def _baly(data_dir, count):
    with gzip.open(data_dir / "baly-articles" / "baly-articles-8k.jsonl.gz", "rt") as f:
        rows = [json.loads(next(f)) for _ in range(count)]
    return [r | {"text": r["text"][:TEXT_CHARS]} for r in rows]


def _snapshot(store):
    """Everything ingest and extract write, in a comparable form."""
    articles = store.articles()
    return {
        "raw": sorted((r.id, r.origin, r.format, r.container, r.content, sorted(r.meta.items()))
                      for r in store.raw_docs()),
        "articles": articles,
        "claims": {a.id: store.claims([a.id]) for a in articles},
        "claim_versions": store.db.execute("SELECT article, extractors FROM claim_versions "
                                           "ORDER BY article").fetchall(),
        "refusals": store.refusals(),
    }


def _reference(tmp_path, shards):
    store = open_store(tmp_path / "reference.db")
    ingest(shards, store)
    extract(store)
    snapshot = _snapshot(store)
    store.close()
    return snapshot


class _KilledAfter:
    """Runs like LocalExecutor(1) but dies after ``batches`` batches, as a
    killed process would."""

    def __init__(self, batches):
        self.batches = batches

    def run(self, *args, **kwargs):
        for number, batch in enumerate(LocalExecutor(1).run(*args, **kwargs)):
            if number == self.batches:
                raise KeyboardInterrupt
            yield batch


@pytest.fixture
def jsonl_shards(data_dir, tmp_path):
    lines = [json.dumps(r) for r in _baly(data_dir, 40)]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    first.write_text("\n".join(lines[:25]) + "\n", encoding="utf-8")
    # A repeated article (known the second time) and a broken line (refused).
    second.write_bytes(gzip.compress(("\n".join(lines[25:] + lines[30:31] + ["{broken"])
                                      + "\n").encode("utf-8")))
    return [str(first), str(second)]


def test_killed_run_resumes_and_leaves_the_pipelines_store(jsonl_shards, tmp_path, monkeypatch):
    expected = _reference(tmp_path, jsonl_shards)
    monkeypatch.setattr(shards_module, "BATCH", 10)  # write mid-shard before the kill
    store = open_store(tmp_path / "engine.db")
    parquet = tmp_path / "parquet"

    # Batches: a's 25 records, a's end, b's 17 records (written, BATCH being 10
    # here), then the kill, before b's end marker.
    with pytest.raises(KeyboardInterrupt):
        ingest_shards(jsonl_shards, store, _KilledAfter(3), parquet_dir=parquet)
    assert [s["shard"] for s in store.shards()] == [str(tmp_path / "a.jsonl")]
    assert store.count_articles() > 25  # b's articles were written, b is not finished
    assert sorted(p.name.split("-")[0] for p in parquet.iterdir()) == ["a.jsonl", "a.jsonl"]

    seen = []
    report = ingest_shards(jsonl_shards, store, LocalExecutor(1), parquet_dir=parquet,
                           progress=seen.append)
    assert report.finished == [jsonl_shards[1]] and report.skipped == [jsonl_shards[0]]
    assert [str(p) for p in seen] == [jsonl_shards[1]]
    assert (report.read, report.new + report.known, report.claimed) == (16, 16, 16)
    assert [r.reason for r in report.refused] == [expected["refusals"][0].reason]
    assert _snapshot(store) == expected
    # The embed stage's sentence vectors are kept with every article.
    from crosscheck.embed import MODEL_ID

    ids = store.article_ids()
    assert set(store.sentence_vectors(ids, MODEL_ID)) == set(ids)
    ledger = {s["shard"]: (s["documents"], s["refused"]) for s in store.shards()}
    assert ledger[str(tmp_path / "b.jsonl.gz")] == (16, 1)

    again = ingest_shards(jsonl_shards, store, LocalExecutor(1), parquet_dir=parquet)
    assert again.finished == [] and again.skipped == jsonl_shards and again.read == 0
    assert _snapshot(store) == expected
    _check_parquet(parquet, store)
    store.close()


def test_ray_engine_leaves_the_pipelines_store(jsonl_shards, tmp_path, ray_session):
    expected = _reference(tmp_path, jsonl_shards)
    store = open_store(tmp_path / "engine.db")
    report = ingest_shards(jsonl_shards, store, RayExecutor(workers=2),
                           parquet_dir=tmp_path / "parquet")
    assert report.finished == jsonl_shards
    assert _snapshot(store) == expected
    _check_parquet(tmp_path / "parquet", store)
    store.close()


def _check_parquet(folder, store):
    assert not list(folder.glob("*.tmp")), "a finished run leaves no temporary file"
    articles = pq.read_table(sorted(folder.glob("*.articles.parquet"))).to_pylist()
    claims = pq.read_table(sorted(folder.glob("*.claims.parquet"))).to_pylist()
    stored = store.articles()
    assert sorted(a["id"] for a in articles) == sorted(a.id for a in stored)
    assert len(claims) == len(store.claims([a.id for a in stored]))
    by_id = {a.id: a for a in stored}
    for row in articles:
        assert (row["title"], row["text"], row["stage"]) == (by_id[row["id"]].title,
                                                              by_id[row["id"]].text,
                                                              by_id[row["id"]].stage)
        # float16 values (embed.py): unit length to within 1e-4.
        assert abs(np.linalg.norm(row["vector"]) - 1) < 1e-4 and len(row["minhash"]) == 128
        assert CLAIMS_VERSION in row["made_by"]
    claim = claims[0]
    assert by_id[claim["article"]].text[claim["span_start"]:claim["span_end"]] == claim["sentence"]
    assert json.loads(claim["value"])  # the figure, quote, role or event


def _warc(path, articles):
    """A CC-NEWS-like shard: gzipped request, response and metadata records;
    responses carry HTTP headers and an HTML page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, article in enumerate(articles):
            url = f"https://news.example.com/{number}/{article['id']}"
            paragraphs = "".join(f"<p>{p}</p>" for p in article["text"].split("\n") if p.strip())
            html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{article['title']}"
                    f"</title></head><body><nav><a href='/'>Home</a></nav><article>"
                    f"<h1>{article['title']}</h1>{paragraphs}</article></body></html>")
            request = StatusAndHeaders("GET /{number} HTTP/1.1", [("Host", "news.example.com")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers))
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 120\n"),
                warc_content_type="application/warc-fields"))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example.com/logo.jpg", "response", payload=io.BytesIO(b"\xff\xd8"),
            http_headers=image))


def test_reads_a_cc_news_warc_shard(data_dir, tmp_path):
    articles = _baly(data_dir, 6)
    shard = tmp_path / "CC-NEWS-20161001000000-00001.warc.gz"
    _warc(shard, articles)
    expected = _reference(tmp_path, [str(shard)])
    store = open_store(tmp_path / "engine.db")
    report = ingest_shards([shard], store, LocalExecutor(1), parquet_dir=tmp_path / "parquet")
    assert (report.read, report.new, len(report.refused)) == (6, 6, 0)  # the image is no article
    snapshot = _snapshot(store)
    assert snapshot == expected
    assert sorted(r[1] for r in snapshot["raw"]) == sorted(
        f"https://news.example.com/{n}/{a['id']}" for n, a in enumerate(articles))
    by_title = {a["title"]: a for a in articles}
    for article in snapshot["articles"]:  # each page became its article, body and title
        longest = max(by_title[article.title]["text"].split("\n"), key=len)
        assert longest[:80] in article.text
    _check_parquet(tmp_path / "parquet", store)
    store.close()


def test_a_record_too_short_for_an_article_is_refused_as_the_pipeline_refuses_it(tmp_path):
    records = [{"id": "long", "title": "Five miners rescued",
                "text": "Rescuers pulled five miners alive from the collapsed gold mine on "
                        "Tuesday, and twelve more are still trapped underground."},
               {"id": "short", "text": "Developing story."}]
    shard = tmp_path / "a.jsonl"
    shard.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = open_store(tmp_path / "engine.db")
    report = ingest_shards([str(shard)], store, LocalExecutor(1))
    assert [a.origin for a in store.articles()] == [f"{shard}#long"]
    refused = {r.origin: r.reason for r in store.refusals()}
    assert refused == {f"{shard}#short": "too short for an article: 2 words after cleaning; "
                                          "crosscheck reads texts of 8 words or more"}
    assert [r.origin for r in report.refused] == [f"{shard}#short"]
    reference = _reference(tmp_path, [str(shard)])
    assert reference["refusals"] == store.refusals()
    store.close()
