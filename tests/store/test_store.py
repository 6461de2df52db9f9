"""What every store does, checked on each (the ``store`` fixture runs every test
here against SQLite and PostgreSQL): round trips, idempotent writes, orders,
word search, transactions."""

import inspect
from dataclasses import replace

import pytest

from crosscheck.errors import NotFound
from crosscheck.models import (Article, Claim, Cited, Event, Figure, Finding, RawDoc, Refusal,
                               Relation, Story)
from crosscheck.store import PostgresStore, SQLiteStore, Store, open_store


def _article(i: int = 1, **changes) -> Article:
    article = Article(id=f"a{i}", origin=f"file{i}.txt", title="Five rescued",
                      published="2025-03-11", text="Twelve miners remain trapped.",
                      removed=("4 Min Read",), outlet="Courier", agencies=("Reuters",),
                      cited_media=("Radio Veldt",), relations=(Relation("a2", "syndicated", 0.93),),
                      dateline="Kestrel Falls", stage="clean.v1")
    return replace(article, **changes)


def _put(store, *articles: Article) -> None:
    for article in articles:
        store.add_raw(RawDoc(article.id, article.origin, "text", article.text, {}, "txt"))
        store.put_article(article)


def _claim(i: int, article: str = "a1") -> Claim:
    return Claim(id=f"c{i}", article=article, kind="figure",
                 sentence="Twelve miners remain trapped.", span=(0, 29), figure=Figure("miners trapped", 12, 12, 12, "exact"),
                 extractor="figures.v1")


def _story(story_id: str, last_date: str | None, articles=("a1",)) -> Story:
    return Story(id=story_id, headline=f"Story {story_id}", articles=tuple(articles),
                 last_date=last_date, first_date=last_date)


def test_raw_documents_are_kept_once(store):
    raw = RawDoc.make("x.txt", "text", "Twelve miners remain trapped.")
    assert store.add_raw(raw) is True
    assert store.add_raw(raw) is False
    assert store.add_raw(RawDoc.make("moved/x.txt", "text", "Twelve miners remain trapped.")) \
        is False  # same content elsewhere: the same document
    assert [r.id for r in store.raw_docs()] == [raw.id]
    assert store.get_raw(raw.id) == raw


def test_raw_documents_come_back_in_the_order_they_came_in(store):
    raws = [RawDoc.make(f"{n}.txt", "text", f"Document {n}.") for n in ("z", "B", "a", "m")]
    for raw in raws:
        store.add_raw(raw)
    store.add_raw(raws[0])  # known: keeps its place
    assert list(store.raw_docs()) == raws
    with pytest.raises(NotFound):
        store.get_raw("nope")


def test_many_raw_documents_stream_in_order(store):
    raws = [RawDoc.make(f"{n}.txt", "text", f"Document {n}.") for n in range(1234)]
    with store.transaction():
        for raw in reversed(raws):
            store.add_raw(raw)
    assert [r.id for r in store.raw_docs()] == [r.id for r in reversed(raws)]


def test_raw_content_is_kept_verbatim_even_with_nul(store):
    raw = RawDoc.make("odd.txt", "text", "Line one\x00 and the rest, café ✓", {"title": "T\x00"})
    store.add_raw(raw)
    assert store.get_raw(raw.id) == raw


def test_article_round_trip(store):
    article = _article()
    store.add_raw(RawDoc("a1", "file1.txt", "text", "Twelve miners remain trapped.", {}, "txt"))
    store.put_article(article)
    assert store.get_article("a1") == article
    assert store.article_stage("a1") == "clean.v1"
    assert store.article_stage("nope") is None
    store.put_article(article)  # upsert: still one
    assert store.count_articles() == 1
    assert store.search_articles("miners trapped") == ["a1"]
    assert store.search_articles('"; DROP TABLE articles; --') == []
    assert store.count_articles() == 1


def test_an_article_with_nul_in_its_title_is_stored(store):
    article = _article(title="Five\x00 rescued")
    _put(store, article)
    assert store.get_article("a1") == article


def test_articles_by_date_unknown_dates_last_then_id_byte_order(store):
    _put(store, _article(1, id="b", published=None), _article(2, id="a", published="2025-03-12"),
         _article(3, id="B", published="2025-03-12"), _article(4, id="_", published="2025-03-01"),
         _article(5, id="A", published=None))
    order = ["_", "B", "a", "A", "b"]  # byte order: "B" < "_" < "a"
    assert [a.id for a in store.articles()] == order
    assert store.articles_needing_claims("figures.v1") == order
    assert store.article_ids() == order
    assert [a.id for a in store.articles(["b", "a"])] == ["b", "a"]


