"""The whole pipeline on the sample corpus: one event is one story, copies are
recognised, disputes are found and compatible wordings are not called disputes."""

from pathlib import Path

import pytest

from crosscheck import brief_document, build_stories, ingest, open_store
from crosscheck.pipeline import extract


@pytest.fixture(scope="module")
def document(sample_dir_module, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("p") / "c.db")
    ingest([sample_dir_module], store)
    extract(store)
    doc = brief_document(store, build_stories(store))
    yield doc, store
    store.close()


@pytest.fixture(scope="module")
def sample_dir_module():
    return Path(__file__).resolve().parents[1] / "examples" / "sample"


def _story_of(doc, word):
    return [s for s in doc["stories"] if any(word in (a["title"] or "") for a in s["articles"])]


def test_two_similar_events_stay_apart(document):
    doc, _ = document
    [colliery] = _story_of(doc, "Harrowgate")
    assert not any("Brannock" in (a["title"] or "") for a in colliery["articles"])
    [mine] = _story_of(doc, "Brannock")
    assert len(mine["articles"]) >= 8


def test_copies_and_rewrites_are_related_and_counted_once(document):
    doc, _ = document
    [mine] = _story_of(doc, "Brannock")
    kinds = {r["kind"] for a in mine["articles"] for r in a["relations"]}
    assert {"syndicated", "rewrite"} <= kinds
    assert mine["sources"] < len(mine["articles"])


def test_disputes_are_found_and_compatible_tolls_are_not(document):
    doc, _ = document
    [mine] = _story_of(doc, "Brannock")
    conflicts = [f for f in mine["findings"] if f["status"] == "conflict"]
    assert any(f["kind"] == "role" and "former" in f["note"] for f in conflicts)
    assert any(f["kind"] == "figure" and "trapped" in f["topic"] for f in conflicts)
    killed = [f for f in mine["findings"] if f["kind"] == "figure" and "killed" in f["topic"]]
    assert killed and all(f["status"] != "conflict" for f in killed)
    assert mine["findings"][0]["status"] == "conflict"  # conflicts first


def test_the_dispute_holds_every_outlet_that_gives_either_count(document):
    """The company's 12 trapped (one outlet writes "12 miners are still
    missing") against the union's 13, each side with every article giving it,
    not one outlet's 12 against the 13s beside a separate agreement on 12."""
    doc, store = document
    [mine] = _story_of(doc, "Brannock")
    [dispute] = [f for f in mine["findings"] if f["status"] == "conflict" and f["kind"] == "figure"]
    by_id = {c.id: c for c in store.claims([a["id"] for a in mine["articles"]])}
    sides = {}
    for cid in dispute["claims"]:
        sides.setdefault(by_id[cid].figure.value, set()).add(by_id[cid].article)
    assert set(sides) == {12, 13}
    assert len(sides[12]) >= 6 and len(sides[13]) >= 4
    assert not [f for f in mine["findings"] if f["kind"] == "figure" and f["status"] == "agree"
                and {by_id[c].figure.value for c in f["claims"] if c in by_id} == {12}
                and "miner" in f["topic"]]


def test_the_brief_cites_and_states_disputes(document):
    doc, _ = document
    [mine] = _story_of(doc, "Brannock")
    ids = {a["id"] for a in mine["articles"]}
    assert 5 <= len(mine["brief"]) <= 10
    for sentence in mine["brief"]:
        assert sentence["sources"] and set(sentence["sources"]) <= ids
    assert any(s["text"].startswith("Disputed") for s in mine["brief"])
    texts = {a["id"]: a["text"] for a in mine["articles"]}
    for sentence in mine["brief"]:
        if not sentence["text"].startswith("Disputed"):
            assert any(sentence["text"] in texts[i] for i in sentence["sources"])


def test_timeline_is_ordered_and_sourced(document):
    doc, _ = document
    [mine] = _story_of(doc, "Brannock")
    dates = [e["date"] for e in mine["timeline"]]
    assert dates == sorted(dates) and dates
    assert all(e["sources"] for e in mine["timeline"])


def test_a_sentence_telling_two_days_is_not_repeated_in_the_timeline(document):
    # "Mines Minister Adaeze Korrin, who visited the site on Monday night, said
    # she would announce further measures on Tuesday evening" tells two events.
    doc, _ = document
    for story in doc["stories"]:
        days_of = {}
        for entry in story["timeline"]:
            days_of.setdefault(entry["text"], set()).add(entry["date"])
        assert all(len(days) == 1 for days in days_of.values()), days_of
    [mine] = _story_of(doc, "Brannock")
    texts = [e["text"] for e in mine["timeline"]]
    # its Monday part is the minister's Monday-night visit that other outlets
    # tell too: one entry of that day citing them all (corroborate.v106), not
    # the two-day sentence again
    told = next(a["id"] for a in mine["articles"] if "who visited the site on Monday night"
                in a["text"])
    [monday] = [e for e in mine["timeline"] if e["text"].startswith("Mines Minister Adaeze Korrin")
                and told in e["sources"] and e["date"] == "2025-03-10"]
    assert len(monday["sources"]) >= 2
    # a sentence of one day stands whole
    assert {"The company's stock dropped 18 percent on Monday.",
            "Shares in the company fell 18 percent in Monday trading.",
            "Shares in Carrow Hill fell 18% on Monday, their steepest one-day drop since the "
            "company listed."} & set(texts)


