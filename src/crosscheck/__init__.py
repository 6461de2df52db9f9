"""crosscheck: reads many news articles about the same events and tells what is
established, what is disputed and who says what, every statement traced to its
sources.

The library comes first; the CLI (and later the HTTP API and web page) are thin
layers over these public functions::

    from crosscheck import open_store, ingest, extract, build_stories, brief_document
    store = open_store("crosscheck.db")
    report = ingest(["examples/sample"], store)
    extract(store)
    document = brief_document(store, build_stories(store))
"""

from __future__ import annotations

__version__ = "0.1.0"

from .clean import clean
from .contract import FORMAT, brief_document
from .errors import (CrosscheckError, InputError, NoStore, NotFound, ReadOnlyStore, RefusedInput,
                     StoreError)
from .ingest import IngestOptions, read_inputs
from .lookup import find_article, find_story
from .models import Article, Claim, Finding, RawDoc, Refusal, Relation, Story
from .pipeline import IngestReport, build_stories, extract, ingest
from .store import open_store

__all__ = [
    "FORMAT", "Article", "Claim", "CrosscheckError", "Finding", "IngestOptions", "IngestReport",
    "InputError", "NoStore", "NotFound", "RawDoc", "ReadOnlyStore", "RefusedInput", "Refusal",
    "Relation",
    "StoreError", "Story", "__version__", "brief_document", "build_stories", "clean", "extract",
    "find_article", "find_story", "ingest", "open_store", "read_inputs",
]
