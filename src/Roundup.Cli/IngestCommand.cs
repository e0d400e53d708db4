using System.CommandLine;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;
using Roundup.Storage;
using Roundup.Storage.Sqlite;
using Roundup.Stories;
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
        var command = new Command("ingest", "Read articles into the store (roundup.db here, or --db PATH), each once.")
        {
            paths, db,
        };
        command.SetAction(parse =>
        {
            var path = StorePath(parse.GetValue(db));
            using var store = SqliteStore.Open(path);
            using var reader = new CorpusReader();
            var articles = reader.Read(parse.GetValue(paths)!, CliShared.Warn(stderr));
            Dictionary<AddOutcome, int> counts;
            if (ClusterCommand.ShowProgress(stderr))
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                counts = console.Status().Start("Ingesting…", context => Ingest(store, articles, status => context.Status(status)));
            }
            else
            {
                counts = Ingest(store, articles, null);
            }
            int read = counts.Values.Sum();
            stderr.WriteLine(
                $"{Plural.Of(read, "article")} read: {counts.GetValueOrDefault(AddOutcome.Added)} added, {counts.GetValueOrDefault(AddOutcome.Replaced)} replaced, " +
                $"{counts.GetValueOrDefault(AddOutcome.Unchanged)} already stored; the store {path} holds {Plural.Of((int)store.ArticleCount, "article")} " +
                $"in {Plural.Of((int)store.StoryCount, "story", "stories")}.");
            return RoundupCli.Success;
        });
        return command;
    }

    /// <summary>Shows progress every so many articles on a terminal.</summary>
    private const int ProgressEvery = 250;

    /// <summary>Adds the articles, then makes the stories again; <paramref name="progress"/> (on a terminal) hears how far it got.</summary>
    private static Dictionary<AddOutcome, int> Ingest(SqliteStore store, IEnumerable<Article> articles, Action<string>? progress)
    {
        var counts = new Dictionary<AddOutcome, int>();
        int read = 0;
        store.AddAll(articles, (_, outcome) =>
        {
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            if (++read % ProgressEvery == 0)
            {
                progress?.Invoke($"{read:N0} articles read, {counts.GetValueOrDefault(AddOutcome.Added):N0} new");
            }
        });
        if (read == 0)
        {
            throw new RoundupException("Nothing ingested: no readable article was found.");
        }
        // The stories are made again from every stored article in the order it arrived, so an event's story has
        // the same id whether its articles came in one run or in ten.
        progress?.Invoke($"Grouping {store.ArticleCount:N0} stored articles into stories…");
        var stream = new StoryStream();
        stream.AddAll(store.ArticlesInArrivalOrder());
        stream.Complete();
        store.ReplaceStories(stream.Stories);
        return counts;
    }

    /// <summary><c>--db PATH</c>: the store's file.</summary>
    internal static Option<string?> DbOption() => new("--db")
    {
        Description = $"The store's file (default: $ROUNDUP_DB, else {DefaultStore} in the current folder).",
    };

    /// <summary>The store named by <c>--db</c>, else by <c>ROUNDUP_DB</c>, else the default.</summary>
    internal static string StorePath(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable("ROUNDUP_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultStore;
}
