"""The one exception hierarchy of crosscheck.

::

    CrosscheckError            anything crosscheck raises on purpose
    ├── InputError             a path, URL or option given by the user is unusable
    │   └── QueryRefused       a search is too long or ran past its deadline
    ├── RefusedInput           one input item cannot be read; the batch goes on
    ├── StoreError             the store cannot be opened or is from a newer version
    │   ├── NoStore            there is no store where one was to be read
    │   ├── ReadOnlyStore      the store's place cannot be written: open it read-only
    │   └── StoreFull          the disk is full: the write was undone whole
    └── NotFound               an article or story id is not in the store (a LookupError)

Every message says what went wrong and what to do about it, in the library's
own terms: the CLI and the web layer add their own hints (which command to run).
"""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class: catch this to handle every error crosscheck raises on purpose."""


class InputError(CrosscheckError):
    """A path, URL or option given by the user cannot be used."""


class QueryRefused(InputError):
    """A word search is too long, has too many words, or ran past its time limit.
    The message is meant for the person who typed the query (the web page shows it)."""


class RefusedInput(CrosscheckError):
    """One input item cannot be read. Ingest counts it and goes on with the rest."""


class StoreError(CrosscheckError):
    """The store cannot be opened, or was written by a newer crosscheck."""


class NoStore(StoreError):
    """Nothing has been stored at that place yet, and the store was opened only
    to read (``open_store(url, create=False)``)."""


class ReadOnlyStore(StoreError):
    """The store is in a place that cannot be written (a read-only file, folder
    or file system): ``open_store(path, read_only=True)`` reads it."""


class StoreFull(StoreError):
    """The disk (or the database server's) is full: the write under way was
    undone whole, and what was committed before it stays."""


class NotFound(CrosscheckError, LookupError):
    """An article or story id is not in the store."""
