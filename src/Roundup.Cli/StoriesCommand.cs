using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Roundup.Model;
using Roundup.Output;
using Roundup.Storage;
using Roundup.Storage.Postgres;

namespace Roundup.Cli;

/// <summary>
/// <c>roundup stories [--since DATE] [--query TEXT] [--limit N] [--format text|json] [--db FILE]</c>: the stories of the
/// store, latest first.
/// </summary>
internal static class StoriesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var since = new Option<string?>("--since") { Description = "Only stories with an article published on or after this date (YYYY-MM-DD)." };
        var query = new Option<string?>("--query") { Description = "Only stories with an article holding all these words." };
        var limit = CliShared.PositiveInt("--limit", "-n", 50, "At most this many stories.");
        var format = CliShared.FormatOption("Output: text or json.", "text", "json");
        var db = IngestCommand.DbOption();
        var command = new Command("stories", "List the stories of the store, latest first.") { since, query, limit, format, db };
        command.SetAction(parse =>
        {
            DateOnly? from = null;
            if (parse.GetValue(since) is { } text)
            {
                from = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new RoundupException($"--since takes a date written YYYY-MM-DD, not '{text}'.");
            }
            using var store = OpenExisting(parse.GetValue(db));
            var stories = store.Stories(from, parse.GetValue(query), parse.GetValue(limit));
            if (parse.GetValue(format) == "json")
            {
                WriteJson(stories, stdout);
            }
            else
            {
                foreach (var s in stories)
                {
                    stdout.WriteLine($"{s.Id}\t{s.Title}\t{Plural.Of(s.Articles, "article")} ({s.Independent} independent)\t{Dates(s)}");
                }
            }
            stderr.WriteLine($"{Plural.Of(stories.Count, "story", "stories")} listed from {store.Location}.");
            return RoundupCli.Success;
        });
        return command;
    }

    /// <summary>The store named by <c>--db</c> (or the default), which must exist: reading never creates one.</summary>
    internal static IStore OpenExisting(string? option)
    {
        var path = IngestCommand.StorePath(option);
        if (!PostgresStore.IsUrl(path) && !File.Exists(path))
        {
            throw new RoundupException($"No store at {path}: run 'roundup ingest PATH... --db {path}' first, or name the store with --db.");
        }
        return Stores.Open(path);
    }

    private static string Dates(StoredStory s) => (s.First, s.Last) switch
    {
        (null, null) => "undated",
        ({ } a, { } b) when a == b => a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var (a, b) => $"{a?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {b?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };

    private static void WriteJson(IReadOnlyList<StoredStory> stories, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var s in stories)
            {
                json.WriteStartObject();
                json.WriteNumber("id", s.Id);
                json.WriteString("title", s.Title);
                json.WriteNumber("articles", s.Articles);
                json.WriteNumber("independent", s.Independent);
                json.WriteString("first", s.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("last", s.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
