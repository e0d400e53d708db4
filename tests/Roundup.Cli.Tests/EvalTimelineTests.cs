using System.Text.Json;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup eval timeline</c> on invented timelines whose scores can be checked by hand.</summary>
public class EvalTimelineTests
{
    private const string Reference = """
        2031-03-02
        Heavy rain raises the water level behind the Varnholt dam .
        --------------------------------
        2031-03-04
        Engineers report a crack in the western wall of the dam .
        --------------------------------
        """;

    [Fact]
    public void A_prediction_holding_one_of_two_reference_dates_verbatim_has_date_F1_two_thirds()
    {
        using var dir = new TempFolder();
        var reference = dir.File("ref.txt", Reference);
        // The JSON a collection timeline writes: one of the two dates, its sentence verbatim.
        var predicted = dir.File("pred.json", """{"timeline": [{"date": "2031-03-04", "summary": ["Engineers report a crack in the western wall of the dam ."], "sources": ["a"]}]}""");

        var result = CliRunner.Run("eval", "timeline", "--pred", predicted, "--refs", reference, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var dates = json.RootElement.GetProperty("date_f1");
        Assert.Equal(1.0, dates.GetProperty("p").GetDouble(), 9);
        Assert.Equal(0.5, dates.GetProperty("r").GetDouble(), 9);
        Assert.Equal(2 / 3.0, dates.GetProperty("f").GetDouble(), 9);
        // Agreement: the matching date is perfect, the missed one adds only to recall's denominator.
        var agreement = json.RootElement.GetProperty("agreement").GetProperty("rouge_1");
        Assert.Equal(1.0, agreement.GetProperty("p").GetDouble(), 9);
        Assert.InRange(agreement.GetProperty("r").GetDouble(), 0.3, 0.7);
    }

    [Fact]
    public void A_timeline_scored_against_itself_is_perfect_in_the_text_table()
    {
        using var dir = new TempFolder();
        var reference = dir.File("ref.txt", Reference);

        var result = CliRunner.Run("eval", "timeline", "--pred", reference, "--refs", reference);

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.DoesNotContain("0.", row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).First(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_timeline_scores_zero_and_says_why()
    {
        using var dir = new TempFolder();
        var reference = dir.File("ref.txt", Reference);
        var empty = dir.File("empty.txt", "");

        var result = CliRunner.Run("eval", "timeline", "--pred", empty, "--refs", reference, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {empty} holds no dated entry", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("date_f1").GetProperty("f").GetDouble());
        Assert.Contains("divides by zero", json.RootElement.GetProperty("date_f1").GetProperty("undefined").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_timeline_is_one_line_with_its_place()
    {
        using var dir = new TempFolder();
        var reference = dir.File("ref.txt", Reference);
        var bad = dir.File("bad.txt", "A sentence before any date.\n2031-03-02\n");

        var result = CliRunner.Run("eval", "timeline", "--pred", bad, "--refs", reference);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {bad}:1: a sentence outside any date (expected a yyyy-MM-dd line first).", result.Stderr.Trim());
    }
}
