using System.Text.Json;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup timeline</c> over invented coverage of a long-running story.</summary>
public class TimelineCommandTests
{
    private static string Coverage(TempFolder dir)
    {
        // Plain-text pages filed by day, as archives and crawls keep them: the folder gives the publication date.
        dir.File("in/2026-03-03/a1.txt", "Dam crack found\n\nEngineers found a crack in the western wall of the Varnholt dam on Monday, the water authority said.\n");
        dir.File("in/2026-03-04/a2.txt", "Crack is two metres long\n\nThe crack found in the Varnholt dam on Monday is two metres long, inspectors told the regional council.\n");
        dir.File("in/2026-03-15/a3.txt", "Dam fails\n\nThe Varnholt dam failed on Saturday, flooding the lower town of Brackenmoor within an hour.\n");
        dir.File("in/2026-03-16/a4.txt", "Three dead\n\nThree people died when the Varnholt dam failed on Saturday, the regional police said.\n");
        return Path.Combine(dir.Path, "in");
    }

    [Fact]
    public void Json_timeline_names_the_event_days_and_scores_against_itself()
    {
        using var dir = new TempFolder();
        var input = Coverage(dir);
        var output = Path.Combine(dir.Path, "timeline.json");

        var result = CliRunner.Run("timeline", input, "--dates", "2", "--sentences", "1", "--format", "json", "-o", output);

        Assert.Equal(0, result.ExitCode);
        using (var json = JsonDocument.Parse(File.ReadAllText(output)))
        {
            var days = json.RootElement.GetProperty("timeline").EnumerateArray().ToList();
            Assert.Equal(["2026-03-02", "2026-03-14"], days.Select(d => d.GetProperty("date").GetString()));
            Assert.Equal(2, days[1].GetProperty("mentions").GetInt32());
            var sentence = Assert.Single(days[1].GetProperty("sentences").EnumerateArray());
            Assert.Contains("failed on Saturday", sentence.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        // The JSON is what `eval timeline` reads: scored against itself, every date matches.
        var scores = CliRunner.Run("eval", "timeline", "--pred", output, "--refs", output, "--format", "json");
        Assert.Equal(0, scores.ExitCode);
        using var s = JsonDocument.Parse(scores.Stdout);
        Assert.Equal(1.0, s.RootElement.GetProperty("date_f1").GetProperty("f").GetDouble(), 9);
    }

    [Fact]
    public void Text_timeline_lists_days_in_order_with_outlets()
    {
        using var dir = new TempFolder();

        var result = CliRunner.Run("timeline", Coverage(dir), "--from", "2026-03-10");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("2026-03-02", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-03-14  (named by 2 articles", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("- The Varnholt dam failed on Saturday, flooding the lower town of Brackenmoor within an hour. [a3.txt (outlet unknown)]", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "March 3", "error: --from takes a date written YYYY-MM-DD, such as 2016-03-27 (got 'March 3').")]
    [InlineData("--dates", "0", "error: --dates must be a positive whole number, such as 10 (got '0').")]
    public void Bad_options_are_one_line(string option, string value, string expected)
    {
        using var dir = new TempFolder();

        var result = CliRunner.Run("timeline", Coverage(dir), option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(expected, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void From_after_to_is_refused()
    {
        using var dir = new TempFolder();

        var result = CliRunner.Run("timeline", Coverage(dir), "--from", "2026-03-20", "--to", "2026-03-01");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --from (2026-03-20) is after --to (2026-03-01): no day can be in the timeline.", result.Stderr, StringComparison.Ordinal);
    }
}
