using Roundup.Ingest;
using Roundup.Ingest.Web;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Storage;

/// <summary>How a feed watch paces itself.</summary>
public sealed record WatchOptions
{
    /// <summary>How often a feed that answers is fetched again.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest wait after failures: a feed that keeps failing is still tried four times a day.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>A feed failing this long is reported at each attempt until it answers again.</summary>
    public TimeSpan ReportFailingAfter { get; init; } = TimeSpan.FromDays(1);
}

/// <summary>What one round of a watch did.</summary>
/// <param name="Due">Feeds that were due and fetched (or tried).</param>
/// <param name="NotModified">Of those, feeds the server said had not changed.</param>
/// <param name="Failed">Of those, feeds that could not be fetched or read.</param>
/// <param name="Read">Articles read from the feeds that changed.</param>
/// <param name="Added">Of those, articles new to the store.</param>
public sealed record WatchRound(int Due, int NotModified, int Failed, int Read, int Added);

/// <summary>
/// Watches feeds into a store: each round fetches the feeds that are due with a conditional GET (ETag,
/// Last-Modified), at most one request a second per host, stores and groups what they hold (<see cref="StoreIngest"/>),
/// then writes each feed's state. A feed that fails waits longer each time (doubling up to
/// <see cref="WatchOptions.MaxBackoff"/>) and is reported once it has failed for a day. Feed states are written after
/// the articles they gave, so a watch stopped at any point fetches again what it may not have stored, and the store's
/// deduplication keeps the articles once.
/// </summary>
public sealed class FeedWatcher(string db, CorpusReader reader, WatchOptions options, Action<string> warn, TimeProvider? time = null)
{
    /// <summary>The shortest pause between rounds: a round that finds nothing due does not spin.</summary>
    private static readonly TimeSpan MinPause = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Runs rounds until <paramref name="stop"/> is cancelled (or once), telling <paramref name="done"/> of each. A round
    /// under way when stop is asked finishes the feed it is fetching, stores what it read, and ends.
    /// </summary>
    public void Run(IReadOnlyCollection<string> feeds, bool once, Action<WatchRound> done, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            done(Round(feeds, stop));
            if (once)
            {
                return;
            }
            stop.WaitHandle.WaitOne(UntilNextDue(feeds));
        }
    }

    /// <summary>Fetches the watched feeds that are due, stores what they hold, and writes their states.</summary>
    public WatchRound Round(IReadOnlyCollection<string> feeds, CancellationToken stop)
    {
        using var store = Stores.Open(db);
        var now = _time.GetUtcNow();
        store.AddFeeds(feeds, now);
        var watched = feeds.ToHashSet(StringComparer.Ordinal);
        var due = store.Feeds().Where(f => watched.Contains(f.Url) && f.NextFetch <= now).ToList();
        var articles = new List<Article>();
        var states = new List<FeedState>();
        int notModified = 0, failed = 0;
        foreach (var feed in due)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }
            try
            {
                var since = feed.ETag is null && feed.LastModified is null ? null : new UrlValidators(feed.ETag, feed.LastModified);
                var read = reader.ReadChanged(feed.Url, since, w => warn(w.ToString()));
                notModified += read.Modified ? 0 : 1;
                articles.AddRange(read.Articles);
                states.Add(feed with
                {
                    ETag = read.Validators.ETag,
                    LastModified = read.Validators.LastModified,
                    NextFetch = now + options.Every,
                    Errors = 0,
                    FailingSince = null,
                    LastError = null,
                    LastFetched = now,
                });
            }
            catch (RoundupException e)
            {
                failed++;
                states.Add(Failed(feed, e.Message, now));
            }
        }
        int added = 0;
        if (articles.Count > 0)
        {
            var ingest = new StoreIngest(db, warn);
            ingest.Run(articles);
            added = ingest.Counts.GetValueOrDefault(AddOutcome.Added);
        }
        foreach (var state in states)
        {
            store.SaveFeed(state);
        }
        return new WatchRound(states.Count, notModified, failed, articles.Count, added);
    }

    /// <summary>The state of a feed after a failed fetch: the wait doubles with each failure in a row, up to the cap.</summary>
    private FeedState Failed(FeedState feed, string error, DateTimeOffset now)
    {
        int errors = feed.Errors + 1;
        var since = feed.FailingSince ?? now;
        double factor = Math.Pow(2, Math.Min(errors - 1, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(options.Every.Ticks * factor, options.MaxBackoff.Ticks));
        if (now - since >= options.ReportFailingAfter)
        {
            warn($"{feed.Url} has failed for {Plural.Of((int)(now - since).TotalDays, "day")} ({Plural.Of(errors, "attempt")} in a row): {error}");
        }
        return feed with { NextFetch = now + wait, Errors = errors, FailingSince = since, LastError = error };
    }

    /// <summary>How long until the first watched feed is due (at least <see cref="MinPause"/>, at most one interval).</summary>
    private TimeSpan UntilNextDue(IReadOnlyCollection<string> feeds)
    {
        using var store = Stores.Open(db);
        var watched = feeds.ToHashSet(StringComparer.Ordinal);
        var next = store.Feeds().Where(f => watched.Contains(f.Url)).Select(f => f.NextFetch).DefaultIfEmpty(_time.GetUtcNow() + options.Every).Min();
        var wait = next - _time.GetUtcNow();
        return wait < MinPause ? MinPause : wait > options.Every ? options.Every : wait;
    }
}
