"""What a word search may cost: the bounds both stores apply to a query.

A search is a GET, so any web page the operator visits can fire one (from an
``<img>``), and FTS5's cost grows with the square of the number of query
phrases that match the same rows: 1,000 copies of "the" took 0.8 s on the
13-article sample store, 3,000 took 6.6 s, 15,000 a minute. So before any SQL
runs, a query is

1. bounded in length (:data:`MAX_QUERY_CHARS`),
2. cut into words, repeated words counted once (case aside),
3. bounded in distinct words (:data:`MAX_QUERY_WORDS`),

and each store stops a search that runs past :data:`SEARCH_SECONDS` (SQLite
with a progress handler, PostgreSQL with ``statement_timeout``). Every refusal
is a :class:`~crosscheck.errors.QueryRefused` saying how to narrow the query.
``bench/bench_search.py`` measures the cost for 1 to 10,000 query words.
"""

from __future__ import annotations

from ..errors import QueryRefused

# A headline pasted whole is under 150 characters; 500 leaves room for a few
# names and places, and a query this long costs under 5 ms on the sample store
# (bench/bench_search.py), where 30 KB cost a minute before the bound.
MAX_QUERY_CHARS = 500
# Every word must occur, so beyond a dozen words a query finds almost nothing;
# 32 distinct words that all match the same article cost about 2 ms on the
# sample store. The cost is linear in the words up to this bound.
MAX_QUERY_WORDS = 32
# A bounded query on a 2,000-article store answers in milliseconds; 3 s is
# three orders of magnitude of slack, and still frees the server's worker
# long before a browser gives up on the page.
SEARCH_SECONDS = 3.0


def query_words(words: str) -> list[str]:
    """The distinct words of a search query, in the order typed (a word seen
    again in another case is dropped), or :class:`QueryRefused` when the query
    is over the bounds above."""
    if len(words) > MAX_QUERY_CHARS:
        raise QueryRefused(f"search query too long: {len(words):,} characters, at most "
                           f"{MAX_QUERY_CHARS} are searched; use fewer words")
    seen: dict[str, str] = {}
    for word in words.split():
        seen.setdefault(word.lower(), word)  # as FTS5 folds case (not casefold: ß)
    if len(seen) > MAX_QUERY_WORDS:
        raise QueryRefused(f"search query too long: {len(seen)} different words, at most "
                           f"{MAX_QUERY_WORDS} are searched; use fewer words")
    return list(seen.values())


def too_slow() -> QueryRefused:
    """The refusal for a search stopped at its deadline."""
    return QueryRefused(f"search stopped after {SEARCH_SECONDS:g} s; use fewer or rarer words")