def test_undated_articles_get_an_inferred_date(document):
    doc, _ = document
    for story in doc["stories"]:
        dated = [a for a in story["articles"] if a["published"]]
        for a in story["articles"]:
            if not a["published"] and dated:
                assert a["published_inferred"]


def test_rebuilding_changes_nothing(document):
    doc, store = document
    again = brief_document(store, build_stories(store))
    assert again == doc


def test_a_new_article_rebuilds_only_its_own_story(sample_dir_module, tmp_path):
    """Adding one article must not re-cluster or rebuild the world: the stories
    it does not join are left as they were, byte for byte."""
    from crosscheck.pipeline import update_stories

    store = open_store(tmp_path / "inc.db")
    late = sample_dir_module / "valley_courier_vigil.txt"
    ingest([p for p in sorted(sample_dir_module.iterdir()) if p != late], store)
    extract(store)
    first = update_stories(store)
    assert first.changed and not first.removed
    before = {s.id: s for s in store.stories()}
    assert update_stories(store).changed == ()  # nothing new: nothing rebuilt

    report = ingest([late], store)
    extract(store)
    second = update_stories(store)
    [new_id] = report.article_ids
    joined = store.story_ids_of_articles([new_id])
    assert set(second.changed) == joined
    assert second.kept == len(store.stories()) - len(second.changed)
    for story in store.stories():
        if story.id not in joined:
            assert story == before[story.id]
    store.close()


def test_the_story_step_reads_the_names_the_claims_stage_stored(sample_dir_module, tmp_path,
                                                               monkeypatch):
    """The claims stage stores each article's names, so the story step runs no
    spaCy pass of its own; a store without them (older, or its names of
    another reading) gets the same stories, the names read in the story step."""
    import crosscheck.group.features as features
    from crosscheck.pipeline import update_stories

    stores = []
    for name in ("stored", "read"):
        store = open_store(tmp_path / f"{name}.db")
        ingest([sample_dir_module], store)
        extract(store)
        ids = store.article_ids()
        assert set(store.names(ids, features.NAMES_READER)) == set(ids)
        stores.append(store)
    stored, read = stores
    with read.transaction():
        read.db.execute("DELETE FROM article_names")
    real = features.read_names
    read_for = []

    def reading(articles):
        read_for.extend(a.id for a in articles)
        return real(articles)

    monkeypatch.setattr(features, "read_names", reading)
    update_stories(stored)
    assert read_for == []  # no article read again: no spaCy pass in the story step
    update_stories(read)
    assert sorted(read_for) == sorted(read.article_ids())
    assert stored.stories() == read.stories()
    for store in stores:
        store.close()


def test_the_story_step_reports_counts(sample_dir_module, tmp_path, monkeypatch):
    """The story step's progress has a total from its first call: the new
    articles to place, then the stories to rebuild (known once the articles
    are placed), counted story by story across write batches."""
    import crosscheck.pipeline as pipeline
    import crosscheck.story_update as story_update

    monkeypatch.setattr(story_update, "CLUSTER_BATCH", 5)
    monkeypatch.setattr(story_update, "STORY_BATCH", 2)
    store = open_store(tmp_path / "progress.db")
    late = sample_dir_module / "valley_courier_vigil.txt"
    ingest([p for p in sorted(sample_dir_module.iterdir()) if p != late], store)
    extract(store)
    articles = store.count_articles()
    calls = []
    first = pipeline.update_stories(store, progress=lambda *call: calls.append(call))
    placed = [(done, total) for step, done, total in calls if step == "assign"]
    rebuilt = [(done, total) for step, done, total in calls if step == "rebuild"]
    assert [step for step, _, _ in calls] == ["assign"] * len(placed) + ["rebuild"] * len(rebuilt)
    assert placed == [(n, articles) for n in [0, *range(5, articles, 5), articles]]
    stories = len(first.changed)
    assert stories > 2 and rebuilt == [(n, stories) for n in range(stories + 1)]

    calls.clear()
    pipeline.update_stories(store, progress=lambda *call: calls.append(call))
    assert calls == [("rebuild", 0, 0)]  # nothing new: no article to place, nothing to rebuild

    ingest([late], store)
    extract(store)
    calls.clear()
    second = pipeline.update_stories(store, progress=lambda *call: calls.append(call))
    assert calls == [("assign", 0, 1), ("assign", 1, 1), ("rebuild", 0, 1), ("rebuild", 1, 1)]
    assert len(second.changed) == 1

    calls.clear()  # keyed grouping counts every article whose features it makes
    pipeline.update_stories(store, grouping="keyed", progress=lambda *call: calls.append(call))
    placed = [(done, total) for step, done, total in calls if step == "assign"]
    assert placed == [(n, articles + 1) for n in [0, *range(5, articles + 1, 5), articles + 1]]
    assert calls[len(placed)][:2] == ("rebuild", 0)
    store.close()