def test_outlets_are_sorted_by_byte(store):
    _put(store, _article(1, outlet="courier"), _article(2, outlet="Zeta Times"),
         _article(3, outlet=None), _article(4, outlet="Courier"), _article(5, outlet="courier"))
    assert store.outlets() == ["Courier", "Zeta Times", "courier"]
    assert store.article_ids_of_outlet("courier") == ["a1", "a5"]
    assert store.article_ids_of_outlet("Nobody") == []


def test_search_needs_every_word_and_neither_stems_nor_minds_accents(store):
    _put(store, _article(1, title="Five rescued", text="Twelve miners remain trapped."),
         _article(2, title="Café owner", text="A miner spoke at the café in Zürich."),
         _article(3, title="Floods", text="Rivers rose; miners left early."))
    assert sorted(store.search_articles("miners")) == ["a1", "a3"]
    assert store.search_articles("miner") == ["a2"]  # no stemming, in either store
    assert store.search_articles("MINERS trapped") == ["a1"]
    assert store.search_articles("cafe zurich") == ["a2"]  # accents do not matter
    assert store.search_articles("rescued twelve") == ["a1"]  # title and body both count
    assert sorted(store.search_articles("miners -- ;")) == ["a1", "a3"]  # no letters: no condition
    assert store.search_articles("--") == []
    assert store.search_articles("") == []
    assert store.search_articles("whales") == []
    assert len(store.search_articles("miners", limit=1)) == 1
    assert sorted(store.search_articles("miners", limit=-1)) == ["a1", "a3"]


def test_a_huge_article_is_stored_whole_and_found_by_its_opening(store):
    # 1.9 MB of distinct words: more than one PostgreSQL tsvector can hold.
    text = " ".join(f"w{i}q{i * 7919 % 100_003}" for i in range(160_000))
    article = _article(text=text, title="Endless " * 20_000)
    _put(store, article)
    assert store.get_article("a1") == article
    assert store.search_articles("w10q79190") == ["a1"]


def test_search_finds_a_replaced_article_by_its_new_words_only(store):
    _put(store, _article(1, text="Twelve miners remain trapped."))
    _put(store, _article(1, text="All miners were brought out."))
    assert store.search_articles("trapped") == []
    assert store.search_articles("brought") == ["a1"]


def test_a_figure_keeps_the_label_and_unit_its_parse_gave(store):
    """Figure.label and Figure.written_unit are left out of a figure's
    comparisons (they say nothing it does not), so equality cannot show they
    were kept: they are read back one by one."""
    store.add_raw(RawDoc("a1", "file1.txt", "text", "x", {}, "txt"))
    store.put_article(_article())
    sentence = "The 18 Indian sailors had been held after a fall of about 60 metres."
    labelled = Claim(id="c1", article="a1", kind="figure", sentence=sentence, span=(0, 69),
                     figure=Figure("indian sailors had", 18, 18, 18, "exact",
                                   label="indian sailors"), extractor="figures.v8")
    measured = Claim(id="c2", article="a1", kind="figure", sentence=sentence, span=(0, 69),
                     figure=Figure("metres", 60, 54, 66, "about", label="metres",
                                   written_unit="metres"), extractor="figures.v8")
    older = _claim(3)  # made before labels were read: none
    store.put_claims("a1", [labelled, measured, older])
    read = {c.id: c.figure for c in store.claims(["a1"])}
    assert (read["c1"].label, read["c1"].written_unit) == ("indian sailors", None)
    assert (read["c2"].label, read["c2"].written_unit) == ("metres", "metres")
    assert (read["c3"].label, read["c3"].written_unit) == (None, None)


def test_an_event_keeps_the_time_words_its_sentence_gave(store):
    """Event.when_text is left out of an event's comparisons like a figure's
    label: read back one by one, "" (names none) apart from None (made
    before they were kept)."""
    store.add_raw(RawDoc("a1", "file1.txt", "text", "x", {}, "txt"))
    store.put_article(_article())
    sentence = "The envoy resigned on Thursday, weeks after the deportations began in September."
    made = [Claim(id=f"c{n}", article="a1", kind="event", sentence=sentence, span=(0, 80),
                  event=Event("envoy resigned", "2025-03-06", "Thursday", "past", when_text=when),
                  extractor="events.v11")
            for n, when in enumerate(("Thursday; September", "", None))]
    store.put_claims("a1", made)
    read = {c.id: c.event.when_text for c in store.claims(["a1"])}
    assert read == {"c0": "Thursday; September", "c1": "", "c2": None}


