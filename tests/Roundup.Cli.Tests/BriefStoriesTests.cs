using System.Text.Json;

namespace Roundup.Cli.Tests;

/// <summary><c>roundup brief</c> on articles of several events: the largest story, each story, or one chosen story.</summary>
public class BriefStoriesTests
{
    private static readonly string Docs = Path.Combine(TestPaths.RepositoryRoot, "tests", "Roundup.Cli.Tests", "Data", "golden", "duc", "docs");

    /// <summary>A third report of the quake, written for this test, so that the quake is the larger story.</summary>
    private const string ThirdQuakeReport = """
        Aftershocks rattle Marisol

        Aftershocks rattled the coastal town of Marisol on Wednesday, a day after a strong earthquake toppled old houses there.

        Rescue teams searching the rubble found two more bodies, the mayor said, raising the number of people who died in the quake to 14.

        The national seismic institute said the earthquake had a magnitude of 6.4.
        """;

    /// <summary>The vote folder first, then three quake reports: the larger story is not the first one read.</summary>
    private static TempFolder TwoEvents()
    {
        var dir = new TempFolder();
        foreach (var (folder, name) in new[] { ("vote", "one"), ("vote", "two"), ("quake", "one"), ("quake", "two") })
        {
            File.Copy(Path.Combine(Docs, folder, $"{name}.txt"), Path.Combine(dir.Path, $"{(folder == "vote" ? "a" : "b")}-{folder}-{name}.txt"));
        }
        File.WriteAllText(Path.Combine(dir.Path, "b-quake-three.txt"), ThirdQuakeReport);
        return dir;
    }

    private static List<string> ArticlePaths(JsonElement brief) =>
        brief.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("path").GetString()!)).Order().ToList();

    [Fact]
    public void Articles_of_two_events_are_briefed_as_the_larger_story_naming_what_is_left_out()
    {
        using var dir = TwoEvents();

        var result = CliRunner.Run("brief", dir.Path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["b-quake-one.txt", "b-quake-three.txt", "b-quake-two.txt"], ArticlePaths(json.RootElement));
        Assert.Contains("warning: these 5 articles read as 2 stories", result.Stderr);
        Assert.Contains("leaves out 2 articles in 1 other story", result.Stderr);
        Assert.Contains("'--all-stories'", result.Stderr);
    }

    [Fact]
    public void Articles_of_one_event_are_briefed_whole_without_a_warning()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void All_stories_gives_a_json_array_of_one_brief_per_story()
    {
        using var dir = TwoEvents();

        var result = CliRunner.Run("brief", dir.Path, "--all-stories", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var briefs = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, briefs.Count);
        Assert.Equal(["a-vote-one.txt", "a-vote-two.txt"], ArticlePaths(briefs[0]));
        Assert.Equal(["b-quake-one.txt", "b-quake-three.txt", "b-quake-two.txt"], ArticlePaths(briefs[1]));
        Assert.All(briefs, b => Assert.NotEqual(0, b.GetProperty("summary").GetArrayLength()));
    }

    [Fact]
    public void All_stories_in_html_is_one_page_whose_source_anchors_are_unique()
    {
        using var dir = TwoEvents();

        var result = CliRunner.Run("brief", dir.Path, "--all-stories", "--format", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, CountOf(result.Stdout, "<html"));
        Assert.Equal(2, CountOf(result.Stdout, "<section"));
        var anchors = System.Text.RegularExpressions.Regex.Matches(result.Stdout, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(anchors.Count, anchors.Distinct().Count());
        Assert.Contains("href=\"#story-2-source-1\"", result.Stdout);
    }

    [Fact]
    public void Story_briefs_the_story_of_that_id_in_cluster_output()
    {
        using var dir = TwoEvents();
        var stories = CliRunner.Run("cluster", dir.Path, "--format", "jsonl");
        var quake = stories.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(s => s.GetProperty("articles").GetArrayLength() == 3).GetProperty("id").GetInt32();

        var result = CliRunner.Run("brief", dir.Path, "--story", quake.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["b-quake-one.txt", "b-quake-three.txt", "b-quake-two.txt"], ArticlePaths(json.RootElement));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    public void Story_is_looked_up_in_a_saved_cluster_output(string format)
    {
        using var dir = TwoEvents();
        using var saved = new TempFolder();
        var clusters = Path.Combine(saved.Path, $"stories.{format}");
        Assert.Equal(0, CliRunner.Run("cluster", dir.Path, "--format", format, "--output", clusters).ExitCode);

        var result = CliRunner.Run("brief", dir.Path, "--story", "0", "--clusters", clusters, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["a-vote-one.txt", "a-vote-two.txt"], ArticlePaths(json.RootElement));
    }

    [Fact]
    public void A_story_id_that_does_not_exist_is_a_one_line_error()
    {
        using var dir = TwoEvents();

        var result = CliRunner.Run("brief", dir.Path, "--story", "7");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("No story 7: these articles make 2 stories, numbered 0 to 1", result.Stderr);
    }

    [Theory]
    [InlineData("not json at all\n")]
    [InlineData("{\"id\": 0, \"articles\": 5}\n")]
    [InlineData("{\"id\": 3, \"articles\": []}\n")]
    public void A_cluster_file_that_is_not_a_cluster_output_is_a_one_line_error(string content)
    {
        using var dir = TwoEvents();
        using var saved = new TempFolder();
        var clusters = Path.Combine(saved.Path, "stories.jsonl");
        File.WriteAllText(clusters, content);

        var result = CliRunner.Run("brief", dir.Path, "--story", "0", "--clusters", clusters);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", result.Stderr);
    }

    [Theory]
    [InlineData("--all-stories", "--story", "0")]
    [InlineData("--clusters", "stories.jsonl")]
    [InlineData("--story", "-1")]
    public void Contradictory_or_malformed_story_options_are_refused(params string[] options)
    {
        var result = CliRunner.Run(["brief", TestPaths.Palmyra, .. options]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }

    private static int CountOf(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
