using Npgsql;

namespace Roundup.Testing;

/// <summary>
/// Stores for the tests that run against both kinds: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server <c>ROUNDUP_TEST_POSTGRES</c> names (<c>bash .ci/run</c> starts a throwaway one and sets it). Without
/// a server, the PostgreSQL cases are skipped and say why; with <c>ROUNDUP_REQUIRE_POSTGRES=1</c> (CI) they fail instead.
/// </summary>
public sealed class TestDatabases : IDisposable
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgresql";

    private readonly TempFolder _folder = new();
    private readonly List<string> _created = [];

    /// <summary>Both kinds of store, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Kinds => new() { Sqlite, Postgres };

    private static string? Server => Environment.GetEnvironmentVariable("ROUNDUP_TEST_POSTGRES") is { Length: > 0 } url ? url : null;

    /// <summary>A new, empty store of the kind named: a path or a PostgreSQL URL.</summary>
    public string New(string kind, string name = "roundup")
    {
        if (kind == Sqlite)
        {
            return Path.Combine(_folder.Path, name + ".db");
        }
        var server = Server;
        if (server is null)
        {
            const string why = "PostgreSQL tests need a server: set ROUNDUP_TEST_POSTGRES=postgresql://user@127.0.0.1:PORT/postgres (bash .ci/run starts a throwaway one).";
            Assert.False(Environment.GetEnvironmentVariable("ROUNDUP_REQUIRE_POSTGRES") == "1", why);
            Skip.If(true, why);
        }
        var database = $"roundup_test_{name}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        using (var admin = new NpgsqlConnection(ConnectionString(server!)))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            create.ExecuteNonQuery();
        }
        _created.Add(database);
        return new UriBuilder(server!) { Path = "/" + database }.Uri.ToString();
    }

    /// <summary>Runs SQL on a store of either kind (to damage it, or look at it behind the store's back).</summary>
    public static object? Scalar(string db, string sql)
    {
        using var connection = Connect(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as text, on a store of either kind.</summary>
    public static List<string> Rows(string db, string sql)
    {
        using var connection = Connect(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return rows;
    }

    private static System.Data.Common.DbConnection Connect(string db)
    {
        System.Data.Common.DbConnection connection = db.StartsWith("postgresql://", StringComparison.Ordinal)
            ? new NpgsqlConnection(ConnectionString(db))
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string ConnectionString(string url)
    {
        var uri = new Uri(url);
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Username = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]),
            Database = uri.AbsolutePath.TrimStart('/'),
            Pooling = false,
        }.ToString();
    }

    public void Dispose()
    {
        if (_created.Count > 0 && Server is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(ConnectionString(server));
            admin.Open();
            foreach (var database in _created)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
            }
        }
        _folder.Dispose();
    }
}
