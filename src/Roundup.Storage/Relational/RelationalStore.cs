using System.Data.Common;
using System.Globalization;
using Roundup.Model;

namespace Roundup.Storage.Relational;

/// <summary>
/// What both stores do the same way, in the SQL both speak: articles added once, stories written as they now are,
/// briefs kept, stories listed. A store supplies its connections, its full-text search, its value types for dates
/// and times, and its ingest lock.
/// </summary>
public abstract partial class RelationalStore : IStore
{
    /// <summary>Articles committed together by <see cref="AddAll"/>: few enough that a stopped run loses little work.</summary>
    private const int BatchSize = 256;

    /// <summary>Articles read per query by <see cref="ArticlesInArrivalOrder"/>: a page ends its read before the next starts.</summary>
    private const int ArrivalPage = 500;

    private const string ArticleColumns = "path, outlet, title, published, url, dateline, agency, language, body";

    private protected RelationalStore(DbConnection connection, string location, int version)
    {
        Connection = connection;
        Location = location;
        SchemaVersion = version;
    }

    private protected DbConnection Connection { get; }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <inheritdoc />
    public long ArticleCount => Db.Long(Db.Scalar(Connection, "SELECT COUNT(*) FROM articles"));

    /// <inheritdoc />
    public long StoryCount => Db.Long(Db.Scalar(Connection, "SELECT COUNT(*) FROM stories"));

    /// <inheritdoc />
    public abstract IDisposable LockForIngest(Action? waiting = null);

    /// <summary>A transaction that holds the write lock from its start (two writers never deadlock upgrading).</summary>
    private protected abstract DbTransaction BeginWrite();

    /// <summary>A new connection for reading while this one writes.</summary>
    private protected abstract DbConnection OpenReader();

    /// <summary>SQL giving the articles matching the full-text query <c>@q</c>: columns <c>id</c> and <c>score</c> (lower is better).</summary>
    private protected abstract string MatchingArticles { get; }

    /// <summary>The value of <c>@q</c> for a query of plain words, all wanted.</summary>
    private protected abstract object FullText(string words);

    private protected abstract object DateValue(DateOnly date);

    private protected abstract DateOnly? ReadDate(DbDataReader reader, int column);

    private protected abstract object Now();

    private protected abstract object TimeValue(DateTimeOffset time);

    /// <summary>What a claim's row lock says, in a store where claims can pass each other (PostgreSQL); empty where writers take turns (SQLite).</summary>
    private protected virtual string SkipLocked => "";

    private protected abstract DateTimeOffset? ReadTime(DbDataReader reader, int column);

    /// <summary>
    /// The store number of a new article, or null for the database's own (SQLite's rowid: the largest plus one, so a
    /// rolled-back batch leaves no gap). Numbers must come without gaps and in commit order: an event's story id is its
    /// first article's number, the same whether a run was stopped and run again or not.
    /// </summary>
    private protected virtual long? NextArticleNumber(DbTransaction transaction) => null;

    /// <inheritdoc />
    public AddOutcome Add(Article article)
    {
        using var transaction = BeginWrite();
        var (outcome, _) = Add(article, transaction);
        transaction.Commit();
        return outcome;
    }

