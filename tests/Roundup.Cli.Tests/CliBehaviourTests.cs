namespace Roundup.Cli.Tests;

/// <summary>The command line as users of ripgrep or trafilatura expect it to behave.</summary>
public class CliBehaviourTests
{
    private static readonly string Golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "Roundup.Cli.Tests", "Data", "golden");

    [Fact]
    public void A_mistyped_option_is_reported_as_an_unknown_option()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--word", "50");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown option '--word'", result.Stderr);
        Assert.DoesNotContain("does not exist", result.Stderr);
    }

    [Fact]
    public void The_usage_hint_names_the_whole_subcommand()
    {
        var result = CliRunner.Run("eval", "summaries", "--docs", Golden);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Run 'roundup eval summaries --help' for usage.", result.Stderr);
    }

    [Theory]
    [InlineData(" 5")]
    [InlineData("+5")]
    [InlineData("5.0")]
    [InlineData("0")]
    public void Numbers_are_parsed_strictly(string words)
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--words", words);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--words must be a positive whole number", result.Stderr);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1.5")]
    public void A_precision_weight_outside_0_to_1_is_refused(string alpha)
    {
        var result = CliRunner.Run("eval", "rouge", "--peer", Path.Combine(Golden, "peer.txt"), "--refs", Path.Combine(Golden, "duc", "refs", "quake.A"), "-p", alpha, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-p must be a number from 0 to 1", result.Stderr);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"page\": 5}")]
    [InlineData("{\"page\": ")]
    public void A_malformed_ground_truth_is_a_clear_error(string truth)
    {
        using var dir = new TempFolder();
        var file = dir.File("truth.json", truth);

        var result = CliRunner.Run("eval", "extraction", "--html", Path.Combine(Golden, "pages"), "--truth", file);

        Assert.NotEqual(70, result.ExitCode);
        Assert.DoesNotContain("unexpected failure", result.Stderr);
    }

    [Fact]
    public void Output_never_overwrites_an_input()
    {
        using var dir = new TempFolder();
        var input = dir.File("report.txt", "Palmyra retaken\n\nTroops retook the ancient city of Palmyra on Sunday, the army said in a statement.\n");
        var before = File.ReadAllText(input);

        var result = CliRunner.Run("brief", dir.Path, "--output", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Will not write", result.Stderr);
        Assert.Equal(before, File.ReadAllText(input));
    }

    [Theory]
    [InlineData("extract", "$FILE")]
    [InlineData("cluster", "$FILE")]
    [InlineData("extract", "$DIR/new.jsonl")]
    public void No_command_writes_over_an_input_or_into_an_input_folder(string command, string output)
    {
        using var dir = new TempFolder();
        var input = dir.File("report.txt", "Palmyra retaken\n\nTroops retook the ancient city of Palmyra on Sunday, the army said in a statement.\n");
        var before = File.ReadAllText(input);
        var target = output.Replace("$FILE", input, StringComparison.Ordinal).Replace("$DIR", dir.Path, StringComparison.Ordinal);

        var result = CliRunner.Run(command, dir.Path, "--output", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Will not write", result.Stderr);
        Assert.Equal(before, File.ReadAllText(input));
        Assert.Equal(["report.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Every_command_writes_its_output_to_a_file_when_asked()
    {
        using var outDir = new TempFolder();
        var extracted = Path.Combine(outDir.Path, "articles.jsonl");
        var scores = Path.Combine(outDir.Path, "rouge.txt");

        var extract = CliRunner.Run("extract", TestPaths.Palmyra, "-o", extracted);
        var rouge = CliRunner.Run("eval", "rouge", "--peer", Path.Combine(Golden, "peer.txt"), "--refs", Path.Combine(Golden, "duc", "refs", "quake.A"), "-o", scores);

        Assert.Equal(0, extract.ExitCode);
        Assert.Equal("", extract.Stdout);
        Assert.Equal(5, File.ReadAllLines(extracted).Length);
        Assert.Equal(0, rouge.ExitCode);
        Assert.StartsWith("ROUGE-1 Average_R:", File.ReadAllText(scores));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("cluster")]
    [InlineData("brief")]
    public void A_run_that_finds_nothing_leaves_no_output_file_and_keeps_an_earlier_one(string command)
    {
        using var empty = new TempFolder();
        using var outDir = new TempFolder();
        var fresh = Path.Combine(outDir.Path, "fresh.out");
        var earlier = Path.Combine(outDir.Path, "earlier.out");
        File.WriteAllText(earlier, "an earlier run's output\n");

        var first = CliRunner.Run(command, empty.Path, "-o", fresh);
        var second = CliRunner.Run(command, empty.Path, "-o", earlier);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.False(File.Exists(fresh));
        Assert.Equal("an earlier run's output\n", File.ReadAllText(earlier));
        Assert.Equal(["earlier.out"], Directory.GetFileSystemEntries(outDir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_to_a_device_is_written_to_the_device()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "-o", "/dev/null");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        // Replaced by a file, /dev/null would now hold the brief.
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public void A_full_disk_is_a_clear_error_and_a_closed_pipe_ends_quietly()
    {
        var full = new StringWriter();
        int fullCode = RoundupCli.Run(["brief", TestPaths.Palmyra], new FailingWriter("No space left on device"), full);
        var closed = new StringWriter();
        int closedCode = RoundupCli.Run(["brief", TestPaths.Palmyra], new FailingWriter("Broken pipe"), closed);

        Assert.Equal(1, fullCode);
        Assert.Contains("error: cannot write the output: No space left on device", full.ToString());
        Assert.Equal(0, closedCode);
        Assert.Equal("", closed.ToString());
    }

    /// <summary>Standard output whose every write fails the way the system reports it.</summary>
    private sealed class FailingWriter(string error) : StringWriter
    {
        public override void Write(char value) => throw new IOException(error);

        public override void Write(string? value) => throw new IOException(error);

        public override void WriteLine(string? value) => throw new IOException(error);
    }
}

public class EmptyBriefTests
{
    [Fact]
    public void A_brief_with_nothing_in_it_is_an_error_not_an_empty_success()
    {
        using var dir = new TempFolder();
        dir.File("run-on.txt", string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i % 300}")));

        var result = CliRunner.Run("brief", dir.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("Nothing to brief: no sentence of the 1 article read fits in 120 words", result.Stderr);
    }
}

public class EvaluationSubsetTests
{
    [Fact]
    public void Pages_of_the_truth_missing_from_the_folder_are_named_in_a_warning()
    {
        var golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "Roundup.Cli.Tests", "Data", "golden");
        using var dir = new TempFolder();
        File.Copy(Path.Combine(golden, "pages", "first.html"), Path.Combine(dir.Path, "first.html"));

        var result = CliRunner.Run("eval", "extraction", "--html", dir.Path, "--truth", Path.Combine(golden, "truth.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 of the 2 pages of the ground truth have no readable page here", result.Stderr);
    }
}
