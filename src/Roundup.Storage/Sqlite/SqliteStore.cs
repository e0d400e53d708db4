using System.Globalization;
using Microsoft.Data.Sqlite;
using Roundup.Model;

namespace Roundup.Storage.Sqlite;

/// <summary>
/// A store in one SQLite file: written ahead to a log (WAL), so readers are never blocked by a running ingest, and
/// brought to the newest schema when opened. One instance is one connection: use one per thread.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    /// <summary>How long a writer waits for another writer's transaction before it gives up.</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection, string path, int version)
    {
        _connection = connection;
        Path = path;
        SchemaVersion = version;
    }

    /// <summary>The file of the store.</summary>
    public string Path { get; }

    /// <summary>The schema version the store is at.</summary>
    public int SchemaVersion { get; }

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
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            Execute(connection, "PRAGMA journal_mode = WAL");
            // With a write-ahead log, NORMAL cannot corrupt the store; a power cut may lose the last commits only.
            Execute(connection, "PRAGMA synchronous = NORMAL");
            Execute(connection, "PRAGMA foreign_keys = ON");
            int version = SqliteMigrator.Apply(connection, SqliteSchema.Migrations, path);
            return new SqliteStore(connection, path, version);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new RoundupException($"Cannot open the store {path}: {e.Message.TrimEnd('.')}. Is it a Roundup store (a SQLite file)?", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The journal mode SQLite reports ("wal").</summary>
    internal string JournalMode => (string)Scalar("PRAGMA journal_mode")!;

    /// <summary>How many articles the store holds.</summary>
    public long ArticleCount => (long)Scalar("SELECT COUNT(*) FROM articles")!;

    /// <summary>
    /// Adds <paramref name="article"/>: an article with the same URL is replaced when its text changed and left alone
    /// when not; without a URL, an article with the same outlet, title and body is the same article.
    /// </summary>
    public AddOutcome Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash.Of(article);
        using var transaction = _connection.BeginTransaction(deferred: false);
        (long Id, string Hash)? existing = article.Url is { } url ? Find("url = $key", url, transaction) : Find("content_hash = $key AND url IS NULL", hash, transaction);
        AddOutcome outcome;
        if (existing is { } row && row.Hash == hash)
        {
            outcome = AddOutcome.Unchanged;
        }
        else
        {
            using var write = _connection.CreateCommand();
            write.Transaction = transaction;
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            write.CommandText = existing is null
                ? """
                  INSERT INTO articles (source_id, path, url, content_hash, outlet, title, published, dateline, agency, language, body, added_at, updated_at)
                  VALUES ($source, $path, $url, $hash, $outlet, $title, $published, $dateline, $agency, $language, $body, $now, $now)
                  """
                : """
                  UPDATE articles SET source_id = $source, path = $path, content_hash = $hash, outlet = $outlet, title = $title,
                      published = $published, dateline = $dateline, agency = $agency, language = $language, body = $body, updated_at = $now
                  WHERE id = $id
                  """;
            write.Parameters.AddWithValue("$id", existing?.Id ?? 0);
            write.Parameters.AddWithValue("$source", article.Id);
            write.Parameters.AddWithValue("$path", article.Path);
            write.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
            write.Parameters.AddWithValue("$hash", hash);
            write.Parameters.AddWithValue("$outlet", (object?)article.Outlet ?? DBNull.Value);
            write.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
            write.Parameters.AddWithValue("$published", (object?)article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            write.Parameters.AddWithValue("$dateline", (object?)article.Dateline ?? DBNull.Value);
            write.Parameters.AddWithValue("$agency", (object?)article.Agency ?? DBNull.Value);
            write.Parameters.AddWithValue("$language", (object?)article.Language ?? DBNull.Value);
            write.Parameters.AddWithValue("$body", string.Join('\n', article.Paragraphs));
            write.Parameters.AddWithValue("$now", now);
            write.ExecuteNonQuery();
            outcome = existing is null ? AddOutcome.Added : AddOutcome.Replaced;
        }
        transaction.Commit();
        return outcome;
    }

    /// <summary>The ids of the articles whose title or body match the full-text query <paramref name="query"/> (words, all of them), best first.</summary>
    public IReadOnlyList<string> Search(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT a.source_id FROM article_text JOIN articles a ON a.id = article_text.rowid WHERE article_text MATCH $q ORDER BY rank";
        command.Parameters.AddWithValue("$q", string.Join(' ', words));
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private (long Id, string Hash)? Find(string condition, string key, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT id, content_hash FROM articles WHERE {condition} LIMIT 1";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
