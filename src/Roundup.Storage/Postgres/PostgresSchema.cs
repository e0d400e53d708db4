namespace Roundup.Storage.Postgres;

/// <summary>
/// The schema of a PostgreSQL store, as the steps that build it: the tables of the SQLite store, with full-text search
/// by a generated <c>tsvector</c> column and a GIN index instead of FTS5.
/// </summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles, stories, briefs and the saved story stream", """
            CREATE TABLE articles (
                id BIGINT PRIMARY KEY,
                source_id TEXT NOT NULL,
                path TEXT NOT NULL,
                url TEXT UNIQUE,
                content_hash TEXT NOT NULL,
                outlet TEXT,
                title TEXT,
                published DATE,
                dateline TEXT,
                agency TEXT,
                language TEXT,
                body TEXT NOT NULL,
                added_at TIMESTAMPTZ NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL,
                -- 'simple': words lower-cased, not stemmed, as FTS5 does; the first 250,000 characters, far beyond a
                -- news article, keep a pasted book within tsvector's 1 MB.
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', left(coalesce(title, '') || ' ' || body, 250000))) STORED
            );
            CREATE TABLE article_numbers (id INTEGER PRIMARY KEY CHECK (id = 1), last BIGINT NOT NULL);
            INSERT INTO article_numbers VALUES (1, 0);
            CREATE INDEX articles_by_content ON articles (content_hash);
            CREATE INDEX articles_by_published ON articles (published);
            CREATE INDEX articles_search ON articles USING GIN (search);
            CREATE TABLE stories (
                id BIGINT PRIMARY KEY,
                title TEXT NOT NULL,
                first_published DATE,
                last_published DATE,
                article_count INTEGER NOT NULL,
                independent_count INTEGER NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL,
                members_hash TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX stories_by_latest ON stories ((last_published IS NULL), last_published DESC, id DESC);
            CREATE TABLE story_articles (
                article_id BIGINT PRIMARY KEY REFERENCES articles (id),
                story_id BIGINT NOT NULL REFERENCES stories (id),
                reprint_of BIGINT REFERENCES articles (id)
            );
            CREATE INDEX story_articles_by_story ON story_articles (story_id);
            CREATE TABLE story_briefs (
                story_id BIGINT NOT NULL,
                words INTEGER NOT NULL,
                format TEXT NOT NULL,
                members_hash TEXT NOT NULL,
                content TEXT NOT NULL,
                PRIMARY KEY (story_id, words, format)
            );
            CREATE TABLE stream_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_article BIGINT NOT NULL,
                state BYTEA NOT NULL,
                saved_at TIMESTAMPTZ NOT NULL
            );
            """),
        new(2, "watched feeds", """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                next_fetch TIMESTAMPTZ NOT NULL,
                errors INTEGER NOT NULL,
                failing_since TIMESTAMPTZ,
                last_error TEXT,
                last_fetched TIMESTAMPTZ,
                added_at TIMESTAMPTZ NOT NULL
            );
            """),
        new(3, "a work queue shared by ingest workers", """
            CREATE TABLE ingest_queue (
                item TEXT PRIMARY KEY,
                added_at TIMESTAMPTZ NOT NULL,
                claimed_by TEXT,
                claimed_at TIMESTAMPTZ,
                done_at TIMESTAMPTZ
            );
            CREATE INDEX ingest_queue_waiting ON ingest_queue (item) WHERE done_at IS NULL;
            """),
    ];
}
