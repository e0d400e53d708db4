using System.Text;
using Roundup.Model;

namespace Roundup.Cli.Tests;

/// <summary>Every kind of bad input gets a clear message, the right exit code and never a stack trace.</summary>
public class BadInputTests
{
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement on state television.";

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public void Missing_path_fails_with_its_name()
    {
        var result = CliRunner.Run("brief", "/no/such/dir");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: /no/such/dir does not exist", result.Stderr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Empty_folder_fails_saying_nothing_was_found()
    {
        using var dir = new TempFolder();

        var result = CliRunner.Run("brief", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing to brief: no article files were found", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Empty_file_alone_fails_with_a_warning_naming_it()
    {
        using var dir = new TempFolder();
        var empty = dir.File("empty.txt", "");

        var result = CliRunner.Run("brief", empty);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"warning: {empty}: file is empty; skipped.", result.Stderr);
        Assert.Contains("Nothing to brief", result.Stderr);
    }

    [Fact]
    public void Binary_file_alone_fails()
    {
        using var dir = new TempFolder();
        var binary = dir.File("data.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);

        var result = CliRunner.Run("brief", binary);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("looks like a binary file", result.Stderr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void File_in_no_supported_encoding_fails()
    {
        using var dir = new TempFolder();
        var odd = dir.File("odd.txt", [.. Encoding.ASCII.GetBytes(Story), 0x81, 0x9D]);

        var result = CliRunner.Run("brief", odd);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not valid UTF-8, UTF-16 or Windows-1252 text", result.Stderr);
    }

    [Fact]
    public void Malformed_json_lines_are_reported_by_file_and_line_and_the_rest_is_briefed()
    {
        using var dir = new TempFolder();
        var feed = dir.File("feed.jsonl",
            $$"""{"id": "ok", "text": "{{Story}}"}""" + "\n" + """{"id": "bad", "text": """ + "\n");

        var result = CliRunner.Run("brief", feed);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {feed}:2: not valid JSON", result.Stderr);
        Assert.Contains("Palmyra", result.Stdout);
    }

    [Fact]
    public void Fifty_megabyte_file_is_refused_but_good_files_beside_it_are_briefed()
    {
        using var dir = new TempFolder();
        dir.File("good.txt", Story);
        var big = dir.File("huge.txt", "");
        using (var stream = File.OpenWrite(big))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = CliRunner.Run("brief", dir.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {big}: file is 50.0 MB", result.Stderr);
        Assert.Contains("Palmyra", result.Stdout);
    }

    [Fact]
    public void One_bad_file_among_good_ones_is_skipped_with_a_warning()
    {
        using var dir = new TempFolder();
        foreach (var file in Directory.GetFiles(TestPaths.Palmyra))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }
        dir.File("zz-broken.txt", [0x00, 0x00, 0xFF]);

        var result = CliRunner.Run("brief", dir.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("zz-broken.txt: looks like a binary file", result.Stderr);
        Assert.Contains("Palmyra", result.Stdout);
    }

    [Fact]
    public void Corpus_documents_without_text_or_end_are_reported_and_the_rest_is_briefed()
    {
        using var dir = new TempFolder();
        foreach (var file in Directory.GetFiles(TestPaths.Palmyra))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }
        dir.File("zz-empty.sgml", "<DOC>\n<DOCNO> X1 </DOCNO>\n<TEXT>\n</TEXT>\n</DOC>\n");
        dir.File("zz-cut.sgml", "<DOC>\n<DOCNO> X2 </DOCNO>\n<TE");

        var result = CliRunner.Run("brief", dir.Path);
        var alone = CliRunner.Run("brief", Path.Combine(dir.Path, "zz-empty.sgml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("zz-empty.sgml: document X1 has no text; skipped.", result.Stderr);
        Assert.Contains("zz-cut.sgml: a <DOC> element is not closed by </DOC>", result.Stderr);
        Assert.Contains("Palmyra", result.Stdout);
        Assert.Equal(1, alone.ExitCode);
        Assert.DoesNotContain("   at ", alone.Stderr); // a message, not a stack trace
    }

    [Theory]
    [InlineData("--words", "0")]
    [InlineData("--words", "many")]
    [InlineData("--format", "pdf")]
    public void Bad_options_fail_with_a_message(string option, string value)
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual("", result.Stderr.Trim());
        Assert.DoesNotContain("Sources:", result.Stdout);
    }

    [Fact]
    public void Output_into_a_missing_folder_fails_clearly()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--output", "/no/such/dir/brief.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the folder /no/such/dir does not exist", result.Stderr);
    }
}