def test_an_article_whose_claims_fail_is_refused_and_the_rest_go_on(sample_dir_module, tmp_path,
                                                                    monkeypatch):
    """A bug in an extractor met by one article must not stop the run: that
    article keeps no claims and a one-line refusal; the others, and the
    sharded engine, go on and agree."""
    import crosscheck.claims as claims_module
    from crosscheck.engine import LocalExecutor, ingest_shards

    real = claims_module._claims_of

    def failing(article, sentences):
        if "Grace Lindqvist" in article.text:
            raise ValueError("an extractor bug")
        return real(article, sentences)

    monkeypatch.setattr(claims_module, "_claims_of", failing)
    stores = []
    for name in ("plain", "engine"):
        store = open_store(tmp_path / f"{name}.db")
        if name == "plain":
            ingest([sample_dir_module], store)
            extract(store)
        else:
            ingest_shards([sample_dir_module], store, LocalExecutor(1))
        [bad] = [a for a in store.articles() if "Grace Lindqvist" in a.text]
        assert store.claims([bad.id]) == []
        reasons = [r.reason for r in store.refusals() if r.origin == bad.origin]
        assert reasons == ["claims could not be extracted (ValueError: an extractor bug); "
                           "please report this input"]
        others = [a.id for a in store.articles() if a.id != bad.id]
        assert len(store.claims(others)) > 50
        stores.append(store)
    plain, engine = stores
    assert plain.refusals() == engine.refusals()
    assert plain.claims(plain.article_ids()) == engine.claims(engine.article_ids())


def test_keyed_grouping_then_incremental_updates(sample_dir_module, tmp_path):
    """An archive grouped by the keyed steps becomes the clustering state: a
    later article joins its story one by one, rebuilding only that story."""
    from crosscheck.pipeline import update_stories

    store = open_store(tmp_path / "keyed.db")
    late = sample_dir_module / "valley_courier_vigil.txt"
    ingest([p for p in sorted(sample_dir_module.iterdir()) if p != late], store)
    extract(store)
    keyed = update_stories(store, grouping="keyed")
    assert keyed.changed
    [main] = [s for s in store.stories() if "Brannock" in s.headline and len(s.articles) >= 7]
    before = {s.id: s for s in store.stories()}
    assert update_stories(store, grouping="keyed").changed == ()  # regrouping: the same

    report = ingest([late], store)
    extract(store)
    second = update_stories(store)
    assert set(second.changed) == store.story_ids_of_articles(report.article_ids) == {main.id}
    assert all(s == before[s.id] for s in store.stories() if s.id != main.id)
    with pytest.raises(Exception, match="unknown grouping"):
        update_stories(store, grouping="magic")
    store.close()


def test_new_relation_rules_rebuild_stored_stories(sample_dir_module, tmp_path, monkeypatch):
    """Which articles are copies decides how many independent sources a finding
    counts, so stories stored under other relation rules are built again."""
    import crosscheck.pipeline as pipeline
    import crosscheck.story_update as story_update
    from crosscheck.group.relations import RELATIONS

    store = open_store(tmp_path / "rel.db")
    ingest([sample_dir_module], store)
    extract(store)
    built = pipeline.update_stories(store).changed
    assert built and pipeline.update_stories(store).changed == ()
    monkeypatch.setattr(story_update, "STORY_STAGES",
                        story_update.STORY_STAGES.replace(RELATIONS, "relations.v-next"))
    assert len(pipeline.update_stories(store).changed) == len(built)
    store.close()


# The dateline and the teaser furniture go in cleaning; what is left is counted.
_STORY = ("Rescuers pulled five miners alive from the collapsed Brannock Deep gold mine on "
          "Tuesday, and twelve more are still trapped underground, the operator said.")


def test_a_text_too_short_for_an_article_is_refused_with_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text("x\n", encoding="utf-8")
    (folder / "teaser.txt").write_text("Quake hits coastal town.\n", encoding="utf-8")
    (folder / "story.txt").write_text(_STORY + "\n", encoding="utf-8")
    # Just at the bar (brief.MIN_WORDS): read, not refused.
    (folder / "eight.txt").write_text("The mine reopened on Monday after a safety review.\n",
                                      encoding="utf-8")
    store = open_store(tmp_path / "c.db")
    report = ingest([folder], store)
    reasons = {Path(r.origin).name: r.reason for r in report.refused}
    assert reasons == {
        "x.txt": "too short for an article: 1 word after cleaning; crosscheck reads texts of "
                 "8 words or more",
        "teaser.txt": "too short for an article: 4 words after cleaning; crosscheck reads texts "
                      "of 8 words or more"}
    assert report.read == 4 and report.new == 2
    assert sorted(Path(a.origin).name for a in store.articles()) == ["eight.txt", "story.txt"]
    # Ingesting the same folder again refuses the same files and stores nothing new.
    again = ingest([folder], store)
    assert {Path(r.origin).name for r in again.refused} == set(reasons)
    assert again.new == 0 and again.known == 2 and len(store.articles()) == 2
    store.close()
