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

Each store's search query is here too (:func:`sqlite_search`,
:func:`postgres_search`), beside the bounds it applies, and what the
PostgreSQL store indexes (:data:`INDEX_SQL`, :func:`indexed`).
"""

from __future__ import annotations

import re
import sqlite3
import time
import unicodedata
from typing import Any

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


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def query_words(words: str) -> list[str]:
    """The distinct words of a search query, in the order typed (a word seen
    again in another case is dropped), or :class:`QueryRefused` when the query
    is over the bounds above."""
    if len(words) > MAX_QUERY_CHARS:
        raise QueryRefused(f"search query too long: {len(words):,} characters, at most "
                           f"{MAX_QUERY_CHARS} are searched; use fewer words")
    seen: dict[str, str] = {}
    # Control characters separate words: a NUL ends an FTS5 string early
    # ("unterminated string": the page failed with a 500) and PostgreSQL
    # refuses one in any string; no word of an article holds one.
    words = _CONTROLS.sub(" ", words)
    for word in words.split():
        seen.setdefault(word.lower(), word)  # as FTS5 folds case (not casefold: ß)
    if len(seen) > MAX_QUERY_WORDS:
        raise QueryRefused(f"search query too long: {len(seen)} different words, at most "
                           f"{MAX_QUERY_WORDS} are searched; use fewer words")
    return list(seen.values())


def too_slow() -> QueryRefused:
    """The refusal for a search stopped at its deadline."""
    return QueryRefused(f"search stopped after {SEARCH_SECONDS:g} s; use fewer or rarer words")


def sqlite_search(db: sqlite3.Connection, words: str, limit: int) -> list[str]:
    """Ids of articles matching ``words`` in the SQLite store's FTS5 index, best first."""
    terms = " ".join('"' + w.replace('"', '""') + '"' for w in query_words(words))
    if not terms:
        return []
    deadline = time.monotonic() + SEARCH_SECONDS
    # Asked every 1,000 virtual machine steps (well under a millisecond):
    # a non-zero answer interrupts the statement.
    db.set_progress_handler(lambda: time.monotonic() > deadline, 1000)
    try:
        rows = db.execute("SELECT a.id FROM article_search s JOIN articles a "
                          "ON a.rowid = s.rowid WHERE article_search MATCH ? "
                          "ORDER BY s.rank LIMIT ?", (terms, limit)).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise too_slow() from None
        raise
    finally:
        db.set_progress_handler(None, 0)
    return [r[0] for r in rows]


# Only the first 100,000 characters of a body are indexed for search: a tsvector
# holds at most 1 MB (a 1 MB one-line input would be refused whole) and
# PostgreSQL records no word position past 16,383, about 100,000 characters
# of English, so phrases further on could not be matched anyway.
SEARCH_CHARS = 100_000

# Searching uses the 'simple' text search configuration on purpose: it splits
# and lower-cases words but neither stems nor drops stop words, like FTS5's
# unicode61 tokenizer in the SQLite store ("miner" does not find "miners" in
# either). 'english' would find what the SQLite store does not. Accents are
# taken off in Python (searchable) as unicode61 does, which 'simple' does not.
INDEX_SQL = "to_tsvector('simple', %s) || to_tsvector('simple', %s)"
_QUERY_WORD_SQL = "phraseto_tsquery('simple', %s)"


def indexed(title: str | None, text: str) -> tuple[str, str]:
    """The two parameters of :data:`INDEX_SQL` for an article: its title and
    the start of its body, without accents."""
    return (searchable((title or "")[:1000]),  # no real headline is longer
            searchable(text[:SEARCH_CHARS]))


def postgres_search(conn: Any, words: str, limit: int | None) -> list[str]:
    """Ids of articles matching ``words`` in the PostgreSQL store's ``tsvector``
    column, best first (``limit`` None: all)."""
    import psycopg  # loaded already: the store is open

    # Each word is a bound parameter, never SQL; a word without letters or
    # digits gives an empty query, which drops out of the AND as in FTS5.
    terms = [searchable(w) for w in query_words(words)]
    if not terms:
        return []
    query = " && ".join([_QUERY_WORD_SQL] * len(terms))
    try:
        with conn.transaction("during a search"):
            # SET LOCAL: the limit ends with this transaction (0 would mean none).
            milliseconds = max(1, round(SEARCH_SECONDS * 1000))
            conn.execute(f"SET LOCAL statement_timeout = {milliseconds}")
            # ts_rank's normalisation 1 favours short matching texts, as bm25 does.
            rows = conn.execute(
                f"SELECT a.id FROM articles a, (SELECT {query} AS q) s WHERE a.search @@ s.q "
                "ORDER BY ts_rank(a.search, s.q, 1) DESC, a.id LIMIT %s",
                (*terms, limit)).fetchall()
    except psycopg.errors.QueryCanceled:
        raise too_slow() from None
    return [r[0] for r in rows]


# The combining diacritical mark blocks: what FTS5's unicode61 takes off
# letters. Marks that make other scripts' letters (Indic vowel signs) stay.
_DIACRITICS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def searchable(text: str) -> str:
    """``text`` without accents, as FTS5's unicode61 tokenizer matches it
    ("cafe" finds "Café")."""
    if text.isascii():
        return text
    return unicodedata.normalize(
        "NFC", _DIACRITICS.sub("", unicodedata.normalize("NFD", text)))
