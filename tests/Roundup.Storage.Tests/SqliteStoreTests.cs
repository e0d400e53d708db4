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
    public void Opening_a_store_again_applies_nothing_and_keeps_its_articles()
    {
        using (var store = SqliteStore.Open(DbPath))
        {
            store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday."));
        }

        using var again = SqliteStore.Open(DbPath);

        Assert.Equal(1, again.ArticleCount);
        Assert.Equal(SqliteSchema.Migrations.Count, CountRows("schema_version"));
    }

    [Fact]
    public void The_same_article_added_twice_is_stored_once()
    {
        using var store = SqliteStore.Open(DbPath);
        var article = Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday.");

        Assert.Equal(AddOutcome.Added, store.Add(article));
        Assert.Equal(AddOutcome.Unchanged, store.Add(article with { Id = "a-again", Path = "elsewhere.html" }));
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void A_refetched_article_with_changed_text_replaces_the_old_one()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday."));

        var outcome = store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Tuesday after a storm."));

        Assert.Equal(AddOutcome.Replaced, outcome);
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(["a"], store.Search("storm"));
        Assert.Empty(store.Search("Monday"));
    }

    [Fact]
    public void Without_a_url_the_same_text_from_the_same_outlet_is_one_article_and_another_outlets_copy_is_another()
    {
        using var store = SqliteStore.Open(DbPath);
        var article = Make("a", null, "Ferry service resumes", "Ferries to the island resumed on Monday.");

        store.Add(article);
        Assert.Equal(AddOutcome.Unchanged, store.Add(article with { Id = "a2" }));
        Assert.Equal(AddOutcome.Added, store.Add(article with { Id = "b", Outlet = "Coast Courier" }));
        Assert.Equal(2, store.ArticleCount);
    }

    [Fact]
    public void A_store_written_by_a_newer_roundup_is_refused_in_one_sentence()
    {
        using (SqliteStore.Open(DbPath))
        {
        }
        Exec($"INSERT INTO schema_version (version, name, applied_at) VALUES ({SqliteSchema.Migrations[^1].Version + 1}, 'later', 'now')");

        var error = Assert.Throws<RoundupException>(() => SqliteStore.Open(DbPath));

        Assert.Contains("newer Roundup", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
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

    [Fact]
    public void Stored_articles_come_back_in_arrival_order_with_what_was_stored()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Add(Make("b", "https://example.com/b", "Second", "Two.", "Lines."));
        store.Add(Make("a", null, "First", "One."));

        var back = store.ArticlesInArrivalOrder().ToList();

        Assert.Equal(["Second", "First"], back.Select(a => a.Title));
        Assert.Equal(["Two.", "Lines."], back[0].Paragraphs);
        Assert.Equal(("https://example.com/b", "Harbour Times", new DateOnly(2026, 3, 27)), (back[0].Url, back[0].Outlet, back[0].Published));
        Assert.Null(back[1].Url);
    }

    [Fact]
    public void Articles_added_in_batches_are_each_stored_once_and_kept_when_reading_fails_part_way()
    {
        using var store = SqliteStore.Open(DbPath);
        var outcomes = new List<AddOutcome>();
        IEnumerable<Article> Articles(int count, bool failAtEnd, int first = 0)
        {
            for (int i = first; i < first + count; i++)
            {
                yield return Make($"a{i}", $"https://example.com/{i % 500 + first}", $"Report {i}", $"Text {i % 500 + first}.");
            }
            if (failAtEnd)
            {
                throw new RoundupException("The input broke off.");
            }
        }

        store.AddAll(Articles(600, failAtEnd: false), (_, outcome, _) => outcomes.Add(outcome));
        Assert.Throws<RoundupException>(() => store.AddAll(Articles(300, failAtEnd: true, first: 1000)));

        Assert.Equal((500, 100), (outcomes.Count(o => o == AddOutcome.Added), outcomes.Count(o => o == AddOutcome.Replaced)));
        using var again = SqliteStore.Open(DbPath);
        Assert.Equal(800, again.ArticleCount); // the 300 read before the input broke off are kept
    }
}
