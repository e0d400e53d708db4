using System.Text.Json;

namespace Roundup.Cli.Tests;

public class ClusterCommandTests
{
    private static string Line(string id, string label, string text) =>
        JsonSerializer.Serialize(new { id, @event = label, text });

    private static string[] StreamLines =>
    [
        Line("q1", "quake", "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, shaking buildings in Santiago and Valparaiso."),
        Line("v1", "vote", "Voters in Portugal elected Antonio Costa's Socialists on Sunday, giving the prime minister a clear majority in parliament."),
        "{\"id\": \"broken\", \"text\": ",
        Line("q2", "quake", "The Chile earthquake of magnitude 7.1 shook Valparaiso and Santiago on Tuesday; officials reported no deaths."),
        Line("v2", "vote", "Antonio Costa's Socialists won an outright majority in Portugal's parliamentary election on Sunday, results showed."),
    ];

    [Fact]
    public void Jsonl_output_has_one_story_per_line_and_bad_lines_are_reported_and_skipped()
    {
        using var dir = new TempFolder();
        var file = dir.File("stream.jsonl", string.Join('\n', StreamLines));

        var result = CliRunner.Run("cluster", file, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {file}:3: not valid JSON", result.Stderr);
        var stories = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal(["q1", "q2"], stories[0].GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["v1", "v2"], stories[1].GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        foreach (var field in new[] { "id", "title", "outlets", "first", "last" })
        {
            Assert.True(stories[0].TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Brief_option_adds_each_story_brief()
    {
        var result = CliRunner.Run("cluster", TestPaths.Palmyra, "--format", "json", "--brief", "--words", "60");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var story = Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(5, story.GetProperty("articles").GetArrayLength());
        Assert.InRange(story.GetProperty("brief").GetProperty("words").GetInt32(), 1, 60);
    }

    [Fact]
    public void Brief_option_compares_the_sources_of_each_story()
    {
        var json = CliRunner.Run("cluster", TestPaths.Palmyra, "--format", "jsonl", "--brief");
        var text = CliRunner.Run("cluster", TestPaths.Palmyra, "--brief");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout.Trim());
        var brief = doc.RootElement.GetProperty("brief");
        Assert.All(brief.GetProperty("summary").EnumerateArray(), s => Assert.True(s.GetProperty("independent").GetInt32() >= 1));
        Assert.Contains(brief.GetProperty("entities").EnumerateArray(), e => e.GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == "Daesh"));
        Assert.Contains(brief.GetProperty("figures").EnumerateArray(), f => f.GetProperty("conflict").GetBoolean());
        Assert.NotEqual(0, brief.GetProperty("exclusives").GetArrayLength());
        Assert.Contains("    differ: ", text.Stdout);
    }

    [Fact]
    public void Nothing_to_cluster_is_an_error()
    {
        using var dir = new TempFolder();

        var result = CliRunner.Run("cluster", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing to cluster", result.Stderr);
    }

    [Fact]
    public void Eval_clusters_prints_bcubed_scores_for_each_label()
    {
        using var dir = new TempFolder();
        var file = dir.File("stream.jsonl", string.Join('\n', StreamLines));

        var result = CliRunner.Run("eval", "clusters", file, "--label", "event", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var e = doc.RootElement.GetProperty("event");
        Assert.Equal(1.0, e.GetProperty("f1").GetDouble());
        Assert.Equal(2, e.GetProperty("predicted_clusters").GetInt32());
        Assert.Equal(2, e.GetProperty("gold_clusters").GetInt32());
    }

    [Fact]
    public void Eval_clusters_rejects_a_missing_label_field()
    {
        using var dir = new TempFolder();
        var file = dir.File("stream.jsonl", string.Join('\n', StreamLines));

        var result = CliRunner.Run("eval", "clusters", file, "--label", "topic");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has the label field \"topic\"", result.Stderr);
    }
}