def test_claims_and_stories_round_trip(store):
    store.add_raw(RawDoc("a1", "file1.txt", "text", "x", {}, "txt"))
    store.put_article(_article())
    claim = _claim(1)
    store.put_claims("a1", [claim])
    store.put_claims("a1", [claim])  # replacing is idempotent
    assert store.claims(["a1"]) == [claim]
    story = Story(id="s1", headline="Five rescued", articles=("a1",), claims=("c1",),
                  findings=(Finding("f1", "figure", "miners trapped", "single-source", ("c1",),
                                    ("a1",), "Courier says 12.", 1),),
                  brief=(Cited("Twelve miners remain trapped.", ("a1",)),),
                  timeline=(Cited("Collapse", ("a1",), "2025-03-09"),),
                  first_date="2025-03-11", last_date="2025-03-11")
    store.put_stories([story])
    assert store.get_story("s1") == story
    assert store.stories() == [story]


def test_claims_come_in_the_order_given_then_written(store):
    _put(store, _article(1), _article(2))
    store.put_claims("a2", [_claim(9, "a2"), _claim(3, "a2")])
    store.put_claims("a1", [_claim(5), _claim(1)])
    ids = lambda claims: [c.id for c in claims]  # noqa: E731
    assert ids(store.claims(["a2", "a1"])) == ["c9", "c3", "c5", "c1"]
    assert ids(store.claims(["a1", "nope", "a1"])) == ["c5", "c1", "c5", "c1"]
    store.put_claims("a1", [_claim(1)])  # replaced: c5 is gone
    assert ids(store.claims(["a1"])) == ["c1"]
    assert store.claims([]) == []


def test_claim_versions_say_which_articles_to_read_again(store):
    _put(store, _article(1), _article(2, published="2025-03-01"))
    assert store.articles_needing_claims("v1") == ["a2", "a1"]
    store.set_claim_version("a1", "v1")
    assert store.articles_needing_claims("v1") == ["a2"]
    store.set_claim_version("a2", "v1")
    store.set_claim_version("a2", "v2")
    assert store.articles_needing_claims("v1") == ["a2"]
    assert store.article_versions() == {"a1": "clean.v1|v1", "a2": "clean.v1|v2"}
    _put(store, _article(3, stage="clean.v2"))
    assert store.article_versions()["a3"] == "clean.v2|"


def test_stories_newest_first_unknown_dates_last(store):
    _put(store, _article(1), _article(2))
    store.put_stories([_story("s3", None), _story("s1", "2025-03-10"), _story("S2", "2025-03-11"),
                       _story("s2", "2025-03-11", articles=("a1", "a2"))])
    assert [s.id for s in store.stories()] == ["S2", "s2", "s1", "s3"]
    assert store.count_stories() == 4
    summaries = store.story_summaries()
    assert [s["id"] for s in summaries] == ["S2", "s2", "s1", "s3"]
    assert summaries[1] == {"id": "s2", "headline": "Story s2", "first_date": "2025-03-11",
                            "last_date": "2025-03-11", "articles": 2, "sources": 0,
                            "conflicts": 0}
    assert [s["id"] for s in store.story_summaries(limit=2, offset=1)] == ["s2", "s1"]
    assert [s["id"] for s in store.story_summaries(offset=3)] == ["s3"]
    assert store.story_ids_of_articles(["a2", "nope"]) == {"s2"}
    assert store.story_ids_of_articles([]) == set()
    assert store.story_ids_of_articles(["a1"]) == {"s1", "S2", "s2", "s3"}


def test_stories_are_replaced_or_added(store):
    _put(store, _article(1), _article(2))
    store.put_stories([_story("s1", "2025-03-10"), _story("s2", "2025-03-11")])
    store.put_stories([_story("s3", "2025-03-12", articles=("a2",))])
    assert [s.id for s in store.stories()] == ["s3"]
    assert store.story_ids_of_articles(["a1"]) == set()
    store.put_stories([_story("s3", "2025-03-09", articles=("a2",)), _story("s4", None)],
                      replace=False)
    assert [(s.id, s.last_date) for s in store.stories()] == [("s3", "2025-03-09"),
                                                              ("s4", None)]
    store.put_stories([_story("s3", "2025-03-09", articles=("a1",))], replace=False)
    assert store.story_ids_of_articles(["a2"]) == set()  # members replaced too
    assert store.story_ids_of_articles(["a1"]) == {"s3", "s4"}


