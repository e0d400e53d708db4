namespace Roundup.Storage.Relational;

/// <summary>The store's shared work: the feeds a watch fetches, and the queue of files ingest workers claim.</summary>
public abstract partial class RelationalStore
{
    /// <inheritdoc />
    public int AddFeeds(IEnumerable<string> urls, DateTimeOffset now) =>
        InsertNew("INSERT INTO feeds (url, next_fetch, errors, added_at) VALUES (@key, @now, 0, @now) ON CONFLICT (url) DO NOTHING", urls, now);

    /// <inheritdoc />
    public IReadOnlyList<FeedState> Feeds()
    {
        using var command = Db.Command(Connection, "SELECT url, etag, last_modified, next_fetch, errors, failing_since, last_error, last_fetched FROM feeds ORDER BY url");
        using var reader = command.ExecuteReader();
        var feeds = new List<FeedState>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            feeds.Add(new FeedState(reader.GetString(0), Text(1), Text(2), ReadTime(reader, 3)!.Value, reader.GetInt32(4), ReadTime(reader, 5), Text(6), ReadTime(reader, 7)));
        }
        return feeds;
    }

    /// <inheritdoc />
    public void SaveFeed(FeedState feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var command = Db.Command(Connection, """
            UPDATE feeds SET etag = @etag, last_modified = @modified, next_fetch = @next, errors = @errors,
                failing_since = @failing, last_error = @error, last_fetched = @fetched
            WHERE url = @url
            """);
        command.Set("url", feed.Url).Set("etag", feed.ETag).Set("modified", feed.LastModified).Set("next", TimeValue(feed.NextFetch))
            .Set("errors", feed.Errors).Set("failing", feed.FailingSince is { } since ? TimeValue(since) : null).Set("error", feed.LastError)
            .Set("fetched", feed.LastFetched is { } fetched ? TimeValue(fetched) : null).ExecuteNonQuery();
    }

    /// <inheritdoc />
    public int Enqueue(IEnumerable<string> items, DateTimeOffset now) =>
        InsertNew("INSERT INTO ingest_queue (item, added_at) VALUES (@key, @now) ON CONFLICT (item) DO NOTHING", items, now);

    /// <summary>Runs <paramref name="insert"/> (keyed <c>@key</c>, timed <c>@now</c>) once per distinct key, in one transaction; returns how many rows it added.</summary>
    private int InsertNew(string insert, IEnumerable<string> keys, DateTimeOffset now)
    {
        using var transaction = BeginWrite();
        using var add = Db.Command(Connection, insert, transaction);
        add.Set("now", TimeValue(now));
        int added = 0;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            added += add.Set("key", key).ExecuteNonQuery();
        }
        transaction.Commit();
        return added;
    }

    /// <inheritdoc />
    public string? Claim(string worker, TimeSpan lease, DateTimeOffset now)
    {
        using var transaction = BeginWrite();
        using var claim = Db.Command(Connection, $"""
            UPDATE ingest_queue SET claimed_by = @worker, claimed_at = @now
            WHERE item = (SELECT item FROM ingest_queue WHERE done_at IS NULL AND (claimed_at IS NULL OR claimed_at < @expired)
                          ORDER BY item LIMIT 1{SkipLocked})
            RETURNING item
            """, transaction);
        var item = claim.Set("worker", worker).Set("now", TimeValue(now)).Set("expired", TimeValue(now - lease)).ExecuteScalar() as string;
        transaction.Commit();
        return item;
    }

    /// <inheritdoc />
    public void Finish(string item, DateTimeOffset now)
    {
        using var done = Db.Command(Connection, "UPDATE ingest_queue SET done_at = @now WHERE item = @item");
        done.Set("item", item).Set("now", TimeValue(now)).ExecuteNonQuery();
    }
}
