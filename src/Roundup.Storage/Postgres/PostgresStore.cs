using System.Data.Common;
using Npgsql;
using Roundup.Model;
using Roundup.Storage.Relational;

namespace Roundup.Storage.Postgres;

/// <summary>
/// A store in one PostgreSQL database (Npgsql), for a store larger than one machine's disk or shared by several
/// machines: the same tables and behaviour as the SQLite store, full-text search by <c>tsvector</c>. One instance is
/// one connection: use one per thread.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    /// <summary>Held (per session) by the run that ingests into the store: see <see cref="LockForIngest"/>.</summary>
    private const long IngestLock = 0x526F_756E_6475_7002;

    private readonly string _connectionString;

    private PostgresStore(NpgsqlConnection connection, string connectionString, string location, int version)
        : base(connection, location, version)
    {
        _connectionString = connectionString;
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL store (a <c>postgresql://</c> or <c>postgres://</c> URL).</summary>
    public static bool IsUrl(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens the store in the database <paramref name="url"/> names (<c>postgresql://user:password@host:port/database</c>,
    /// with libpq's options as query parameters, e.g. <c>?sslmode=require</c>), bringing its schema up to date. A
    /// database that cannot be reached, or one written by a newer Roundup, is refused with a <see cref="RoundupException"/>.
    /// </summary>
    public static PostgresStore Open(string url)
    {
        var (connectionString, location) = PostgresUrl.Parse(url);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            int version = PostgresMigrator.Apply(connection, PostgresSchema.Migrations, location);
            return new PostgresStore(connection, connectionString, location, version);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw new RoundupException($"Cannot open the store {location}: {e.Message.TrimEnd('.')}.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The ingest lock is a PostgreSQL advisory lock held by a connection of its own: released when disposed, or by the
    /// server when the process dies and its connection drops.
    /// </summary>
    public override IDisposable LockForIngest(Action? waiting = null)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        try
        {
            connection.Open();
            if (Db.Scalar(connection, $"SELECT pg_try_advisory_lock({IngestLock})") is not true)
            {
                waiting?.Invoke();
                // No timeout: a run waits for the one before it however long it takes.
                using var wait = Db.Command(connection, $"SELECT pg_advisory_lock({IngestLock})");
                wait.CommandTimeout = 0;
                wait.ExecuteNonQuery();
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// From a counter row, not a sequence: a sequence's numbers are spent by a rolled-back batch and handed out in
    /// start order, while the counter rolls back with the batch and its row lock makes writers take numbers in the
    /// order they commit.
    /// </summary>
    private protected override long? NextArticleNumber(DbTransaction transaction) =>
        Db.Long(Db.Scalar(Connection, "UPDATE article_numbers SET last = last + 1 RETURNING last", transaction));

    private protected override DbTransaction BeginWrite() => ((NpgsqlConnection)Connection).BeginTransaction();

    private protected override DbConnection OpenReader()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private protected override string MatchingArticles =>
        "SELECT id, -ts_rank(search, plainto_tsquery('simple', @q)) AS score FROM articles WHERE search @@ plainto_tsquery('simple', @q)";

    private protected override object FullText(string words) => words;

    private protected override string SkipLocked => " FOR UPDATE SKIP LOCKED";

    private protected override object DateValue(DateOnly date) => date;

    private protected override DateOnly? ReadDate(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    private protected override object Now() => DateTime.UtcNow;

    private protected override object TimeValue(DateTimeOffset time) => time.UtcDateTime;

    private protected override DateTimeOffset? ReadTime(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : new DateTimeOffset(reader.GetFieldValue<DateTime>(column), TimeSpan.Zero);
}
