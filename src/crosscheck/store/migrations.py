"""Schema migrations: small numbered functions, applied in order, each once.

Each step gives its SQL for both dialects: ``migration("sqlite")`` and
``migration("postgresql")``. The SQLite text of a step never changes once
released (stores in the field were made by it); a change is a new step.

A SQLite store records how far it has come in ``PRAGMA user_version``, a
PostgreSQL store in the one-row table ``crosscheck_schema``. A store written by
a newer crosscheck (a version above the last migration here) is refused rather
than misread.

PostgreSQL columns that are keys or sort orders are ``COLLATE "C"``: SQLite
compares text byte by byte, and the database's own collation (``en-US`` sorts
``a`` before ``B``) would give another order than the SQLite store gives.
"""

from __future__ import annotations

from typing import Callable, Literal

Dialect = Literal["sqlite", "postgresql"]

MIGRATIONS: list[Callable[[Dialect], str]] = []


def migration(fn: Callable[[Dialect], str]) -> Callable[[Dialect], str]:
    """Register a migration: a function returning the SQL of one schema step
    in the given dialect.

    The runner wraps the SQL with the version bump in one transaction, so a
    step lands whole or not at all."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(dialect: Dialect) -> str:
    if dialect == "postgresql":
        return """
            -- Raw input, verbatim. The content is UTF-8 bytes, not text: a
            -- decoded document may hold NUL, which PostgreSQL text refuses.
            -- seq is SQLite's rowid: the order documents came in.
            CREATE TABLE raw_docs (
                seq BIGSERIAL NOT NULL UNIQUE,
                id TEXT COLLATE "C" PRIMARY KEY,
                origin TEXT NOT NULL,
                format TEXT NOT NULL,
                container TEXT NOT NULL,
                content BYTEA NOT NULL,
                meta TEXT NOT NULL
            );
            -- search is the word index of the title and body (SQLite keeps it
            -- in the FTS5 table article_search); see PostgresStore.put_article.
            CREATE TABLE articles (
                id TEXT COLLATE "C" PRIMARY KEY REFERENCES raw_docs(id),
                stage TEXT NOT NULL,
                title TEXT,
                published TEXT COLLATE "C",
                outlet TEXT COLLATE "C",
                data TEXT NOT NULL,
                search TSVECTOR NOT NULL
            );
            CREATE INDEX articles_published ON articles(published);
            CREATE INDEX articles_search ON articles USING GIN (search);
            CREATE TABLE refusals (
                origin TEXT COLLATE "C" NOT NULL,
                reason TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (origin, reason)
            );
            CREATE TABLE claims (
                seq BIGSERIAL NOT NULL,
                id TEXT COLLATE "C" PRIMARY KEY,
                article TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
                kind TEXT NOT NULL,
                extractor TEXT NOT NULL,
                data TEXT NOT NULL
            );
            CREATE INDEX claims_article ON claims(article, seq);
            CREATE TABLE stories (
                id TEXT COLLATE "C" PRIMARY KEY,
                headline TEXT NOT NULL,
                first_date TEXT COLLATE "C",
                last_date TEXT COLLATE "C",
                data TEXT NOT NULL
            );
            CREATE TABLE story_articles (
                story TEXT COLLATE "C" NOT NULL REFERENCES stories(id),
                article TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
                PRIMARY KEY (story, article)
            );
            CREATE INDEX story_articles_article ON story_articles(article);
        """
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
def m002_claim_versions(dialect: Dialect) -> str:
    if dialect == "postgresql":
        return """
            CREATE TABLE claim_versions (
                article TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id),
                extractors TEXT NOT NULL
            );
        """
    return """
        -- Which versions of the claim extractors read each article: a changed
        -- extractor re-reads it, an unchanged one leaves it alone.
        CREATE TABLE claim_versions (
            article TEXT PRIMARY KEY REFERENCES articles(id),
            extractors TEXT NOT NULL
        );
    """


@migration
def m003_cluster_state(dialect: Dialect) -> str:
    if dialect == "postgresql":
        return """
            -- The state holds the stories' embeddings. They stay inside this
            -- blob as in SQLite (no vector column, so no pgvector needed):
            -- nothing searches them in SQL, the clustering reads them whole.
            CREATE TABLE cluster_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                state BYTEA NOT NULL
            );
        """
    return """
        -- The story clustering's state, so that new articles join existing
        -- stories without re-clustering the store (one row).
        CREATE TABLE cluster_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state BLOB NOT NULL
        );
    """


@migration
def m004_story_counts(dialect: Dialect) -> str:
    if dialect == "postgresql":
        return """
            -- No backfill as in SQLite: no PostgreSQL store held stories
            -- before this step (the first open runs every step).
            ALTER TABLE stories ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE stories ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE stories ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX stories_last_date ON stories(last_date);
        """
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
def m005_shards(dialect: Dialect) -> str:
    if dialect == "postgresql":
        return """
            CREATE TABLE shards (
                shard TEXT COLLATE "C" NOT NULL,
                size BIGINT NOT NULL,
                documents BIGINT NOT NULL,
                refused BIGINT NOT NULL,
                finished TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (shard, size)
            );
        """
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


@migration
def m006_cluster_rows(dialect: Dialect) -> str:
    # The clustering state was one blob (cluster_state) that every story
    # update read and wrote whole: 45 s per update at 100,000 articles,
    # whatever the number of new ones. Its stories now are rows: an update
    # reads only those still open to new articles (last_arrival, last_day)
    # and writes only those that changed. cluster_state keeps the few
    # numbers that are the state's own (arrivals, clock); a store holding the
    # old blob is converted by its first story update (group/persist.py).
    if dialect == "postgresql":
        return """
            CREATE TABLE cluster_stories (
                id TEXT COLLATE "C" PRIMARY KEY,
                seq BIGINT NOT NULL UNIQUE,
                last_arrival BIGINT NOT NULL,
                last_day INTEGER,
                data BYTEA NOT NULL
            );
            CREATE INDEX cluster_stories_arrival ON cluster_stories(last_arrival);
            CREATE INDEX cluster_stories_day ON cluster_stories(last_day);
            CREATE TABLE cluster_members (
                article TEXT COLLATE "C" PRIMARY KEY,
                story TEXT COLLATE "C" NOT NULL,
                built TEXT
            );
            CREATE INDEX cluster_members_story ON cluster_members(story);
            CREATE INDEX cluster_members_unbuilt ON cluster_members(story) WHERE built IS NULL;
            CREATE TABLE cluster_entities (
                key TEXT COLLATE "C" PRIMARY KEY,
                df BIGINT NOT NULL
            );
            CREATE INDEX articles_outlet ON articles(outlet);
            CREATE INDEX stories_newest ON stories((last_date IS NULL), last_date DESC, id);
        """
    return """
        -- One row per story of the clustering state; seq is the order the
        -- stories were made in (the clusterer breaks ties by it).
        CREATE TABLE cluster_stories (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            last_arrival INTEGER NOT NULL,
            last_day INTEGER,
            data BLOB NOT NULL
        );
        CREATE INDEX cluster_stories_arrival ON cluster_stories(last_arrival);
        CREATE INDEX cluster_stories_day ON cluster_stories(last_day);
        -- The story each clustered article is in, and the versions of the
        -- article (cleaner|claims) its story was last built from: NULL until
        -- the story is built with it, so a story to rebuild is found by index.
        CREATE TABLE cluster_members (
            article TEXT PRIMARY KEY,
            story TEXT NOT NULL,
            built TEXT
        );
        CREATE INDEX cluster_members_story ON cluster_members(story);
        CREATE INDEX cluster_members_unbuilt ON cluster_members(story) WHERE built IS NULL;
        -- How many clustered articles name each entity (its idf).
        CREATE TABLE cluster_entities (
            key TEXT PRIMARY KEY,
            df INTEGER NOT NULL
        );
        -- The story list's two queries, which read every article (its outlet
        -- menu) and sorted every story (its page) on each visit: 0.3 s at
        -- 10,000 articles, growing with the store.
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX stories_newest ON stories(last_date IS NULL, last_date DESC, id);
    """


@migration
def m007_sentence_vectors(dialect: Dialect) -> str:
    # Each article's sentence vectors, made once by the per-article stage and
    # read by every build of its story (crosscheck.sentence_vectors): before,
    # a story rebuilt as ten articles arrived embedded its sentences ten times.
    # model names the vectors' space: another model's are not read.
    if dialect == "postgresql":
        return """
            CREATE TABLE sentence_vectors (
                article TEXT COLLATE "C" PRIMARY KEY,
                model TEXT NOT NULL,
                data BYTEA NOT NULL
            );
        """
    return """
        CREATE TABLE sentence_vectors (
            article TEXT PRIMARY KEY,
            model TEXT NOT NULL,
            data BLOB NOT NULL
        );
    """


@migration
def m008_article_names(dialect: Dialect) -> str:
    # The names (entities) of each article's title and lead that story
    # grouping keys it by (crosscheck.group.features), found by the claims
    # stage's spaCy pass and kept here: before, the story stage ran a second,
    # NER-only pass over every new article. reader names the reading that
    # made them (model, what is read, version): another reading's are not used.
    if dialect == "postgresql":
        return """
            CREATE TABLE article_names (
                article TEXT COLLATE "C" PRIMARY KEY,
                reader TEXT NOT NULL,
                data TEXT NOT NULL
            );
        """
    return """
        CREATE TABLE article_names (
            article TEXT PRIMARY KEY,
            reader TEXT NOT NULL,
            data TEXT NOT NULL
        );
    """
