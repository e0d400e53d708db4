using System.Text.RegularExpressions;

namespace Roundup.Cli.Tests;

/// <summary>
/// Every command's text and JSON output on small fixtures, compared with the files in <c>Data/golden/expected</c>.
/// A change to what users see shows up as a diff of those files in review. After an intended change, run the tests
/// with <c>ROUNDUP_UPDATE_GOLDEN=1</c> to rewrite them, and read the diff.
/// </summary>
public partial class GoldenOutputTests
{
    private static readonly string Fixtures = Path.Combine(TestPaths.RepositoryRoot, "tests", "Roundup.Cli.Tests", "Data", "golden");

    public static TheoryData<string, string[]> Commands => new()
    {
        { "brief.text", ["brief", "$EXAMPLE"] },
        { "brief.json", ["brief", "$EXAMPLE", "--format", "json"] },
        { "brief.markdown", ["brief", "$EXAMPLE", "--format", "markdown", "--words", "60"] },
        { "brief.html", ["brief", "$EXAMPLE", "--format", "html", "--words", "60"] },
        { "cluster.text", ["cluster", "$EXAMPLE", "--brief", "--words", "50"] },
        { "cluster.json", ["cluster", "$EXAMPLE", "--format", "json"] },
        { "cluster.jsonl", ["cluster", "$FIXTURES/labelled.jsonl", "--format", "jsonl", "--brief", "--words", "30"] },
        { "extract.text", ["extract", "$FIXTURES/pages", "--format", "text"] },
        { "extract.json", ["extract", "$FIXTURES/pages", "--format", "json"] },
        { "extract.jsonl", ["extract", "$FIXTURES/duc/docs/quake", "--format", "jsonl"] },
        { "eval-summaries.text", ["eval", "summaries", "--docs", "$FIXTURES/duc/docs", "--refs", "$FIXTURES/duc/refs", "--words", "30"] },
        { "eval-summaries.json", ["eval", "summaries", "--docs", "$FIXTURES/duc/docs", "--refs", "$FIXTURES/duc/refs", "--words", "30", "--methods", "roundup,lead,oracle", "--format", "json"] },
        { "eval-summaries.markdown", ["eval", "summaries", "--docs", "$FIXTURES/duc/docs", "--refs", "$FIXTURES/duc/refs", "--words", "30", "--methods", "roundup,lead", "--format", "markdown"] },
        { "eval-rouge.text", ["eval", "rouge", "--peer", "$FIXTURES/peer.txt", "--refs", "$FIXTURES/duc/refs/quake.A", "-m"] },
        { "eval-rouge.json", ["eval", "rouge", "--peer", "$FIXTURES/peer.txt", "--refs", "$FIXTURES/duc/refs/quake.A", "-m", "-s", "--format", "json"] },
        { "eval-clusters.text", ["eval", "clusters", "$FIXTURES/labelled.jsonl", "--label", "event"] },
        { "eval-clusters.json", ["eval", "clusters", "$FIXTURES/labelled.jsonl", "--label", "event", "--format", "json"] },
        { "eval-extraction.text", ["eval", "extraction", "--html", "$FIXTURES/pages", "--truth", "$FIXTURES/truth.json"] },
        { "eval-extraction.json", ["eval", "extraction", "--html", "$FIXTURES/pages", "--truth", "$FIXTURES/truth.json", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_matches_the_golden_file(string name, string[] args)
    {
        var result = CliRunner.Run(args.Select(Expand).ToArray());

        Assert.True(result.ExitCode == 0, result.Stderr);
        var actual = Normalize(result.Stdout);
        var file = Path.Combine(Fixtures, "expected", name);
        if (Environment.GetEnvironmentVariable("ROUNDUP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(file, actual);
        }
        Assert.True(File.Exists(file), $"{file} is missing; run the tests with ROUNDUP_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(file), actual);
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_command()
    {
        var names = Commands.Select(row => (string)row[0]).ToHashSet();
        var stale = Directory.GetFiles(Path.Combine(Fixtures, "expected")).Select(Path.GetFileName).Where(f => !names.Contains(f!)).ToList();
        Assert.Empty(stale);
    }

    private static string Expand(string arg) => arg
        .Replace("$EXAMPLE", TestPaths.Palmyra, StringComparison.Ordinal)
        .Replace("$FIXTURES", Fixtures, StringComparison.Ordinal);

    /// <summary>Paths made relative to the repository, and the timings (which vary run to run) masked.</summary>
    private static string Normalize(string output)
    {
        output = output.Replace(TestPaths.RepositoryRoot, "<repo>", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        output = JsonTiming().Replace(output, "$1#");
        output = PagesPerSecond().Replace(output, "(# pages/s)");
        return TableTiming().Replace(output, m => m.Groups[1].Value + "#".PadRight(m.Groups[2].Length));
    }

    [GeneratedRegex(@"(""(?:ms_per_cluster|pages_per_second)"": )[0-9.eE+-]+")]
    private static partial Regex JsonTiming();

    [GeneratedRegex(@"\([0-9]+ pages/s\)")]
    private static partial Regex PagesPerSecond();

    /// <summary>The last cell of a summaries table row (text or Markdown): milliseconds per cluster.</summary>
    [GeneratedRegex(@"(\] {2,}|\] \| )([0-9]+\.[0-9] *)(?= \|$|$)", RegexOptions.Multiline)]
    private static partial Regex TableTiming();
}
