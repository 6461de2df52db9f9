"""What the stores say when they cannot go on, one line each saying what to do:
a full disk, a place that cannot be written, a schema from a newer crosscheck,
a missing driver; and how a store is named in those lines (a PostgreSQL URL
without its password)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import StoreError
from .migrations import MIGRATIONS


def disk_full(exc: BaseException) -> bool:
    """True if SQLite stopped ``exc``'s write for want of space."""
    return isinstance(exc, sqlite3.Error) and (
        getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        or "database or disk is full" in str(exc))


def full_message(path: str, articles: int) -> str:
    return (f"disk full: {articles} articles stored in {path}, nothing half-written; "
            "free space and run again")


def read_only_reason(path: str) -> str | None:
    """Why the store at ``path`` cannot be written here, or None if it can:
    SQLite needs to write the file and, beside it, its WAL and lock files."""
    file = Path(path)
    folder = file.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folder that would hold the new ones
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
    except OSError:
        return None  # let opening it say what is wrong
    if file.exists() and not os.access(file, os.R_OK | os.W_OK):
        return "the file is read-only" if os.access(file, os.R_OK) else \
            "the file cannot be read or written by this user"
    if not os.access(folder, os.W_OK | os.X_OK):
        return (f"its folder {folder} is read-only (SQLite writes its journal files "
                "beside the store)")
    return None


def newer_schema(path: str, version: int) -> StoreError:
    """The refusal of a store whose schema ``version`` is past this crosscheck's."""
    return StoreError(f"{path} was written by a newer crosscheck (schema "
                      f"{version} > {len(MIGRATIONS)}); upgrade crosscheck to read it")


def psycopg_module() -> ModuleType:
    """psycopg, or a :class:`StoreError` saying how to install it."""
    try:
        import psycopg
    except ImportError:
        raise StoreError("a postgresql:// store needs psycopg, which is not installed: "
                         "pip install 'crosscheck[postgres]'") from None
    return psycopg


def shown_url(url: str) -> str:
    """``url`` without its password, to name the store in messages."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"],
                      safe="/")
    # Not urlunsplit: it drops the "//" of a URL without a host (a local socket).
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")
