using System.Diagnostics;
using Roundup.Storage;
using Roundup.Storage.Tests;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup watch</c>: stops cleanly on SIGTERM, adds nothing twice after a restart, and says what is wrong with its input.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestDatabases _databases = new();
    private readonly FeedServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _databases.Dispose();
        _folder.Dispose();
    }

    /// <summary>Sends SIGTERM, as a service manager stopping the watch would.</summary>
    private static void Terminate(int pid)
    {
        using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static (string, string) Item(string title) => (title,
        $"{title}: the council met on Thursday evening to decide the future of the old harbour market, which has stood empty " +
        "since the fish trade moved to the new quay. Traders asked for a covered hall with space for thirty stalls, while " +
        "residents wanted a park and a playground by the water. The decision was put off until the spring, after a survey " +
        "of the building's foundations, which flooded twice last winter when the river rose above the sea wall.");

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Sigterm_ends_the_watch_cleanly_and_a_restart_adds_nothing_twice(string kind)
    {
        var db = _databases.New(kind);
        _server.Feed("/council.rss", Item("Market hall"), Item("Harbour park"));
        var list = _folder.File("feeds.txt", $"# the council's feed\n{_server.BaseUrl}/council.rss\n");
        var cli = Path.Combine(AppContext.BaseDirectory, "Roundup.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "watch", "--feeds", list, "--every", "1s", "--db", db })
        {
            start.ArgumentList.Add(arg);
        }
        string stderr;
        int exit;
        using (var child = Process.Start(start)!)
        {
            var lines = new List<string>();
            var output = Task.Run(() =>
            {
                while (child.StandardError.ReadLine() is { } line)
                {
                    lock (lines)
                    {
                        lines.Add(line);
                    }
                }
            });
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(60) && _server.Requests.Count < 2)
            {
                Thread.Sleep(50);
            }
            Terminate(child.Id);
            Assert.True(child.WaitForExit(TimeSpan.FromSeconds(30)), "the watch did not stop on SIGTERM");
            output.Wait(TimeSpan.FromSeconds(5));
            exit = child.ExitCode;
            lock (lines)
            {
                stderr = string.Join('\n', lines);
            }
        }

        Assert.Equal(0, exit);
        Assert.EndsWith("Stopped.", stderr, StringComparison.Ordinal);
        Assert.Contains("2 articles read, 2 new", stderr, StringComparison.Ordinal);
        var restart = CliRunner.Run("watch", "--feeds", list, "--once", "--every", "1s", "--db", db);
        Assert.Equal(0, restart.ExitCode);
        using var store = Stores.Open(db);
        Assert.Equal(2, store.ArticleCount);
        Assert.Equal(2, store.StoryMembers().Sum(s => s.Articles.Count));
    }

    [Fact]
    public void A_bad_interval_an_empty_list_and_a_bad_line_are_said_in_one_line()
    {
        var good = _folder.File("good.txt", $"{_server.BaseUrl}/nothing.rss\nnot a url\n");
        var empty = _folder.File("empty.txt", "# nothing yet\n\n");
        var db = _databases.New(TestDatabases.Sqlite);

        var interval = CliRunner.Run("watch", "--feeds", good, "--every", "often", "--db", db);
        var none = CliRunner.Run("watch", "--feeds", empty, "--db", db);
        var missing = CliRunner.Run("watch", "--feeds", Path.Combine(_folder.Path, "absent.txt"), "--db", db);
        var badLine = CliRunner.Run("watch", "--feeds", good, "--once", "--db", db);

        Assert.Equal((1, 1, 1), (interval.ExitCode, none.ExitCode, missing.ExitCode));
        Assert.Contains("--every takes a duration", interval.Stderr, StringComparison.Ordinal);
        Assert.Contains("names no feed", none.Stderr, StringComparison.Ordinal);
        Assert.Contains("Cannot read the feed list", missing.Stderr, StringComparison.Ordinal);
        foreach (var result in new[] { interval, none, missing })
        {
            Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        }
        Assert.Equal(0, badLine.ExitCode);
        Assert.Contains("good.txt:2: 'not a url' is not an http(s) URL; skipped.", badLine.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 unchanged, 1 failed", badLine.Stderr, StringComparison.Ordinal); // the feed answers 404
    }
}
