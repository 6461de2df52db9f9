"""Schema migrations: small numbered functions, applied in order, each once.

``PRAGMA user_version`` records how far a store has come. A store written by a
newer crosscheck (a version above the last migration here) is refused rather
than misread.
"""

from __future__ import annotations

from typing import Callable

MIGRATIONS: list[Callable[[], str]] = []


def migration(fn: Callable[[], str]) -> Callable[[], str]:
    """Register a migration: a function returning the SQL of one schema step.

    The runner wraps the SQL with the version bump in one transaction, so a
    step lands whole or not at all."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial() -> str:
    return """
        -- Raw input, verbatim, so that cleaning can be re-run without the files.
        CREATE TABLE raw_docs (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            format TEXT NOT NULL,
            container TEXT NOT NULL,
            content TEXT NOT NULL,
            meta TEXT NOT NULL
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY REFERENCES raw_docs(id),
            stage TEXT NOT NULL,
            title TEXT,
            published TEXT,
            outlet TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE refusals (
            origin TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (origin, reason)
        );
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id),
            kind TEXT NOT NULL,
            extractor TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX claims_article ON claims(article);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            headline TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            data TEXT NOT NULL
        );
        CREATE TABLE story_articles (
            story TEXT NOT NULL REFERENCES stories(id),
            article TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (story, article)
        );
        CREATE INDEX story_articles_article ON story_articles(article);
        -- Word search over titles and bodies (the web page's search box).
        -- Its rowid is the article's rowid, so replacing an article's entry is
        -- a keyed delete, not a scan of the index.
        CREATE VIRTUAL TABLE article_search USING fts5(title, text);
    """


@migration
def m002_claim_versions() -> str:
    return """
        -- Which versions of the claim extractors read each article: a changed
        -- extractor re-reads it, an unchanged one leaves it alone.
        CREATE TABLE claim_versions (
            article TEXT PRIMARY KEY REFERENCES articles(id),
            extractors TEXT NOT NULL
        );
    """


@migration
def m003_cluster_state() -> str:
    return """
        -- The story clustering's state, so that new articles join existing
        -- stories without re-clustering the store (one row).
        CREATE TABLE cluster_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state BLOB NOT NULL
        );
    """


@migration
def m004_story_counts() -> str:
    return """
        -- The counts the story list shows, as columns: listing thousands of
        -- stories must not decode every story's findings and brief (12.8 s
        -- per list request on the 8k-article store without them).
        ALTER TABLE stories ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
        UPDATE stories SET
            articles = json_array_length(data, '$.articles'),
            sources = COALESCE(json_extract(data, '$.sources'), 0),
            conflicts = (SELECT count(*) FROM json_each(data, '$.findings')
                         WHERE json_extract(value, '$.status') = 'conflict');
        CREATE INDEX stories_last_date ON stories(last_date);
    """


@migration
def m005_shards() -> str:
    return """
        -- Big runs read shards (a CC-NEWS WARC file, a JSON-lines part); each
        -- finished shard is recorded, so that a relaunch skips it and resumes
        -- with the first unfinished one. A shard is known by its path and
        -- size: a file that grew or was replaced is read again (idempotently).
        CREATE TABLE shards (
            shard TEXT NOT NULL,
            size INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            refused INTEGER NOT NULL,
            finished TEXT NOT NULL,
            PRIMARY KEY (shard, size)
        );
    """
