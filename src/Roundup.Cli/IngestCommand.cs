using System.CommandLine;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;
using Roundup.Storage;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>
/// <c>roundup ingest PATH... [--db PATH]</c>: reads articles into the store, once each. Run again on the same input it
/// adds nothing; an article fetched again with changed text replaces the old one.
/// </summary>
internal static class IngestCommand
{
    /// <summary>The store used when neither <c>--db</c> nor <c>ROUNDUP_DB</c> names one: in the current folder.</summary>
    private const string DefaultStore = "roundup.db";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var db = DbOption();
        var queue = new Option<bool>("--queue")
        {
            Description = "Share the input with the other 'ingest --queue' runs on this store (on other machines too, with PostgreSQL): each file is read by one of them.",
        };
        var command = new Command("ingest", "Read articles into the store (roundup.db here, or --db PATH), each once.")
        {
            paths, db, queue,
        };
        command.SetAction(parse =>
        {
            var path = StorePath(parse.GetValue(db));
            using var reader = new CorpusReader();
            var articles = reader.Read(parse.GetValue(paths)!, CliShared.Warn(stderr));
            void Warn(string message) => stderr.WriteLine($"warning: {message}");
            StoreIngest ingest;
            if (parse.GetValue(queue))
            {
                ingest = Worker(path, reader, parse.GetValue(paths)!, stderr, Warn);
            }
            else if (ClusterCommand.ShowProgress(stderr))
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                ingest = console.Status().Start("Ingesting…", context =>
                {
                    var run = new StoreIngest(path, Warn, p => context.Status($"{p.Read:N0} articles read, {p.Grouped:N0} new ones grouped into stories"));
                    run.Run(articles);
                    return run;
                });
            }
            else
            {
                ingest = new StoreIngest(path, Warn);
                ingest.Run(articles);
            }
            var counts = ingest.Counts;
            if (ingest.Read == 0 && !parse.GetValue(queue))
            {
                throw new RoundupException("Nothing ingested: no readable article was found.");
            }
            using var store = Stores.Open(path);
            stderr.WriteLine(
                $"{Plural.Of(ingest.Read, "article")} read: {counts.GetValueOrDefault(AddOutcome.Added)} added, {counts.GetValueOrDefault(AddOutcome.Replaced)} replaced, " +
                $"{counts.GetValueOrDefault(AddOutcome.Unchanged)} already stored; the store {store.Location} holds {Plural.Of((int)store.ArticleCount, "article")} " +
                $"in {Plural.Of((int)store.StoryCount, "story", "stories")}.");
            return RoundupCli.Success;
        });
        return command;
    }

    /// <summary>
    /// How long a claimed file stays with the worker that claimed it: a worker that died lets go of it then, and another
    /// reads it (the store keeps each article once, so a file read twice costs time only).
    /// </summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    /// <summary>
    /// One worker of a shared ingest: queues the input's files (a file queued before is left as it is), stores the
    /// files it claims until none is left, then groups whatever the workers stored that is not grouped yet.
    /// </summary>
    private static StoreIngest Worker(string db, CorpusReader reader, string[] paths, TextWriter stderr, Action<string> warn)
    {
        var ingest = new StoreIngest(db, warn);
        using (var store = Stores.Open(db))
        {
            store.Enqueue(QueueItems(paths), DateTimeOffset.UtcNow);
            var worker = $"{Environment.MachineName}/{Environment.ProcessId}";
            while (store.Claim(worker, Lease, DateTimeOffset.UtcNow) is { } item)
            {
                ingest.StoreOnly(reader.Read([item], CliShared.Warn(stderr)));
                store.Finish(item, DateTimeOffset.UtcNow);
            }
        }
        ingest.Group();
        return ingest;
    }

    /// <summary>The queue's items for the input: URLs as they are, files by their full path, folders as the files in them.</summary>
    private static IEnumerable<string> QueueItems(string[] paths)
    {
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        foreach (var path in paths)
        {
            if (path == CorpusReader.StandardInputPath)
            {
                throw new RoundupException("--queue shares files and URLs between runs; it cannot share standard input.");
            }
            if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(Path.GetFullPath(path), "*", walk).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return Path.GetFullPath(path);
            }
        }
    }

    /// <summary><c>--db PATH|URL</c>: the store's file, or its PostgreSQL database.</summary>
    internal static Option<string?> DbOption() => new("--db")
    {
        Description = $"The store: a SQLite file, or a PostgreSQL database as postgresql://user:password@host:port/name (default: $ROUNDUP_DB, else {DefaultStore} in the current folder).",
    };

    /// <summary>The store named by <c>--db</c>, else by <c>ROUNDUP_DB</c>, else the default.</summary>
    internal static string StorePath(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable("ROUNDUP_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultStore;
}
