"""What a word search may cost (crosscheck.store.search), on both stores: the
bounds on a query and the deadline on a search."""

from __future__ import annotations

import pytest

from crosscheck.errors import InputError, QueryRefused
from crosscheck.models import Article, RawDoc
from crosscheck.store import search
from crosscheck.store.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS, query_words


def _put(store, i: int, text: str) -> None:
    article = Article(id=f"a{i}", origin=f"f{i}.txt", title=f"Story {i}",
                      published=None, text=text)
    store.add_raw(RawDoc(article.id, article.origin, "text", text, {}, "txt"))
    store.put_article(article)


@pytest.mark.parametrize("query, words", [
    ("miners", ["miners"]),
    ("miners MINERS Miners trapped miners", ["miners", "trapped"]),
    ("  ", []),
    ("Straße STRASSE", ["Straße", "STRASSE"]),  # FTS5 lower-cases but does not fold ß
])
def test_a_word_repeated_counts_once(query, words):
    assert query_words(query) == words


def test_a_query_over_the_bounds_is_refused_saying_what_to_do():
    assert len(query_words(" ".join(f"w{i}" for i in range(MAX_QUERY_WORDS)))) == MAX_QUERY_WORDS
    with pytest.raises(QueryRefused, match=r"33 different words, at most 32 .*use fewer"):
        query_words(" ".join(f"w{i}" for i in range(MAX_QUERY_WORDS + 1)))
    with pytest.raises(QueryRefused, match=r"too long: 15,000 characters.*use fewer"):
        query_words("a" * 15_000)
    assert query_words("the " * (MAX_QUERY_CHARS // 4)) == ["the"]
    assert issubclass(QueryRefused, InputError)


def test_repeated_words_find_what_the_word_finds(store):
    _put(store, 1, "Twelve miners remain trapped.")
    _put(store, 2, "The river rose.")
    assert store.search_articles("miners " * 60) == store.search_articles("miners") == ["a1"]
    with pytest.raises(QueryRefused):
        store.search_articles(" ".join(f"w{i}" for i in range(100)))


@pytest.mark.parametrize("query", ["miners\x00", "\x00miners", "mi\x1bners\x00\x7f", "miners\u0085"])
def test_control_characters_in_a_query_separate_words(store, query):
    # A NUL ended FTS5's quoted string early: "unterminated string", a 500 on
    # the web page; PostgreSQL refuses a NUL in any string.
    _put(store, 1, "Twelve miners remain trapped.")
    _put(store, 2, "The river rose.")
    found = store.search_articles(query)
    assert found == (["a1"] if "miners" in query else [])
    assert store.search_articles("\x00") == []


def test_a_search_past_its_deadline_is_stopped(store, monkeypatch):
    # Enough text that ranking 32 matching words takes more than the deadline
    # below (1 ms, the least PostgreSQL's statement_timeout takes).
    words = [f"word{i}" for i in range(MAX_QUERY_WORDS)]
    for i in range(200):
        _put(store, i, " ".join(words * 40))
    query = " ".join(words)
    assert len(store.search_articles(query, limit=-1)) == 200
    monkeypatch.setattr(search, "SEARCH_SECONDS", 0.0)
    with pytest.raises(QueryRefused, match="search stopped after 0 s; use fewer or rarer words"):
        store.search_articles(query, limit=-1)
    monkeypatch.undo()
    assert len(store.search_articles(query, limit=-1)) == 200  # the store is still usable
