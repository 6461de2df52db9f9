"""What a word search may cost: the bounds both stores apply to a query.

A search is a GET, so any web page the operator visits can fire one (from an
``<img>``), and FTS5's cost grows with the square of the number of query
phrases that match the same rows: on 2,361 Baly articles, 10 copies of "the"
took 0.1 s, 100 took 5.1 s, 1,000 over two minutes (bench/bench_search.py).
So before any SQL runs, a query is

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
# names and places.
MAX_QUERY_CHARS = 500
# Every word must occur, so beyond a dozen words a query finds almost nothing.
# The costliest query left, 32 common words ("the a of in ..."), takes 35 ms
# on 2,361 Baly articles with SQLite (bench/bench_search.py); re-run the
# benchmark before raising this.
MAX_QUERY_WORDS = 32
# Two orders of magnitude over that worst case, for bigger stores and
# PostgreSQL (whose ts_rank is slower on phrases), and still a worker freed
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
