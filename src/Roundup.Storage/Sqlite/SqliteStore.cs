using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Roundup.Model;
using Roundup.Storage.Relational;

namespace Roundup.Storage.Sqlite;

/// <summary>
/// A store in one SQLite file: written ahead to a log (WAL), so readers are never blocked by a running ingest, and
/// brought to the newest schema when opened. Full-text search is FTS5. One instance is one connection: use one per thread.
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    /// <summary>How long a writer waits for another writer's transaction before it gives up.</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>
    /// Pages SQLite keeps in memory per connection, in KiB when negative: 64 MiB holds the upper levels of a
    /// million-article store's indexes (the default, 2 MiB, made every insert read them from the file again).
    /// </summary>
    private const int CacheKibibytes = 65_536;

    /// <summary>How often a run waiting for another run's lock on the store tries again.</summary>
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(250);

    private SqliteStore(SqliteConnection connection, string path, int version)
        : base(connection, path, version)
    {
        Path = path;
    }

    /// <summary>The file of the store.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it when missing and bringing its schema up to date. A
    /// file that is no store, or one written by a newer Roundup, is refused with a <see cref="RoundupException"/>.
    /// </summary>
    public static SqliteStore Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new RoundupException($"Cannot open the store {path}: the folder {folder} does not exist.");
        }
        SqliteConnection? connection = null;
        try
        {
            connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
            Db.Execute(connection, "PRAGMA journal_mode = WAL");
            // With a write-ahead log, NORMAL cannot corrupt the store; a power cut may lose the last commits only.
            Db.Execute(connection, "PRAGMA synchronous = NORMAL");
            Db.Execute(connection, "PRAGMA foreign_keys = ON");
            int version = SqliteMigrator.Apply(connection, SqliteSchema.Migrations, path);
            return new SqliteStore(connection, path, version);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw new RoundupException($"Cannot open the store {path}: {e.Message.TrimEnd('.')}. Is it a Roundup store (a SQLite file)?", e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Db.Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            Db.Execute(connection, $"PRAGMA cache_size = -{CacheKibibytes}");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The journal mode SQLite reports ("wal").</summary>
    internal string JournalMode => (string)Db.Scalar(Connection, "PRAGMA journal_mode")!;

    /// <summary>The ingest lock is a lock file beside the store, <c>PATH.lock</c> (see <see cref="IStore.LockForIngest"/>).</summary>
    public override IDisposable LockForIngest(Action? waiting = null)
    {
        var lockPath = Path + ".lock";
        bool told = false;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                if (!File.Exists(lockPath))
                {
                    throw new RoundupException($"Cannot lock the store {Path}: {e.Message.TrimEnd('.')}.", e);
                }
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }
                Thread.Sleep(LockRetry);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new RoundupException($"Cannot lock the store {Path}: {e.Message.TrimEnd('.')}.", e);
            }
        }
    }

    // IMMEDIATE: the write lock is taken at the start, so two writers never deadlock upgrading a read lock.
    private protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    private protected override DbConnection OpenReader() => Connect(Path, SqliteOpenMode.ReadOnly);

    private protected override string MatchingArticles => "SELECT rowid AS id, rank AS score FROM article_text WHERE article_text MATCH @q";

    /// <summary>Words as an FTS5 query that wants them all, each quoted so that no word is read as an operator.</summary>
    private protected override object FullText(string words) =>
        string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private protected override object DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private protected override DateOnly? ReadDate(DbDataReader reader, int column) =>
        !reader.IsDBNull(column) && DateOnly.TryParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private protected override object Now() => TimeValue(DateTimeOffset.UtcNow);

    /// <summary>Times as ISO 8601 text in UTC, which sorts as the times do.</summary>
    private protected override object TimeValue(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private protected override DateTimeOffset? ReadTime(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
