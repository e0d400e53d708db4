using Roundup.Storage;
using Roundup.Storage.Sqlite;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup ingest</c>: articles go into the store once, and what is wrong with the store is said in one line.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestDatabases _databases = new();

    private string Db => Path.Combine(_folder.Path, "stories.db");

    public void Dispose()
    {
        _databases.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Ingesting_the_same_input_twice_adds_nothing_the_second_time()
    {
        var first = CliRunner.Run("ingest", TestPaths.Palmyra, "--db", Db);
        var second = CliRunner.Run("ingest", TestPaths.Palmyra, "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 articles read: 5 added, 0 replaced, 0 already stored", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("5 articles read: 0 added, 0 replaced, 5 already stored", second.Stderr, StringComparison.Ordinal);
        using var store = SqliteStore.Open(Db);
        Assert.Equal(5, store.ArticleCount);
        Assert.Empty(first.Stdout);
    }

    [Fact]
    public void A_file_that_is_no_store_is_an_error_in_one_line_and_is_left_as_it_was()
    {
        const string text = "These are notes, not a database: SQLite will find no header it knows in them, none at all.";
        File.WriteAllText(Db, text);

        var result = CliRunner.Run("ingest", TestPaths.Palmyra, "--db", Db);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: Cannot open the store", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Equal(text, File.ReadAllText(Db));
    }

    [Fact]
    public void A_store_in_a_folder_that_does_not_exist_is_an_error_in_one_line()
    {
        var result = CliRunner.Run("ingest", TestPaths.Palmyra, "--db", Path.Combine(_folder.Path, "missing", "stories.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_readable_is_an_error_and_the_store_stays_empty()
    {
        var empty = Path.Combine(_folder.Path, "empty");
        Directory.CreateDirectory(empty);

        var result = CliRunner.Run("ingest", empty, "--db", Db);

        Assert.Equal(1, result.ExitCode);
        using var store = SqliteStore.Open(Db);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void Stories_have_the_same_ids_whether_their_articles_come_in_one_run_or_in_five()
    {
        var files = Directory.GetFiles(TestPaths.Palmyra).Order(StringComparer.Ordinal).ToList();
        var together = Path.Combine(_folder.Path, "together.db");
        var apart = Path.Combine(_folder.Path, "apart.db");

        Assert.Equal(0, CliRunner.Run(["ingest", .. files, "--db", together]).ExitCode);
        foreach (var file in files)
        {
            Assert.Equal(0, CliRunner.Run("ingest", file, "--db", apart).ExitCode);
        }

        using var one = SqliteStore.Open(together);
        using var five = SqliteStore.Open(apart);
        Assert.NotEmpty(one.StoryMembers());
        Assert.Equal(one.StoryMembers().Select(s => (s.Id, string.Join(",", s.Articles))), five.StoryMembers().Select(s => (s.Id, string.Join(",", s.Articles))));
        Assert.Equal(files.Count, one.StoryMembers().Sum(s => s.Articles.Count));
    }

    /// <summary>ECB+ (../shared/eval): hundreds of reports of many events, in ten files of a run each.</summary>
    private List<string> EcbPlusInTenFiles()
    {
        var path = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "eval", "ecbplus-events.jsonl"));
        Assert.True(File.Exists(path), $"This test needs {path} (../shared beside the repository).");
        var lines = File.ReadAllLines(path);
        return Enumerable.Range(0, 10)
            .Select(part => _folder.File($"ecb/part{part}.jsonl", string.Join('\n', lines.Where((_, i) => i * 10 / lines.Length == part))))
            .ToList();
    }

    private static List<(long Id, string Articles)> Members(string db)
    {
        using var store = Stores.Open(db);
        return store.StoryMembers().Select(s => (s.Id, string.Join(",", s.Articles))).ToList();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void The_stories_of_many_events_are_the_same_whether_their_articles_come_in_one_run_or_in_ten(string kind)
    {
        var parts = EcbPlusInTenFiles();
        var together = _databases.New(kind, "together");
        var apart = _databases.New(kind, "apart");

        Assert.Equal(0, CliRunner.Run(["ingest", .. parts, "--db", together]).ExitCode);
        foreach (var part in parts)
        {
            var run = CliRunner.Run("ingest", part, "--db", apart);
            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        }

        var one = Members(together);
        Assert.True(one.Count >= 50, $"ECB+ should make many stories ({one.Count})");
        using (var store = Stores.Open(together))
        {
            Assert.Equal(store.ArticleCount, one.Sum(s => s.Articles.Split(',').Length)); // every stored article is in one story
        }
        Assert.Equal(one, Members(apart));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_damaged_saved_stream_is_a_warning_and_the_stories_are_made_again_from_every_article(string kind)
    {
        var parts = EcbPlusInTenFiles();
        var together = _databases.New(kind, "together");
        var db = _databases.New(kind, "damaged");
        Assert.Equal(0, CliRunner.Run(["ingest", .. parts[..2], "--db", together]).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", parts[0], "--db", db).ExitCode);
        TestDatabases.Scalar(db, "UPDATE stream_state SET state = substr(state, 1, length(state) / 2)");

        var result = CliRunner.Run("ingest", parts[1], "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: The saved story state cannot be continued: it is cut short. The stories are made again from every stored article.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Members(together), Members(db));
    }

    [Fact]
    public void A_postgresql_store_that_cannot_be_reached_is_an_error_in_one_line_without_its_password()
    {
        var unreachable = CliRunner.Run("ingest", TestPaths.Palmyra, "--db", "postgresql://someone:secret@127.0.0.1:1/news");
        var badOption = CliRunner.Run("stories", "--db", "postgresql://someone:secret@127.0.0.1:1/news?colour=blue");

        Assert.Equal((1, 1), (unreachable.ExitCode, badOption.ExitCode));
        Assert.StartsWith("error: Cannot open the store postgresql://someone:***@127.0.0.1:1/news:", unreachable.Stderr, StringComparison.Ordinal);
        Assert.Contains("colour=blue is not one PostgreSQL connections take", badOption.Stderr, StringComparison.Ordinal);
        foreach (var result in new[] { unreachable, badOption })
        {
            Assert.DoesNotContain("secret", result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_malformed_line_and_a_broken_feed_are_reported_with_their_place_and_the_rest_is_stored(string kind)
    {
        var db = _databases.New(kind);
        var lines = _folder.File("in/reports.jsonl", string.Join('\n',
            """{"id": "r1", "url": "https://example.com/r1", "title": "Bridge reopens", "text": "The old bridge over the Tessel reopened on Monday after two years of repairs, the council said, and buses will use it from June."}""",
            """{"id": "r2", "url": "https://example.com/r2", "title": "Broken""",
            """{"id": "r3", "url": "https://example.com/r3", "title": "Market moves", "text": "The Saturday market moved to the harbour square this week, where traders said the covered stalls kept their goods dry in the rain."}"""));
        var feed = _folder.File("in/broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Half a feed</title><item><title>Cut off");

        var result = CliRunner.Run("ingest", Path.GetDirectoryName(lines)!, "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {lines}:2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"warning: {feed}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 articles read: 2 added", result.Stderr, StringComparison.Ordinal);
        using var store = Stores.Open(db);
        Assert.Equal(2, store.StoryMembers().Sum(s => s.Articles.Count));
    }
}
