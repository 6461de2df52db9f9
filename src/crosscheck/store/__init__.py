"""The store: where raw input, articles, claims and stories are kept.

``open_store(url)`` picks the backend from the URL: a file path (or
``sqlite:///path``) gives the embedded SQLite store, the default;
``postgresql://`` is planned (see the issue "Past one machine") and refused
with a clear message until then.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .sqlite import SQLiteStore

__all__ = ["SQLiteStore", "open_store"]


def open_store(url: str | Path) -> SQLiteStore:
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL stores are not supported yet; use a file path for "
                         "the embedded SQLite store (e.g. --db crosscheck.db)")
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    elif "://" in text:
        raise StoreError(f"unknown store URL {text!r}: give a file path (SQLite) "
                         "or a postgresql:// URL")
    return SQLiteStore(text)
