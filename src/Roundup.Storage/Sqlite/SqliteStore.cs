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
            Sql.Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            Sql.Execute(connection, "PRAGMA journal_mode = WAL");
            // With a write-ahead log, NORMAL cannot corrupt the store; a power cut may lose the last commits only.
            Sql.Execute(connection, "PRAGMA synchronous = NORMAL");
            Sql.Execute(connection, "PRAGMA foreign_keys = ON");
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

    /// <summary>How often a run waiting for another run's lock on the store tries again.</summary>
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Takes the store's ingest lock (a lock file beside it, <c>PATH.lock</c>), waiting while another process holds it
    /// (<paramref name="waiting"/> hears once that it waits): one run at a time adds articles and continues the
    /// story stream, or two runs would each continue the same saved stream. Released when disposed, or when the
    /// process ends however it ends.
    /// </summary>
    public IDisposable LockForIngest(Action? waiting = null)
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

    /// <summary>The journal mode SQLite reports ("wal").</summary>
    internal string JournalMode => (string)Sql.Scalar(_connection, "PRAGMA journal_mode")!;

    /// <summary>How many articles the store holds.</summary>
    public long ArticleCount => (long)Sql.Scalar(_connection, "SELECT COUNT(*) FROM articles")!;

    /// <summary>
    /// Adds <paramref name="article"/>: an article with the same URL is replaced when its text changed and left alone
    /// when not; without a URL, an article with the same outlet, title and body is the same article.
    /// </summary>
    public AddOutcome Add(Article article)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        var (outcome, _) = Add(article, transaction);
        transaction.Commit();
        return outcome;
    }

    /// <summary>Articles committed together by <see cref="AddAll"/>: few enough that a stopped run loses little work.</summary>
    private const int BatchSize = 256;

    /// <summary>
    /// Adds every article as <see cref="Add(Article)"/> does, committing them in batches (a run stopped part-way keeps
    /// the batches it committed, and the next run adds the rest, and what was read before an input error is kept).
    /// <paramref name="stored"/> hears each article's outcome and store number once its batch is committed.
    /// </summary>
    public void AddAll(IEnumerable<Article> articles, Action<Article, AddOutcome, long>? stored = null)
    {
        SqliteTransaction? transaction = null;
        var batch = new List<(Article Article, AddOutcome Outcome, long Id)>(BatchSize);
        void Commit()
        {
            transaction?.Commit();
            transaction?.Dispose();
            transaction = null;
            foreach (var (article, outcome, id) in batch)
            {
                stored?.Invoke(article, outcome, id);
            }
            batch.Clear();
        }
        try
        {
            foreach (var article in articles)
            {
                transaction ??= _connection.BeginTransaction(deferred: false);
                var (outcome, id) = Add(article, transaction);
                batch.Add((article, outcome, id));
                if (batch.Count == BatchSize)
                {
                    Commit();
                }
            }
            Commit();
        }
        catch (Exception) when (transaction is not null)
        {
            // Reading stopped on an error: what the batch holds is kept (unless the store itself failed, a full disk:
            // then the batch is lost), and the error that stopped the run goes on.
            try
            {
                Commit();
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException)
            {
            }
            throw;
        }
        finally
        {
            transaction?.Dispose();
        }
    }

    private (AddOutcome Outcome, long Id) Add(Article article, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash.Of(article);
        (long Id, string Hash)? existing = article.Url is { } url ? Find("url = $key", url, transaction) : Find("content_hash = $key AND url IS NULL", hash, transaction);
        AddOutcome outcome;
        long stored;
        if (existing is { } row && row.Hash == hash)
        {
            (outcome, stored) = (AddOutcome.Unchanged, row.Id);
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
                  RETURNING id
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
            var inserted = write.ExecuteScalar();
            (outcome, stored) = existing is null ? (AddOutcome.Added, (long)inserted!) : (AddOutcome.Replaced, existing.Value.Id);
            if (existing is not null)
            {
                // A replaced article keeps its story (grouped on the text first seen), but that story's briefs quote the old text.
                using var briefs = _connection.CreateCommand();
                briefs.Transaction = transaction;
                briefs.CommandText = "DELETE FROM story_briefs WHERE story_id IN (SELECT story_id FROM story_articles WHERE article_id = $id)";
                briefs.Parameters.AddWithValue("$id", existing.Value.Id);
                briefs.ExecuteNonQuery();
            }
        }
        return (outcome, stored);
    }

    /// <summary>The ids of the articles whose title or body match the full-text query <paramref name="query"/> (words, all of them), best first.</summary>
    public IReadOnlyList<string> Search(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT a.source_id FROM article_text JOIN articles a ON a.id = article_text.rowid WHERE article_text MATCH $q ORDER BY rank";
        command.Parameters.AddWithValue("$q", FullTextQuery(query));
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>How many stories the store holds.</summary>
    public long StoryCount => (long)Sql.Scalar(_connection, "SELECT COUNT(*) FROM stories")!;

    /// <summary>Articles read per query by <see cref="ArticlesInArrivalOrder"/>: a page ends its read before the next starts.</summary>
    private const int ArrivalPage = 500;

    /// <summary>
    /// The stored articles after store number <paramref name="after"/>, in the order they first arrived, with their
    /// store number as their id: the input from which the stories are made, the same however many runs brought the
    /// articles in. Read a page at a time on a connection of its own, so the caller may write to the store (and may
    /// enumerate on another thread) meanwhile.
    /// </summary>
    public IEnumerable<Article> ArticlesInArrivalOrder(long after = 0)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Sql.Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, path, outlet, title, published, url, dateline, agency, language, body FROM articles WHERE id > $after ORDER BY id LIMIT $page";
        var from = command.Parameters.Add("$after", SqliteType.Integer);
        command.Parameters.AddWithValue("$page", ArrivalPage);
        var page = new List<Article>(ArrivalPage);
        while (true)
        {
            from.Value = after;
            page.Clear();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    after = reader.GetInt64(0);
                    page.Add(ReadArticle(reader, after.ToString(CultureInfo.InvariantCulture)));
                }
            }
            foreach (var article in page)
            {
                yield return article;
            }
            if (page.Count < ArrivalPage)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Where the story stream stands: the store number of the last article it took in and its saved state (see
    /// <see cref="Roundup.Stories.StoryStream.Save"/>), or null when no stream was saved yet.
    /// </summary>
    public StreamCheckpoint? StreamState()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT last_article, state FROM stream_state WHERE id = 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StreamCheckpoint(reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }

    /// <summary>
    /// Writes <paramref name="stories"/> (each as it now is: an article listed moves to it from the story it was in, a
    /// story left with no article goes, a kept brief goes when its story changed) and the stream's
    /// <paramref name="checkpoint"/>, in one transaction: the stories on disk always match the saved stream. A story's
    /// id is the store number of its first article, so an event keeps its id as articles are added.
    /// </summary>
    public void SaveStories(IEnumerable<Story> stories, StreamCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var transaction = _connection.BeginTransaction(deferred: false);
        SqliteStoryRows.Write(_connection, transaction, stories);
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO stream_state (id, last_article, state, saved_at) VALUES (1, $last, $state, $now)";
        command.Parameters.AddWithValue("$last", checkpoint.LastArticle);
        command.Parameters.AddWithValue("$state", checkpoint.State);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The brief of story <paramref name="id"/> kept for this budget and format, or null when none is kept or its story changed since.</summary>
    public string? KeptBrief(long id, int words, string format)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT b.content FROM story_briefs b JOIN stories s ON s.id = b.story_id AND s.members_hash = b.members_hash
            WHERE b.story_id = $id AND b.words = $words AND b.format = $format
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$words", words);
        command.Parameters.AddWithValue("$format", format);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Keeps <paramref name="content"/> as the brief of story <paramref name="id"/> (as it is now) for this budget and format.</summary>
    public void KeepBrief(long id, int words, string format, string content)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO story_briefs (story_id, words, format, members_hash, content)
            SELECT id, $words, $format, members_hash, $content FROM stories WHERE id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$words", words);
        command.Parameters.AddWithValue("$format", format);
        command.Parameters.AddWithValue("$content", content);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The stored stories, latest first: those with an article published on or after <paramref name="since"/> (when
    /// given) and with an article matching the full-text <paramref name="query"/> (when given), at most
    /// <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<StoredStory> Stories(DateOnly? since = null, string? query = null, int limit = int.MaxValue)
    {
        using var command = _connection.CreateCommand();
        var where = new List<string>();
        if (since is { } date)
        {
            where.Add("last_published >= $since");
            command.Parameters.AddWithValue("$since", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            where.Add("id IN (SELECT m.story_id FROM article_text JOIN story_articles m ON m.article_id = article_text.rowid WHERE article_text MATCH $q)");
            command.Parameters.AddWithValue("$q", FullTextQuery(query));
        }
        command.CommandText = "SELECT id, title, first_published, last_published, article_count, independent_count FROM stories"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY last_published IS NULL, last_published DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var stories = new List<StoredStory>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stories.Add(new StoredStory(reader.GetInt64(0), reader.GetString(1), Date(reader, 2), Date(reader, 3), reader.GetInt32(4), reader.GetInt32(5)));
        }
        return stories;
    }

    /// <summary>The articles of story <paramref name="id"/> in arrival order, with the ids they came with; empty when there is no such story.</summary>
    public IReadOnlyList<Article> StoryArticles(long id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT a.source_id, a.path, a.outlet, a.title, a.published, a.url, a.dateline, a.agency, a.language, a.body
            FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $id ORDER BY a.id
            """;
        command.Parameters.AddWithValue("$id", id);
        var articles = new List<Article>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            articles.Add(ReadArticle(reader, reader.GetString(0)));
        }
        return articles;
    }

    private static DateOnly? Date(SqliteDataReader reader, int column) =>
        !reader.IsDBNull(column) && DateOnly.TryParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>An article from a row of (id, path, outlet, title, published, url, dateline, agency, language, body) with <paramref name="id"/>.</summary>
    internal static Article ReadArticle(SqliteDataReader reader, string id)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new Article(id, reader.GetString(1), Text(2), Text(3), Date(reader, 4), Text(5), Text(6), Text(7), reader.GetString(9).Split('\n')) { Language = Text(8) };
    }

    /// <summary>Words as an FTS5 query that wants them all, each quoted so that no word is read as an operator.</summary>
    private static string FullTextQuery(string query) =>
        string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>Each stored story's id with the source ids of its articles, in arrival order; stories by id.</summary>
    public IReadOnlyList<(long Id, IReadOnlyList<string> Articles)> StoryMembers()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT m.story_id, a.source_id FROM story_articles m JOIN articles a ON a.id = m.article_id ORDER BY m.story_id, a.id";
        var stories = new List<(long Id, IReadOnlyList<string> Articles)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            long id = reader.GetInt64(0);
            if (stories.Count == 0 || stories[^1].Id != id)
            {
                stories.Add((id, new List<string>()));
            }
            ((List<string>)stories[^1].Articles).Add(reader.GetString(1));
        }
        return stories;
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
}
