using System.Diagnostics;

namespace Roundup.Cli.Tests;

/// <summary>
/// The store under a second process: an ingest killed part-way (SIGKILL) and run again leaves the store an
/// uninterrupted run leaves, and reads while another process ingests never fail.
/// </summary>
public sealed class IngestInterruptionTests : IDisposable
{
    /// <summary>Enough articles that the ingest is still running when it is killed.</summary>
    private const int Articles = 10_000;

    private readonly TempFolder _folder = new();
    private readonly TestDatabases _databases = new();

    public void Dispose()
    {
        _databases.Dispose();
        _folder.Dispose();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_killed_ingest_run_again_gives_the_same_store_as_one_run(string kind)
    {
        var input = _folder.File("stream.jsonl", string.Join('\n', Enumerable.Range(0, Articles).Select(i =>
            $"{{\"id\": \"a{i}\", \"url\": \"https://example.com/{i}\", \"title\": \"Report {i}\", \"text\": \"Harbour report {i}: ferries to the island ran late on day {i % 31} after a storm, the port said.\"}}")));
        var killed = _databases.New(kind, "killed");
        var whole = _databases.New(kind, "whole");

        using (var child = StartIngest(input, killed))
        {
            // Kill it once it has written something (or finished: the property holds either way).
            var watch = Stopwatch.StartNew();
            while (!child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60) && Count(killed) < Articles / 4)
            {
                Thread.Sleep(20);
            }
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
            child.WaitForExit();
        }
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", killed).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", whole).ExitCode);

        Assert.Equal(Rows(whole), Rows(killed));
        Assert.Equal(Articles, Rows(killed).Count);
        // The same stories under the same ids, and every article in one of them.
        Assert.Equal(Stories(whole), Stories(killed));
        Assert.Equal(Articles, TestDatabases.Rows(killed, "SELECT article_id FROM story_articles").Count);
    }

    private static Process StartIngest(string input, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Roundup.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "ingest", input, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    /// <summary>Articles committed so far; 0 while the store does not exist yet or is being created.</summary>
    private static long Count(string db)
    {
        try
        {
            return db.StartsWith("postgresql://", StringComparison.Ordinal) || File.Exists(db)
                ? Convert.ToInt64(TestDatabases.Scalar(db, "SELECT COUNT(*) FROM articles"), System.Globalization.CultureInfo.InvariantCulture)
                : 0;
        }
        catch (System.Data.Common.DbException)
        {
            return 0;
        }
    }

    private static List<string> Rows(string db) =>
        TestDatabases.Rows(db, "SELECT COALESCE(url, '') || ' ' || content_hash || ' ' || body FROM articles ORDER BY url, content_hash");

    private static List<string> Stories(string db) =>
        TestDatabases.Rows(db, "SELECT s.id || ' ' || s.article_count || ' ' || a.url FROM stories s JOIN story_articles m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id ORDER BY s.id, a.url");

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Reading_the_store_while_another_process_ingests_never_fails(string kind)
    {
        var input = _folder.File("stream.jsonl", string.Join('\n', Enumerable.Range(0, Articles).Select(i =>
            $"{{\"id\": \"a{i}\", \"url\": \"https://example.com/{i}\", \"title\": \"Report {i}\", \"text\": \"Harbour report {i}: ferries to the island ran late on day {i % 31} after a storm, the port said.\"}}")));
        var db = _databases.New(kind, "shared");
        Assert.Equal(0, CliRunner.Run("ingest", TestPaths.Palmyra, "--db", db).ExitCode);
        int reads = 0;
        var failures = new List<string>();

        using (var child = StartIngest(input, db))
        {
            var watch = Stopwatch.StartNew();
            while (!child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
            {
                var result = CliRunner.Run("stories", "--db", db, "--format", "json");
                if (result.ExitCode != 0)
                {
                    failures.Add(result.Stderr);
                }
                reads++;
            }
            child.WaitForExit();
            Assert.Equal(0, child.ExitCode);
        }

        Assert.Empty(failures);
        Assert.True(reads > 0);
        Assert.Equal(Articles + 5, Rows(db).Count);
    }
}
