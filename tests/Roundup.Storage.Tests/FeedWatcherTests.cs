using System.Diagnostics;
using Roundup.Ingest;
using Roundup.Ingest.Web;

namespace Roundup.Storage.Tests;

/// <summary>Watching feeds: conditional fetches, backoff and a report for a failing feed, one request a second per host.</summary>
public sealed class FeedWatcherTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 27, 8, 0, 0, TimeSpan.Zero);

    private readonly TestDatabases _databases = new();
    private readonly FeedServer _server = new();
    /// <summary>Without the one-second spacing per host, except where that spacing is what a test checks.</summary>
    private readonly CorpusReader _reader = new(new IngestOptions { Fetch = new FetchOptions { MinHostInterval = TimeSpan.Zero } });

    public void Dispose()
    {
        _reader.Dispose();
        _server.Dispose();
        _databases.Dispose();
    }

    private static (string, string) Item(string title, string place) => (title,
        $"Ferries to {place} were cancelled on Friday after a storm damaged the harbour wall, the port authority said. " +
        $"Engineers will inspect the breakwater at {place} over the weekend, and the operator expects sailings to resume on Monday " +
        "if the weather allows. Passengers booked on cancelled crossings can travel on any later sailing without charge, " +
        "the operator said in a statement, and the harbour café will stay open for travellers waiting on the quay.");

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_feed_is_fetched_when_due_and_read_again_only_when_it_changed(string kind)
    {
        var db = _databases.New(kind);
        var feed = _server.BaseUrl + "/harbour.rss";
        _server.Feed("/harbour.rss", Item("Storm closes harbour", "Ellery"), Item("Ferries cancelled", "Ravensmoor"));
        var time = new ManualTime(Start);
        var warnings = new List<string>();
        var watcher = new FeedWatcher(db, _reader, new WatchOptions { Every = TimeSpan.FromMinutes(10) }, warnings.Add, time);

        var first = watcher.Round([feed], CancellationToken.None);
        time.Now += TimeSpan.FromMinutes(5);
        var early = watcher.Round([feed], CancellationToken.None);
        time.Now += TimeSpan.FromMinutes(6);
        var unchanged = watcher.Round([feed], CancellationToken.None);
        _server.Feed("/harbour.rss", Item("Storm closes harbour", "Ellery"), Item("Ferries cancelled", "Ravensmoor"), Item("Breakwater inspected", "Tarn"));
        time.Now += TimeSpan.FromMinutes(11);
        var changed = watcher.Round([feed], CancellationToken.None);

        Assert.Equal(new WatchRound(1, 0, 0, 2, 2), first);
        Assert.Equal(new WatchRound(0, 0, 0, 0, 0), early); // not due: no request
        Assert.Equal(new WatchRound(1, 1, 0, 0, 0), unchanged);
        Assert.Equal(new WatchRound(1, 0, 0, 3, 1), changed);
        Assert.Equal([200, 304, 200], _server.Requests.Select(r => r.Status));
        Assert.Null(_server.Requests[0].IfNoneMatch);
        Assert.NotNull(_server.Requests[1].IfNoneMatch);
        using var store = Stores.Open(db);
        Assert.Equal(3, store.ArticleCount);
        Assert.Equal(3, store.StoryMembers().Sum(s => s.Articles.Count));
        Assert.Empty(warnings);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_failing_feed_waits_longer_each_time_and_is_reported_once_it_has_failed_for_a_day(string kind)
    {
        var db = _databases.New(kind);
        var feed = _server.BaseUrl + "/broken.rss";
        _server.Fail("/broken.rss");
        var time = new ManualTime(Start);
        var warnings = new List<string>();
        var options = new WatchOptions { Every = TimeSpan.FromMinutes(1), MaxBackoff = TimeSpan.FromHours(6) };
        var watcher = new FeedWatcher(db, _reader, options, warnings.Add, time);
        var waits = new List<TimeSpan>();

        while (warnings.Count == 0 && waits.Count < 50)
        {
            Assert.Equal(new WatchRound(1, 0, 1, 0, 0), watcher.Round([feed], CancellationToken.None));
            using var store = Stores.Open(db);
            var state = Assert.Single(store.Feeds());
            waits.Add(state.NextFetch - time.Now);
            time.Now = state.NextFetch;
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360], waits.Take(12).Select(w => (int)w.TotalMinutes));
        Assert.Equal(waits.Count, _server.Requests.Count); // one request per round, none while waiting
        Assert.Contains("has failed for 1 day", Assert.Single(warnings), StringComparison.Ordinal);
        Assert.Contains("HTTP 500", warnings[0], StringComparison.Ordinal);

        _server.Feed("/broken.rss", Item("Storm closes harbour", "Ellery"));
        watcher.Round([feed], CancellationToken.None);
        using var after = Stores.Open(db);
        var recovered = Assert.Single(after.Feeds());
        Assert.Equal((0, null, null), (recovered.Errors, recovered.FailingSince, recovered.LastError));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Feeds_of_one_host_are_fetched_at_most_once_a_second(string kind)
    {
        var db = _databases.New(kind);
        var feeds = new[] { "/one.rss", "/two.rss", "/three.rss" };
        foreach (var (path, i) in feeds.Select((p, i) => (p, i)))
        {
            _server.Feed(path, Item($"Report {i}", $"Port {i}"));
        }
        using var polite = new CorpusReader();
        var watcher = new FeedWatcher(db, polite, new WatchOptions(), _ => { });

        var round = watcher.Round(feeds.Select(p => _server.BaseUrl + p).ToList(), CancellationToken.None);

        Assert.Equal(3, round.Due);
        var times = _server.Requests.Select(r => r.At).Order().ToList();
        for (int i = 1; i < times.Count; i++)
        {
            Assert.True(Stopwatch.GetElapsedTime(times[i - 1], times[i]) >= TimeSpan.FromMilliseconds(900), "two requests to one host less than a second apart: " + string.Join(", ", _server.Requests.Select(r => $"{r.Path} {r.Status} {Stopwatch.GetElapsedTime(times[0], r.At).TotalMilliseconds:0}ms")));
        }
    }
}
