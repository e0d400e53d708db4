using System.Text.Json;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup brief --since DATE|PREVIOUS.json</c>: only what the reader has not seen.</summary>
public class BriefUpdateTests
{
    private static List<string> Sentences(string briefJson, string part = "summary")
    {
        using var doc = JsonDocument.Parse(briefJson);
        return doc.RootElement.GetProperty(part).EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
    }

    [Fact]
    public void Since_a_previous_brief_no_sentence_it_showed_comes_again()
    {
        using var dir = new TempFolder();
        var previous = Path.Combine(dir.Path, "previous.json");
        Assert.Equal(0, CliRunner.Run("brief", TestPaths.Palmyra, "--format", "json", "-o", previous).ExitCode);
        var shown = Sentences(File.ReadAllText(previous)).Concat(Sentences(File.ReadAllText(previous), "timeline")).ToHashSet();

        var update = CliRunner.Run("brief", TestPaths.Palmyra, "--since", previous, "--format", "json");

        Assert.Equal(0, update.ExitCode);
        var fresh = Sentences(update.Stdout);
        Assert.NotEmpty(fresh);
        Assert.DoesNotContain(fresh, shown.Contains);
        Assert.DoesNotContain(Sentences(update.Stdout, "timeline"), shown.Contains);
    }

    [Fact]
    public void Since_a_date_only_later_articles_are_briefed_and_what_earlier_ones_said_is_left_out()
    {
        using var dir = new TempFolder();
        var input = Path.Combine(dir.Path, "in");
        dir.File("in/old.jsonl", """{"id": "old", "published": "2026-03-03", "text": "Engineers found a crack in the western wall of the Varnholt dam on Monday, the water authority said."}""" + "\n");
        dir.File("in/new.jsonl", """{"id": "new", "published": "2026-03-15", "text": "Engineers found a crack in the western wall of the Varnholt dam on Monday, the water authority said.\n\nThe Varnholt dam failed on Saturday, flooding the lower town of Brackenmoor within an hour."}""" + "\n");

        var update = CliRunner.Run("brief", input, "--since", "2026-03-10", "--format", "json");

        Assert.Equal(0, update.ExitCode);
        var summary = Sentences(update.Stdout);
        Assert.Equal(["The Varnholt dam failed on Saturday, flooding the lower town of Brackenmoor within an hour."], summary);
        using var doc = JsonDocument.Parse(update.Stdout);
        Assert.Equal(["new"], doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void Nothing_new_is_said_and_is_not_an_error()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--since", "2030-01-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("Nothing new since 2030-01-01: no article published on or after it.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday", "error: --since takes a date written YYYY-MM-DD or a brief written with --format json; 'yesterday' is neither (no such file).")]
    public void A_since_that_is_neither_a_date_nor_a_brief_is_one_line(string since, string expected)
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--since", since);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
    }

    [Fact]
    public void A_file_that_is_not_a_brief_is_refused()
    {
        using var dir = new TempFolder();
        var notBrief = dir.File("x.json", """{"timeline": []}""");

        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--since", notBrief);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {notBrief} is not a brief written with --format json (no \"summary\" array).", result.Stderr.Trim());
    }
}