def test_stories_are_deleted_and_known_by_fingerprint(store):
    _put(store, _article(1), _article(2))
    store.put_stories([replace(_story("s1", "2025-03-10"), fingerprint="p1"),
                       _story("s2", "2025-03-11", articles=("a1", "a2"))])
    assert store.story_fingerprints() == {"s1": "p1", "s2": ""}
    assert store.story_fingerprint("s1") == "p1" and store.story_fingerprint("s2") == ""
    with pytest.raises(NotFound, match="no story nope in"):
        store.story_fingerprint("nope")
    store.delete_stories(["s2", "nope"])
    assert [s.id for s in store.stories()] == ["s1"]
    assert store.story_ids_of_articles(["a2"]) == set()
    store.delete_stories([])
    assert store.count_stories() == 1


def test_missing_ids_name_the_id_and_the_store_and_no_command(store):
    # The library has no command to suggest: the CLI adds "list them with: ..."
    for lookup, kind in ((store.get_article, "article"), (store.get_story, "story")):
        with pytest.raises(NotFound, match=f"^no {kind} nope in ") as missing:
            lookup("nope")
        assert store.path in str(missing.value) and "crosscheck " not in str(missing.value)


def test_refusals_are_kept_once_and_sorted(store):
    store.add_refusal(Refusal("bad.pdf", "binary file"))
    store.add_refusal(Refusal("bad.pdf", "binary file"))
    store.add_refusal(Refusal("a.bin", "empty"))
    store.add_refusal(Refusal("B.bin", "empty"))
    assert store.refusals() == [Refusal("B.bin", "empty"), Refusal("a.bin", "empty"),
                                Refusal("bad.pdf", "binary file")]


def test_a_refusal_naming_a_nul_is_kept(store):
    # PostgreSQL text cannot hold NUL: that store keeps U+FFFD in its place.
    store.add_refusal(Refusal("odd\x00name.txt", "binary file"))
    [refusal] = store.refusals()
    assert refusal.origin in ("odd\x00name.txt", "odd\ufffdname.txt")


def test_finished_shards_are_remembered_by_path_and_size(store):
    assert store.shard_done("cc/part-0.warc.gz", 1000) is False
    store.mark_shard_done("cc/part-0.warc.gz", 1000, documents=40, refused=2,
                          finished="2026-11-23T10:00:00Z")
    assert store.shard_done("cc/part-0.warc.gz", 1000) is True
    assert store.shard_done("cc/part-0.warc.gz", 2000) is False  # grown or replaced: read again
    store.mark_shard_done("cc/part-0.warc.gz", 1000, documents=40, refused=2,
                          finished="2026-11-23T11:00:00Z")  # idempotent
    assert [s["documents"] for s in store.shards()] == [40]
    big = 5 * 2**30  # WARC files pass 2 GiB
    store.mark_shard_done("cc/part-1.warc.gz", big, documents=7, refused=0,
                          finished="2026-11-23T09:00:00Z")
    assert store.shards() == [
        {"shard": "cc/part-1.warc.gz", "size": big, "documents": 7, "refused": 0,
         "finished": "2026-11-23T09:00:00Z"},
        {"shard": "cc/part-0.warc.gz", "size": 1000, "documents": 40, "refused": 2,
         "finished": "2026-11-23T11:00:00Z"}]


def test_cluster_state_round_trip(store):
    assert store.get_cluster_state() is None
    store.put_cluster_state(b"\x00state\xff")
    store.put_cluster_state(b"\x00newer\xff")
    assert store.get_cluster_state() == b"\x00newer\xff"


def test_sentence_vectors_round_trip_by_article_and_model(store):
    _put(store, _article(1), _article(2))
    store.put_sentence_vectors("a1", "model-a", b"\x00old\xff")
    store.put_sentence_vectors("a1", "model-a", b"\x00vectors\xff")  # replaced
    store.put_sentence_vectors("a2", "model-b", b"other")
    assert store.sentence_vectors(["a1", "a2", "a3"], "model-a") == {"a1": b"\x00vectors\xff"}
    assert store.sentence_vectors(["a2"], "model-b") == {"a2": b"other"}
    assert store.sentence_vectors([f"a{i}" for i in range(1200)], "model-a") == {
        "a1": b"\x00vectors\xff"}  # more ids than SQLite binds at once
    assert store.sentence_vectors([], "model-a") == {}


