using System.CommandLine;
using System.Globalization;
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
                counts = console.Status().Start("Ingesting…", context => Ingest(store, articles, status => context.Status(status), message => stderr.WriteLine($"warning: {message}")));
            }
            else
            {
                counts = Ingest(store, articles, null, message => stderr.WriteLine($"warning: {message}"));
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

    /// <summary>
    /// Articles grouped between saves of the story stream: a run stopped part-way loses at most this much grouping
    /// work, and a save (the stream's state, tens of megabytes on a busy stream) stays rare.
    /// </summary>
    internal const int CheckpointEvery = 20_000;

    /// <summary>
    /// Adds the articles, then continues the story stream from where the store's saved state left it;
    /// <paramref name="progress"/> (on a terminal) hears how far it got.
    /// </summary>
    private static Dictionary<AddOutcome, int> Ingest(SqliteStore store, IEnumerable<Article> articles, Action<string>? progress, Action<string> warn)
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
        Group(store, progress, warn);
        return counts;
    }

    /// <summary>
    /// Feeds the stored articles the story stream has not seen, in the order they arrived, to the stream restored from
    /// the store: an event's story has the same id whether its articles came in one run or in ten. The stories that
    /// changed are written with the stream's state every <see cref="CheckpointEvery"/> articles and at the end.
    /// </summary>
    private static void Group(SqliteStore store, Action<string>? progress, Action<string> warn)
    {
        var closed = new List<Story>();
        void OnClosed(Story story, IReadOnlyList<Article> _) => closed.Add(story);
        var saved = store.StreamState();
        StoryStream stream;
        long last = 0;
        if (saved is null)
        {
            stream = new StoryStream(onClosed: OnClosed);
        }
        else
        {
            try
            {
                stream = StoryStream.Restore(new MemoryStream(saved.State, writable: false), onClosed: OnClosed);
                last = saved.LastArticle;
            }
            catch (RoundupException e)
            {
                warn($"{e.Message} The stories are made again from every stored article.");
                stream = new StoryStream(onClosed: OnClosed);
            }
        }
        int grouped = 0;
        void Checkpoint()
        {
            using var state = new MemoryStream();
            stream.Save(state);
            store.SaveStories([.. closed, .. stream.TakeChanged()], new StreamCheckpoint(last, state.ToArray()));
            closed.Clear();
        }
        stream.AddAll(store.ArticlesInArrivalOrder(last), (article, _) =>
        {
            last = long.Parse(article.Id, CultureInfo.InvariantCulture);
            if (++grouped % CheckpointEvery == 0)
            {
                Checkpoint();
            }
            if (grouped % ProgressEvery == 0)
            {
                progress?.Invoke($"{grouped:N0} articles grouped into stories");
            }
        });
        if (grouped % CheckpointEvery != 0 || saved is null)
        {
            Checkpoint();
        }
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
