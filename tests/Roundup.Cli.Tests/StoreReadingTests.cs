using System.Text.Json;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup stories</c> and <c>roundup story</c>: reading the stories of a store.</summary>
public sealed class StoreReadingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestDatabases _databases = new();

    public void Dispose()
    {
        _databases.Dispose();
        _folder.Dispose();
    }

    private string Db { get; set; } = "";

    private void Ingest() => Assert.Equal(0, CliRunner.Run("ingest", TestPaths.Palmyra, "--db", Db).ExitCode);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Stories_are_listed_with_their_ids_and_filtered_by_words_and_date(string kind)
    {
        Db = _databases.New(kind);
        Ingest();

        var all = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--format", "json").Stdout).RootElement;
        var matching = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--format", "json", "--query", "Palmyra Daesh").Stdout).RootElement;
        var none = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--format", "json", "--query", "zeppelin").Stdout).RootElement;
        var later = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--format", "json", "--since", "2020-01-01").Stdout).RootElement;

        var story = Assert.Single(all.EnumerateArray());
        Assert.Equal(5, story.GetProperty("articles").GetInt32());
        Assert.Equal(story.GetProperty("id").GetInt64(), Assert.Single(matching.EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Empty(none.EnumerateArray());
        Assert.Empty(later.EnumerateArray());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_stored_story_is_briefed_with_its_comparison_of_sources(string kind)
    {
        Db = _databases.New(kind);
        Ingest();
        long id = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--format", "json").Stdout).RootElement[0].GetProperty("id").GetInt64();

        var result = CliRunner.Run("story", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var brief = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.NotEqual(0, brief.GetProperty("summary").GetArrayLength());
        Assert.Contains(brief.GetProperty("figures").EnumerateArray(), f => f.GetProperty("conflict").GetBoolean());
    }

    [Fact]
    public void A_missing_store_an_unknown_story_and_a_bad_date_are_errors_in_one_line()
    {
        Db = _databases.New(TestDatabases.Sqlite);
        var missing = CliRunner.Run("stories", "--db", Db);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No store at", missing.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));

        Ingest();
        var unknown = CliRunner.Run("story", "999", "--db", Db);
        var badDate = CliRunner.Run("stories", "--db", Db, "--since", "27/03/2016");

        Assert.Equal((1, 1), (unknown.ExitCode, badDate.ExitCode));
        Assert.Single(unknown.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("YYYY-MM-DD", badDate.Stderr, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_brief_is_kept_until_its_story_changes(string kind)
    {
        Db = _databases.New(kind);
        Ingest();
        var id = JsonDocument.Parse(CliRunner.Run("stories", "--db", Db, "--format", "json").Stdout).RootElement[0].GetProperty("id").GetInt64()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

        var written = CliRunner.Run("story", id, "--db", Db);
        var kept = CliRunner.Run("story", id, "--db", Db);
        var copy = File.ReadAllText(TestPaths.PalmyraFile("000")) + "\n\nThe ruins will be surveyed by experts next week, officials said.";
        Assert.Equal(0, CliRunner.Run("ingest", _folder.File("more/copy.txt", copy), "--db", Db).ExitCode);
        var after = CliRunner.Run("story", id, "--db", Db);

        Assert.Equal(written.Stdout, kept.Stdout);
        Assert.Contains("kept", kept.Stderr, StringComparison.Ordinal);
        Assert.Contains("Brief of 5 articles", written.Stderr, StringComparison.Ordinal);
        // The copy carries the first report's URL: a re-fetch with changed text, so it replaces that report and the
        // story's brief is written again.
        Assert.DoesNotContain("kept", after.Stderr, StringComparison.Ordinal);
        Assert.Contains("Brief of 5 articles", after.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_says_in_one_line_what_is_wrong_with_its_address()
    {
        Db = _databases.New(TestDatabases.Sqlite);
        Ingest();

        var result = CliRunner.Run("serve", "--db", Db, "--urls", "notaurl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --urls takes addresses like http://127.0.0.1:5080 (several separated by ';'), not 'notaurl'.", result.Stderr.Trim());
    }
}