def test_names_round_trip_by_article_and_reader(store):
    _put(store, _article(1), _article(2))
    store.put_names("a1", "reader-a", '{"names": []}')
    store.put_names("a1", "reader-a", '{"names": [["Ardenne", "GPE"]]}')  # replaced
    store.put_names("a2", "reader-b", '{"names": [["Dubois", "PERSON"]]}')
    assert store.names(["a1", "a2", "a3"], "reader-a") == {"a1": '{"names": [["Ardenne", "GPE"]]}'}
    assert store.names(["a2"], "reader-a") == {}  # another reading's names are not read
    assert store.names([f"a{i}" for i in range(1200)], "reader-b") == {
        "a2": '{"names": [["Dubois", "PERSON"]]}'}  # more ids than SQLite binds at once
    assert store.names([], "reader-a") == {}


def test_a_failed_transaction_leaves_nothing(store):
    raw = RawDoc.make("x.txt", "text", "Twelve miners remain trapped.")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_raw(raw)
            with store.transaction():  # nested: part of the outer one
                store.add_refusal(Refusal("bad.pdf", "binary file"))
            raise RuntimeError("stop")
    assert list(store.raw_docs()) == [] and store.refusals() == []
    with store.transaction():
        store.add_raw(raw)
    assert [r.id for r in store.raw_docs()] == [raw.id]


def test_a_store_is_a_context_manager_and_checks_itself(store_url):
    from crosscheck.store import open_store

    with open_store(store_url) as store:
        _put(store, _article())
        assert store.integrity_ok()
    with open_store(store_url) as store:  # reopened: same data, no migration again
        assert store.count_articles() == 1 and store.integrity_ok()


@pytest.mark.parametrize("cls", [SQLiteStore, PostgresStore])
def test_both_stores_have_the_public_methods_of_the_protocol(cls):
    def public(kind):
        # A store's methods may live in a part it is made of (store/*_cluster.py).
        members = {n: m for part in reversed(kind.__mro__) if part is not object
                   for n, m in vars(part).items()} if kind is not Store else vars(kind)
        return {name: inspect.signature(member) for name, member in members.items()
                if callable(member) and (not name.startswith("_")
                                         or name in ("__enter__", "__exit__"))}

    protocol, store = public(Store), public(cls)
    assert sorted(store) == sorted(protocol)
    for name, signature in protocol.items():
        assert list(store[name].parameters) == list(signature.parameters), name
        assert [p.default for p in store[name].parameters.values()] == \
            [p.default for p in signature.parameters.values()], name


def test_one_story_update_at_a_time_across_connections(store_url):
    """While one connection holds the story lock, another waits for it: two
    processes updating stories at once would undo each other's writes."""
    import threading
    import time

    first, second = open_store(store_url), open_store(store_url)
    order: list[str] = []
    held = threading.Event()

    def other() -> None:
        held.wait()
        with second.story_lock():
            order.append("second")

    thread = threading.Thread(target=other)
    thread.start()
    with first.story_lock():
        held.set()
        time.sleep(0.5)  # the other connection is waiting now
        order.append("first")
    thread.join(timeout=30)
    assert order == ["first", "second"]
    with first.story_lock():  # released: taken again at once
        pass
    first.close(), second.close()


def test_sqlite_story_lock_leaves_no_file_behind(tmp_path):
    """The lock file is removed when released, also when the update is cut short
    (Ctrl-C), and three updates in turn still exclude each other."""
    import threading

    path = tmp_path / "s.db"
    store = open_store(path)
    lock = tmp_path / "s.db.stories-lock"
    with pytest.raises(KeyboardInterrupt):
        with store.story_lock():
            assert lock.exists()
            raise KeyboardInterrupt
    assert not lock.exists()
    inside, most = [0], [0]

    def update() -> None:
        other = open_store(path)
        for _ in range(20):
            with other.story_lock():
                inside[0] += 1
                most[0] = max(most[0], inside[0])
                inside[0] -= 1
        other.close()

    threads = [threading.Thread(target=update) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert most[0] == 1 and not lock.exists()
    store.close()
