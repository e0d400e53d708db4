using System.Diagnostics;
using System.Text.Json;
using Roundup.Storage;

namespace Roundup.Cli.Tests;

/// <summary>
/// Several <c>roundup ingest --queue</c> workers on one store: each file is read by one of them, and the stories are
/// the ones a single worker makes (one story per event, none made twice).
/// </summary>
public sealed class IngestWorkersTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestDatabases _databases = new();

    public void Dispose()
    {
        _databases.Dispose();
        _folder.Dispose();
    }

    private static readonly string[][] Events =
    [
        ["volcano", "Mount Ardent", "lava", "ash cloud", "evacuated villages", "seismologists"],
        ["election", "Governor Halvorsen", "ballots", "polling stations", "turnout", "recount"],
        ["transfer", "striker Okonkwo", "football club", "fee", "contract", "medical"],
        ["drought", "river Tessel", "reservoirs", "farmers", "water rationing", "irrigation"],
    ];

    /// <summary>Six files per event, each of ten reports worded a little differently, shuffled into one folder.</summary>
    private string Input()
    {
        var folder = Path.Combine(_folder.Path, "input");
        int file = 0;
        for (int e = 0; e < Events.Length; e++)
        {
            for (int f = 0; f < 6; f++, file++)
            {
                var lines = Enumerable.Range(0, 10).Select(i =>
                {
                    var w = Events[e];
                    var text = $"The {w[0]} near {w[1]} dominated the day: reports of {w[2]} and {w[3]} reached the capital, " +
                               $"officials spoke of {w[4]}, and {w[5]} said the {w[0]} was far from over. Update {f}-{i}: more on the {w[2]} " +
                               $"and the {w[4]} around {w[1]} as {w[5]} described the {w[3]}.";
                    return JsonSerializer.Serialize(new { id = $"e{e}-f{f}-{i}", url = $"https://news.example/{e}/{f}/{i}", title = $"{w[1]}: {w[0]} update {f}.{i}", text });
                });
                File.WriteAllLines(Path.Combine(Directory.CreateDirectory(folder).FullName, $"{(file * 7) % 24:00}.jsonl"), lines);
            }
        }
        return folder;
    }

    /// <summary>Each story as the sorted source ids of its articles; stories sorted.</summary>
    private static List<string> Partition(string db)
    {
        using var store = Stores.Open(db);
        return store.StoryMembers().Select(s => string.Join(',', s.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Two_workers_on_one_store_make_the_stories_one_worker_makes(string kind)
    {
        var input = Input();
        var alone = _databases.New(kind, "alone");
        var shared = _databases.New(kind, "shared");
        Assert.Equal(0, CliRunner.Run("ingest", "--queue", input, "--db", alone).ExitCode);

        var cli = Path.Combine(AppContext.BaseDirectory, "Roundup.Cli.dll");
        var workers = Enumerable.Range(0, 2).Select(_ =>
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { cli, "ingest", "--queue", input, "--db", shared })
            {
                start.ArgumentList.Add(arg);
            }
            return Process.Start(start)!;
        }).ToList();
        var errors = workers.Select(w => w.StandardError.ReadToEndAsync()).ToList();
        foreach (var worker in workers)
        {
            Assert.True(worker.WaitForExit(TimeSpan.FromMinutes(2)), "a worker did not finish");
            Assert.True(worker.ExitCode == 0, errors[workers.IndexOf(worker)].Result);
            worker.Dispose();
        }

        var stories = Partition(alone);
        Assert.Equal(Events.Length, stories.Count);
        Assert.Equal(stories, Partition(shared));
        Assert.Equal(24, TestDatabases.Rows(shared, "SELECT item FROM ingest_queue WHERE done_at IS NOT NULL").Count);
        using var store = Stores.Open(shared);
        Assert.Equal(240, store.ArticleCount);
    }
}