    /// <inheritdoc />
    public void AddAll(IEnumerable<Article> articles, Action<Article, AddOutcome, long>? stored = null)
    {
        DbTransaction? transaction = null;
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
                transaction ??= BeginWrite();
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
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
            }
            throw;
        }
        finally
        {
            transaction?.Dispose();
        }
    }

    private (AddOutcome Outcome, long Id) Add(Article article, DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash.Of(article);
        var existing = article.Url is { } url ? Find("url = @key", url, transaction) : Find("content_hash = @key AND url IS NULL", hash, transaction);
        if (existing is { } row && row.Hash == hash)
        {
            return (AddOutcome.Unchanged, row.Id);
        }
        using var write = Db.Command(Connection, existing is null
            ? $"""
              INSERT INTO articles (id, source_id, content_hash, {ArticleColumns}, added_at, updated_at)
              VALUES (@id, @source, @hash, @path, @outlet, @title, @published, @url, @dateline, @agency, @language, @body, @now, @now)
              RETURNING id
              """
            : """
              UPDATE articles SET source_id = @source, path = @path, content_hash = @hash, outlet = @outlet, title = @title,
                  published = @published, dateline = @dateline, agency = @agency, language = @language, body = @body, updated_at = @now
              WHERE id = @id
              RETURNING id
              """, transaction);
        write.Set("id", existing is { } old ? old.Id : NextArticleNumber(transaction)).Set("source", article.Id).Set("path", article.Path).Set("url", article.Url).Set("hash", hash)
            .Set("outlet", article.Outlet).Set("title", article.Title).Set("published", article.Published is { } d ? DateValue(d) : null)
            .Set("dateline", article.Dateline).Set("agency", article.Agency).Set("language", article.Language)
            .Set("body", string.Join('\n', article.Paragraphs)).Set("now", Now());
        long id = Db.Long(write.ExecuteScalar());
        if (existing is null)
        {
            return (AddOutcome.Added, id);
        }
        // A replaced article keeps its story (grouped on the text first seen), but that story's briefs quote the old text.
        using var briefs = Db.Command(Connection, "DELETE FROM story_briefs WHERE story_id IN (SELECT story_id FROM story_articles WHERE article_id = @id)", transaction);
        briefs.Set("id", id).ExecuteNonQuery();
        return (AddOutcome.Replaced, id);
    }

    private (long Id, string Hash)? Find(string condition, string key, DbTransaction transaction)
    {
        using var command = Db.Command(Connection, $"SELECT id, content_hash FROM articles WHERE {condition} LIMIT 1", transaction);
        using var reader = command.Set("key", key).ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Search(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        using var command = Db.Command(Connection, $"SELECT a.source_id FROM ({MatchingArticles}) m JOIN articles a ON a.id = m.id ORDER BY m.score, a.id");
        using var reader = command.Set("q", FullText(query)).ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <inheritdoc />
    public IEnumerable<Article> ArticlesInArrivalOrder(long after = 0)
    {
        using var connection = OpenReader();
        using var command = Db.Command(connection, $"SELECT id, {ArticleColumns} FROM articles WHERE id > @after ORDER BY id LIMIT @page");
        command.Set("page", ArrivalPage);
        var page = new List<Article>(ArrivalPage);
        while (true)
        {
            page.Clear();
            using (var reader = command.Set("after", after).ExecuteReader())
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

    /// <inheritdoc />
    public StreamCheckpoint? StreamState()
    {
        using var command = Db.Command(Connection, "SELECT last_article, state FROM stream_state WHERE id = 1");
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StreamCheckpoint(reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }

    /// <inheritdoc />
    public void SaveStories(IEnumerable<Story> stories, StreamCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var transaction = BeginWrite();
        new StoryRows(Connection, transaction, Now(), DateValue).Write(stories);
        using var command = Db.Command(Connection, """
            INSERT INTO stream_state (id, last_article, state, saved_at) VALUES (1, @last, @state, @now)
            ON CONFLICT (id) DO UPDATE SET last_article = excluded.last_article, state = excluded.state, saved_at = excluded.saved_at
            """, transaction);
        command.Set("last", checkpoint.LastArticle).Set("state", checkpoint.State).Set("now", Now()).ExecuteNonQuery();
        transaction.Commit();
    }

    /// <inheritdoc />
    public string? KeptBrief(long id, int words, string format)
    {
        using var command = Db.Command(Connection, """
            SELECT b.content FROM story_briefs b JOIN stories s ON s.id = b.story_id AND s.members_hash = b.members_hash
            WHERE b.story_id = @id AND b.words = @words AND b.format = @format
            """);
        return command.Set("id", id).Set("words", words).Set("format", Edition(format)).ExecuteScalar() as string;
    }

    /// <summary>
    /// A kept brief's format key names the engine build that wrote it (the engine assembly's module version, the same
    /// for the same source in a deterministic build): a newer engine writes its briefs afresh instead of serving an
    /// older one's (one without the timeline, say).
    /// </summary>
    private static string Edition(string format) => $"{format}/{EngineBuild}";

    private static readonly string EngineBuild = typeof(Article).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <inheritdoc />
    public void KeepBrief(long id, int words, string format, string content)
    {
        using var transaction = Connection.BeginTransaction();
        using (var stale = Db.Command(Connection, """
            DELETE FROM story_briefs WHERE story_id = @id AND words = @words AND format LIKE @base AND format <> @format
            """, transaction))
        {
            // What an older engine kept for this story, budget and format is never served again.
            stale.Set("id", id).Set("words", words).Set("base", format + "/%").Set("format", Edition(format)).ExecuteNonQuery();
        }
        using var command = Db.Command(Connection, """
            INSERT INTO story_briefs (story_id, words, format, members_hash, content)
            SELECT id, @words, @format, members_hash, @content FROM stories WHERE id = @id
            ON CONFLICT (story_id, words, format) DO UPDATE SET members_hash = excluded.members_hash, content = excluded.content
            """, transaction);
        command.Set("id", id).Set("words", words).Set("format", Edition(format)).Set("content", content).ExecuteNonQuery();
        transaction.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredStory> Stories(DateOnly? since = null, string? query = null, int limit = int.MaxValue, int offset = 0)
    {
        using var command = Db.Command(Connection, "");
        var where = new List<string>();
        if (since is { } date)
        {
            where.Add("last_published >= @since");
            command.Set("since", DateValue(date));
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            where.Add($"id IN (SELECT m.story_id FROM ({MatchingArticles}) a JOIN story_articles m ON m.article_id = a.id)");
            command.Set("q", FullText(query));
        }
        command.CommandText = $"SELECT {StoryColumns} FROM stories"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY last_published IS NULL, last_published DESC, id DESC LIMIT @limit OFFSET @offset";
        using var reader = command.Set("limit", limit).Set("offset", offset).ExecuteReader();
        var stories = new List<StoredStory>();
        while (reader.Read())
        {
            stories.Add(ReadStory(reader));
        }
        return stories;
    }

    private const string StoryColumns = "id, title, first_published, last_published, article_count, independent_count";

    private StoredStory ReadStory(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), ReadDate(reader, 2), ReadDate(reader, 3), reader.GetInt32(4), reader.GetInt32(5));

    /// <inheritdoc />
    public IReadOnlyList<string> StoryOutlets(long id, int max)
    {
        using var command = Db.Command(Connection, """
            SELECT a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
            WHERE m.story_id = @id AND a.outlet IS NOT NULL
            GROUP BY a.outlet ORDER BY COUNT(*) DESC, a.outlet LIMIT @max
            """);
        using var reader = command.Set("id", id).Set("max", max).ExecuteReader();
        var outlets = new List<string>();
        while (reader.Read())
        {
            outlets.Add(reader.GetString(0));
        }
        return outlets;
    }

    /// <inheritdoc />
    public StoredStory? Story(long id)
    {
        using var command = Db.Command(Connection, $"SELECT {StoryColumns} FROM stories WHERE id = @id");
        using var reader = command.Set("id", id).ExecuteReader();
        return reader.Read() ? ReadStory(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<Article> StoryArticles(long id)
    {
        using var command = Db.Command(Connection, """
            SELECT a.source_id, a.path, a.outlet, a.title, a.published, a.url, a.dateline, a.agency, a.language, a.body
            FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = @id ORDER BY a.id
            """);
        using var reader = command.Set("id", id).ExecuteReader();
        var articles = new List<Article>();
        while (reader.Read())
        {
            articles.Add(ReadArticle(reader, reader.GetString(0)));
        }
        return articles;
    }

    /// <inheritdoc />
    public IReadOnlyList<(long Id, IReadOnlyList<string> Articles)> StoryMembers()
    {
        using var command = Db.Command(Connection, "SELECT m.story_id, a.source_id FROM story_articles m JOIN articles a ON a.id = m.article_id ORDER BY m.story_id, a.id");
        using var reader = command.ExecuteReader();
        var stories = new List<(long Id, IReadOnlyList<string> Articles)>();
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

    /// <summary>An article from a row of (any, path, outlet, title, published, url, dateline, agency, language, body) with <paramref name="id"/>.</summary>
    private Article ReadArticle(DbDataReader reader, string id)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new Article(id, reader.GetString(1), Text(2), Text(3), ReadDate(reader, 4), Text(5), Text(6), Text(7), reader.GetString(9).Split('\n')) { Language = Text(8) };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
