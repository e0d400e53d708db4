using Npgsql;
using Roundup.Model;
using Roundup.Storage.Postgres;

namespace Roundup.Storage.Tests;

/// <summary>What only the PostgreSQL store has: its own schema steps, and its URL.</summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly TestDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    [SkippableFact]
    public void A_store_at_each_earlier_schema_is_brought_up_to_date_with_its_articles_kept()
    {
        for (int steps = 1; steps < PostgresSchema.Migrations.Count; steps++)
        {
            var db = _databases.New(TestDatabases.Postgres, $"v{steps}");
            var (connectionString, location) = PostgresUrl.Parse(db);
            using (var connection = new NpgsqlConnection(connectionString))
            {
                connection.Open();
                PostgresMigrator.Apply(connection, PostgresSchema.Migrations.Take(steps).ToList(), location);
            }
            TestDatabases.Scalar(db, "UPDATE article_numbers SET last = 1");
            TestDatabases.Scalar(db, "INSERT INTO articles (id, source_id, path, url, content_hash, title, body, added_at, updated_at) VALUES (1, 'a', 'a.html', 'https://example.com/a', 'h', 'Ferry', 'Ferries ran late.', now(), now())");

            using var store = Stores.Open(db);

            Assert.Equal(PostgresSchema.Migrations[^1].Version, store.SchemaVersion);
            Assert.Equal(1, store.ArticleCount);
            Assert.Equal(["a"], store.Search("ferries"));
            Assert.Equal(AddOutcome.Added, store.Add(new Article("b", "b.html", null, "Ferry", null, "https://example.com/b", null, null, ["Ferries ran on time."])));
        }
    }

    [Fact]
    public void A_url_gives_its_parts_and_is_shown_without_its_password()
    {
        var (connectionString, location) = PostgresUrl.Parse("postgresql://news%40desk:p%3Ass@db.example:6543/roundup?sslmode=require&application_name=watch");
        var parts = new NpgsqlConnectionStringBuilder(connectionString);

        Assert.Equal(("db.example", 6543, "news@desk", "p:ss", "roundup"), (parts.Host, parts.Port, parts.Username, parts.Password, parts.Database));
        Assert.Equal(SslMode.Require, parts.SslMode);
        Assert.Equal("watch", parts.ApplicationName);
        Assert.Equal("postgresql://news%40desk:***@db.example:6543/roundup?sslmode=require&application_name=watch", location);
        Assert.Throws<RoundupException>(() => PostgresUrl.Parse("postgresql://db.example/roundup?colour=blue"));
    }
}
