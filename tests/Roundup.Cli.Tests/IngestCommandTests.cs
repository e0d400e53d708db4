using Roundup.Storage.Sqlite;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup ingest</c>: articles go into the store once, and what is wrong with the store is said in one line.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "stories.db");

    public void Dispose() => _folder.Dispose();

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
}
