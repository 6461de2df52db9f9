"""The story step on the workers gives the store one process gives.

The sample corpus (and, when ``../shared/data`` is there, a few AllSides
stories of several outlets each) is ingested and its claims extracted once;
copies of that store then get their stories from this process, a pool of two
and Ray with two actors. The new articles' features and the story builds run
on the workers; the stored stories (with findings, briefs and timelines),
articles (with relations and inferred dates) and claims must be equal, and
the stories' JSON identical byte for byte.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict

import pytest

from crosscheck.engine import LocalExecutor, RayExecutor
from crosscheck.eval import shared_data
from crosscheck.pipeline import extract, ingest, rebuild_stale_stories, update_stories
from crosscheck.store import open_store

#: AllSides stories taken with the sample: each has several outlets, so their
#: builds align facts across articles and embed sentences.
ALLSIDES_STORIES = 4


def _allsides_rows() -> list[dict]:
    data = shared_data()
    if data is None:
        return []
    path = data / "allsides-stories" / "allsides-stories-dev.jsonl"
    with open(path, encoding="utf-8") as f:
        stories = [json.loads(line) for line, _ in zip(f, range(ALLSIDES_STORIES))]
    # As the Baly dump is laid out, which ingest reads as news articles.
    return [{"id": f"allsides-{s['story']}-{a['outlet']}", "outlet": a["outlet"],
             "title": a.get("title"), "date": s["date"], "url": a.get("url"), "text": a["text"]}
            for s in stories for a in s["articles"]]


@pytest.fixture(scope="module")
def claimed(tmp_path_factory, sample_dir_module):
    """A store with the sample (and some AllSides articles) read and claimed, no stories."""
    folder = tmp_path_factory.mktemp("story-stage")
    paths = [sample_dir_module]
    rows = _allsides_rows()
    if rows:
        corpus = folder / "allsides.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        paths.append(corpus)
    store = open_store(folder / "claimed.db")
    ingest(paths, store)
    extract(store)
    store.close()
    return folder / "claimed.db"


@pytest.fixture(scope="module")
def sample_dir_module():
    from pathlib import Path

    return Path(__file__).resolve().parents[2] / "examples" / "sample"


def _stories_with(claimed, tmp_path, executor):
    path = tmp_path / f"{executor!r}.db"
    shutil.copy(claimed, path)
    store = open_store(path)
    try:
        update = update_stories(store, executor=executor)
        stories = store.stories()
        articles = store.articles()
        claims = store.claims([a.id for a in articles])
    finally:
        store.close()
    return update, stories, articles, claims


@pytest.fixture(scope="module")
def in_process(claimed, tmp_path_factory):
    return _stories_with(claimed, tmp_path_factory.mktemp("one"), None)


def _same(result, expected):
    update, stories, articles, claims = result
    assert update.changed == expected[0].changed
    assert stories == expected[1]
    assert [json.dumps(asdict(s), sort_keys=True) for s in stories] == \
        [json.dumps(asdict(s), sort_keys=True) for s in expected[1]]
    assert articles == expected[2]
    assert claims == expected[3]


def test_the_stories_are_built(in_process):
    update, stories, articles, _ = in_process
    assert len(update.changed) == len(stories) >= 3
    assert any(len(s.articles) >= 8 and s.brief and s.findings for s in stories)
    assert any(a.relations for a in articles)


def test_a_pool_of_two_builds_the_same_stories(claimed, tmp_path, in_process):
    _same(_stories_with(claimed, tmp_path, LocalExecutor(2)), in_process)


@pytest.mark.slow
def test_ray_builds_the_same_stories(claimed, tmp_path, in_process, ray_session):
    _same(_stories_with(claimed, tmp_path, RayExecutor(workers=2)), in_process)


def test_a_one_process_executor_is_this_process(claimed, tmp_path, in_process):
    _same(_stories_with(claimed, tmp_path, LocalExecutor(1)), in_process)


def test_sentence_vectors_stored_at_ingest_build_the_same_stories(claimed, tmp_path,
                                                                 in_process):
    # The claimed store was read by ingest + extract, which store no sentence
    # vectors: its builds made them. Stored beforehand, as the embed stage of
    # ingest_shards stores them, they must give the same stories, byte for
    # byte, and the builds must have none to add.
    from crosscheck.embed import MODEL_ID
    from crosscheck.sentence_vectors import embed_sentences

    path = tmp_path / "stored.db"
    shutil.copy(claimed, path)
    with open_store(path) as store:
        articles = store.articles()
        blobs = dict(zip((a.id for a in articles),
                         embed_sentences(articles, store.claims([a.id for a in articles]))))
        with store.transaction():
            for article_id, blob in blobs.items():
                store.put_sentence_vectors(article_id, MODEL_ID, blob)
    _same(_stories_with(path, tmp_path, None), in_process)
    with open_store(tmp_path / "None.db") as store:
        assert store.sentence_vectors(blobs, MODEL_ID) == blobs


def test_lead_vectors_stored_at_ingest_are_not_embedded_again(claimed, tmp_path, in_process,
                                                             embedded):
    # The embed stage of a Parquet run keeps each article's lead vector among
    # its sentence vectors; the story features read it there: the same
    # stories, byte for byte, and no lead embedded in the story step. A lead
    # whose article was cleaned again since (another text) is embedded again.
    from crosscheck.embed import MODEL_ID
    from crosscheck.group.features import lead_text
    from crosscheck.sentence_vectors import embed_sentences

    path = tmp_path / "leads.db"
    shutil.copy(claimed, path)
    with open_store(path) as store:
        articles = store.articles()
        leads = [lead_text(a) for a in articles]
        stale = articles[0].id
        blobs = embed_sentences(articles, store.claims([a.id for a in articles]),
                                also=[[lead + " (an older text)" if a.id == stale else lead]
                                      for a, lead in zip(articles, leads)])
        with store.transaction():
            for article, blob in zip(articles, blobs):
                store.put_sentence_vectors(article.id, MODEL_ID, blob)
    embedded.clear()
    _same(_stories_with(path, tmp_path, None), in_process)
    assert [t for t in embedded if t in leads] == [leads[0]]


def test_a_build_keeps_the_sentence_vectors_it_made(in_process, claimed, tmp_path):
    from crosscheck.embed import MODEL_ID

    _, stories, _, _ = in_process
    shared = {i for s in stories if len(s.articles) > 1 for i in s.articles}
    path = tmp_path / "kept.db"
    shutil.copy(claimed, path)
    with open_store(path) as store:
        assert store.sentence_vectors(shared, MODEL_ID) == {}
        update_stories(store)
        # Members of stories of several articles: kept for the next build;
        # an article alone in its story compares nothing, and got none.
        alone = {i for s in stories if len(s.articles) == 1 for i in s.articles}
        assert set(store.sentence_vectors(shared | alone, MODEL_ID)) == shared


def test_keyed_grouping_on_a_pool_gives_the_same_stories(claimed, tmp_path):
    def keyed(executor):
        path = tmp_path / f"keyed-{executor!r}.db"
        shutil.copy(claimed, path)
        with open_store(path) as store:
            update_stories(store, grouping="keyed", executor=executor)
            return store.stories()
    assert keyed(LocalExecutor(2)) == keyed(None)


def test_stale_stories_rebuilt_on_a_pool_are_the_ones_built_here(claimed, tmp_path, in_process):
    path = tmp_path / "stale.db"
    shutil.copy(claimed, path)
    with open_store(path) as store:
        update_stories(store, defer=lambda story: len(story.articles) >= 2)
        written = rebuild_stale_stories(store, executor=LocalExecutor(2))
        assert written and set(written) <= {s.id for s in in_process[1]}
        assert store.stories() == in_process[1]


def test_an_update_with_nothing_to_do_starts_no_pool(claimed, tmp_path, monkeypatch):
    import crosscheck.engine.local as local

    path = tmp_path / "done.db"
    shutil.copy(claimed, path)
    with open_store(path) as store:
        update_stories(store)
        monkeypatch.setattr(local, "ProcessPoolExecutor", None)  # would fail if called
        update = update_stories(store, executor=LocalExecutor(2))
    assert update.changed == () and update.kept > 0
