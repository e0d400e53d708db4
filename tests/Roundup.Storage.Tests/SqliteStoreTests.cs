using Microsoft.Data.Sqlite;
using Roundup.Model;
using Roundup.Storage;
using Roundup.Storage.Sqlite;

namespace Roundup.Storage.Tests;

/// <summary>The SQLite store: schema from nothing, articles added once, replaced when their text changes, searched.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => Path.Combine(_folder.Path, "roundup.db");

    public void Dispose() => _folder.Dispose();

    private static Article Make(string id, string? url, string title, params string[] paragraphs) =>
        new(id, id + ".html", "Harbour Times", title, new DateOnly(2026, 3, 27), url, null, null, paragraphs);

    [Fact]
    public void A_new_store_gets_the_newest_schema_and_writes_ahead_to_a_log()
    {
        using var store = SqliteStore.Open(DbPath);

        Assert.Equal(SqliteSchema.Migrations[^1].Version, store.SchemaVersion);
        Assert.Equal("wal", store.JournalMode);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void A_file_that_is_no_store_is_refused_in_one_sentence()
    {
        File.WriteAllText(DbPath, "This is a text file, not a database. It is long enough to fill SQLite's header and then some more text.");

        var error = Assert.Throws<RoundupException>(() => SqliteStore.Open(DbPath));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_reader_is_not_blocked_while_a_writer_holds_its_transaction()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday."));
        using var writer = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO articles (source_id, path, content_hash, body, added_at, updated_at) VALUES ('w', 'w', 'h', 'text', 'now', 'now')";
            insert.ExecuteNonQuery();
        }

        using var reader = SqliteStore.Open(DbPath);

        Assert.Equal(1, reader.ArticleCount); // the writer's row is not committed, and the read did not wait for it
        transaction.Commit();
        Assert.Equal(2, reader.ArticleCount);
    }

    private long CountRows(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private void Exec(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void A_store_at_each_earlier_schema_is_brought_up_to_date_with_its_articles_kept()
    {
        for (int steps = 1; steps < SqliteSchema.Migrations.Count; steps++)
        {
            var path = Path.Combine(_folder.Path, $"v{steps}.db");
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                SqliteMigrator.Apply(connection, SqliteSchema.Migrations.Take(steps).ToList(), path);
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO articles (source_id, path, url, content_hash, title, body, added_at, updated_at) VALUES ('a', 'a.html', 'https://example.com/a', 'h', 'Ferry', 'Ferries ran late.', 'now', 'now')";
                insert.ExecuteNonQuery();
            }

            using var store = SqliteStore.Open(path);

            Assert.Equal(SqliteSchema.Migrations[^1].Version, store.SchemaVersion);
            Assert.Equal(1, store.ArticleCount);
            Assert.Equal(["a"], store.Search("ferries"));
        }
    }

}
