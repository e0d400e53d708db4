namespace Roundup.Storage.Sqlite;

/// <summary>The schema of a SQLite store, as the steps that build it.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles with full-text search", """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL,
                path TEXT NOT NULL,
                url TEXT UNIQUE,
                content_hash TEXT NOT NULL,
                outlet TEXT,
                title TEXT,
                published TEXT,
                dateline TEXT,
                agency TEXT,
                language TEXT,
                body TEXT NOT NULL,
                added_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX articles_by_content ON articles (content_hash);
            CREATE INDEX articles_by_published ON articles (published);
            CREATE VIRTUAL TABLE article_text USING fts5 (title, body, content = 'articles', content_rowid = 'id');
            CREATE TRIGGER articles_indexed AFTER INSERT ON articles BEGIN
                INSERT INTO article_text (rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            CREATE TRIGGER articles_unindexed AFTER DELETE ON articles BEGIN
                INSERT INTO article_text (article_text, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
            END;
            CREATE TRIGGER articles_reindexed AFTER UPDATE ON articles BEGIN
                INSERT INTO article_text (article_text, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                INSERT INTO article_text (rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            """),
        new(2, "stories and their articles", """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                first_published TEXT,
                last_published TEXT,
                article_count INTEGER NOT NULL,
                independent_count INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE story_articles (
                article_id INTEGER PRIMARY KEY REFERENCES articles (id),
                story_id INTEGER NOT NULL REFERENCES stories (id),
                reprint_of INTEGER REFERENCES articles (id)
            );
            CREATE INDEX story_articles_by_story ON story_articles (story_id);
            """),
        new(3, "briefs kept until their story changes", """
            ALTER TABLE stories ADD COLUMN members_hash TEXT NOT NULL DEFAULT '';
            CREATE TABLE story_briefs (
                story_id INTEGER NOT NULL,
                words INTEGER NOT NULL,
                format TEXT NOT NULL,
                members_hash TEXT NOT NULL,
                content TEXT NOT NULL,
                PRIMARY KEY (story_id, words, format)
            );
            """),
        new(4, "the story stream's saved state", """
            CREATE TABLE stream_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_article INTEGER NOT NULL,
                state BLOB NOT NULL,
                saved_at TEXT NOT NULL
            );
            """),
        new(5, "stories listed latest first without a sort", """
            CREATE INDEX stories_by_latest ON stories (last_published IS NULL, last_published DESC, id DESC);
            """),
        new(6, "watched feeds", """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                next_fetch TEXT NOT NULL,
                errors INTEGER NOT NULL,
                failing_since TEXT,
                last_error TEXT,
                last_fetched TEXT,
                added_at TEXT NOT NULL
            );
            """),
        new(7, "a work queue shared by ingest workers", """
            CREATE TABLE ingest_queue (
                item TEXT PRIMARY KEY,
                added_at TEXT NOT NULL,
                claimed_by TEXT,
                claimed_at TEXT,
                done_at TEXT
            );
            """),
    ];
}
