using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Roundup.Cli.Tests;

/// <summary>
/// The store under a second process: an ingest killed part-way (SIGKILL) and run again leaves the store an
/// uninterrupted run leaves, and reads while another process ingests never fail.
/// </summary>
public sealed class IngestInterruptionTests : IDisposable
{
    /// <summary>Enough articles that the ingest is still running when it is killed.</summary>
    private const int Articles = 4000;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_killed_ingest_run_again_gives_the_same_store_as_one_run()
    {
        var input = _folder.File("stream.jsonl", string.Join('\n', Enumerable.Range(0, Articles).Select(i =>
            $"{{\"id\": \"a{i}\", \"url\": \"https://example.com/{i}\", \"title\": \"Report {i}\", \"text\": \"Harbour report {i}: ferries to the island ran late on day {i % 31} after a storm, the port said.\"}}")));
        var killed = Path.Combine(_folder.Path, "killed.db");
        var whole = Path.Combine(_folder.Path, "whole.db");

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
        if (!File.Exists(db))
        {
            return 0;
        }
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static List<string> Rows(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(url, '') || ' ' || content_hash || ' ' || body FROM articles ORDER BY url, content_hash";
        var rows = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    [Fact]
    public void Reading_the_store_while_another_process_ingests_never_fails()
    {
        var input = _folder.File("stream.jsonl", string.Join('\n', Enumerable.Range(0, Articles).Select(i =>
            $"{{\"id\": \"a{i}\", \"url\": \"https://example.com/{i}\", \"title\": \"Report {i}\", \"text\": \"Harbour report {i}: ferries to the island ran late on day {i % 31} after a storm, the port said.\"}}")));
        var db = Path.Combine(_folder.Path, "shared.db");
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
