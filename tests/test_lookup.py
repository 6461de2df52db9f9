"""Ids by their start, as git takes a commit's: the only match, or a message
listing the candidates."""

import pytest

from crosscheck.errors import InputError, NotFound
from crosscheck.lookup import find_article, find_story
from crosscheck.models import Article, RawDoc, Story


def _put_articles(store, *ids):
    for i in ids:
        store.add_raw(RawDoc(i, f"{i}.txt", "text", "Twelve miners remain trapped.", {}, "txt"))
        store.put_article(Article(id=i, origin=f"{i}.txt", title=None, published=None,
                                  text="Twelve miners remain trapped."))


@pytest.fixture
def filled(store):
    _put_articles(store, "a1b2c3", "a1b9ff", "a7e000")
    store.put_stories([Story(id=i, headline=i, articles=("a1b2c3",))
                       for i in ("sea51e89", "sea60000", "s0d041")])
    return store


@pytest.mark.parametrize("find, key, expected", [
    (find_article, "a1b2c3", "a1b2c3"),  # a whole id
    (find_article, "a7", "a7e000"),      # the only id starting so
    (find_article, "a1b9", "a1b9ff"),
    (find_story, "sea5", "sea51e89"),
    (find_story, "s0", "s0d041"),
])
def test_a_unique_prefix_finds_the_item(filled, find, key, expected):
    assert find(filled, key).id == expected


@pytest.mark.parametrize("find, key, candidates", [
    (find_article, "a1", ["a1b2c3", "a1b9ff"]),
    (find_story, "sea", ["sea51e89", "sea60000"]),
])
def test_an_ambiguous_prefix_lists_the_candidates(filled, find, key, candidates):
    with pytest.raises(InputError) as refused:
        find(filled, key)
    for candidate in candidates:
        assert candidate in str(refused.value)
    assert "more of the id" in str(refused.value)


@pytest.mark.parametrize("find, key", [(find_article, "b1"), (find_story, "sx"),
                                       (find_article, ""), (find_story, "")])
def test_no_match_is_not_found(filled, find, key):
    with pytest.raises(NotFound):
        find(filled, key)
