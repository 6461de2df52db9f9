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
When what to do is to change a setting, the error says which as a :class:`Remedy`
(``exc.remedy``), a kind that each front end words in its own terms: the CLI
names its option (``--max-size``), the web page the server's (``--max-upload``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Remedy(StrEnum):
    """A setting to change to get past an error or a refusal. The value is the
    library's wording, which a message naming the remedy contains word for word
    (written there as ``f"({Remedy.RAISE_MAX_BYTES} to read it)"``)."""

    RAISE_MAX_BYTES = "raise max_bytes"
    ALLOW_PRIVATE = "pass allow_private=True"
    USE_LOCAL_EXECUTOR = "use LocalExecutor"
    LEAVE_OUT_PARQUET = "leave out parquet_dir"

    @classmethod
    def named_in(cls, message: str) -> Remedy | None:
        """The remedy ``message`` names, if any. For a refusal's reason, which is
        kept (in the store, between engine workers) as text only."""
        return next((remedy for remedy in cls if remedy.value in message), None)


def worded(message: str, wording: Mapping[Remedy, str],
           remedy: Remedy | None = None) -> str:
    """``message`` with its remedy (``remedy``, else the one it names) in a front
    end's ``wording``; a remedy that front end has no words for stays as it is."""
    remedy = remedy or Remedy.named_in(message)
    if remedy is None or remedy not in wording:
        return message
    return message.replace(remedy.value, wording[remedy])


class CrosscheckError(Exception):
    """Base class: catch this to handle every error crosscheck raises on purpose.
    ``remedy``: the setting whose change gets past it, when there is one."""

    def __init__(self, *args: object, remedy: Remedy | None = None) -> None:
        super().__init__(*args)
        self.remedy = remedy


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
