using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Roundup.Cli.Tests;

public class EvalCommandTests
{
    private const string Seized = "Rebels seized the northern town of Kafr Nabl early on Monday morning.";
    private const string Bombed = "Government jets bombed the town again later that day, residents said.";

    /// <summary>Two one-article clusters; the references make every score computable by hand.</summary>
    private static TempFolder Fixture()
    {
        var dir = new TempFolder();
        dir.File("docs/a/report.txt", Seized + "\n" + Bombed + "\n");
        dir.File("docs/b/report.txt", Seized + "\n" + Bombed + "\n");
        dir.File("refs/a.A", Seized + "\n");
        dir.File("refs/b.A", "Government jets bombed the town.\n");
        return dir;
    }

    [Fact]
    public void Summaries_table_matches_hand_computed_rouge()
    {
        using var dir = Fixture();

        var result = CliRunner.Run("eval", "summaries", "--docs", Path.Combine(dir.Path, "docs"), "--refs", Path.Combine(dir.Path, "refs"),
            "--words", "12", "--methods", "lead,oracle", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var methods = doc.RootElement.GetProperty("methods").EnumerateArray().ToDictionary(m => m.GetProperty("method").GetString()!);
        double Recall(string method, string measure) => methods[method].GetProperty("recall").GetProperty(measure).GetProperty("mean").GetDouble();
        // Lead takes the first sentence (12 words) in both clusters. Cluster a: it is the reference (all 1).
        // Cluster b: reference stems govern jet bomb the town; the lead shares "the" and "town" (R-1 2/5),
        // and none of the four reference bigrams (R-2 0). Means over the two clusters:
        Assert.Equal(0.7, Recall("lead", "ROUGE-1"), 10);
        Assert.Equal(0.5, Recall("lead", "ROUGE-2"), 10);
        // The oracle finds the reference sentence in a and the sentence holding all of b's reference words.
        Assert.Equal(1.0, Recall("oracle", "ROUGE-1"), 10);
        Assert.Equal(1.0, Recall("oracle", "ROUGE-2"), 10);
        Assert.Equal(2, doc.RootElement.GetProperty("clusters").GetInt32());
    }

    [Fact]
    public void Summaries_read_a_duc_folder_as_it_comes_sgml_documents_and_its_summary_names()
    {
        // DUC's layout: document sets "d30001t" of files named by document number, summaries "D30001.M.100.T.A".
        using var dir = new TempFolder();
        string Doc(string number, string text) =>
            $"<DOC>\n<DOCNO> {number} </DOCNO>\n<DOCTYPE> NEWS </DOCTYPE>\n<TXTTYPE> NEWSWIRE </TXTTYPE>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n";
        dir.File("docs/d30001t/APW19981016.0240", Doc("APW19981016.0240", Seized + "\n" + Bombed));
        dir.File("docs/d30001t/NYT19981017.0101", Doc("NYT19981017.0101", Bombed));
        dir.File("refs/D30001.M.100.T.A", Seized + "\n");

        var result = CliRunner.Run("eval", "summaries", "--docs", Path.Combine(dir.Path, "docs"), "--refs", Path.Combine(dir.Path, "refs"),
            "--words", "12", "--methods", "lead", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr); // no markup read as text, no file called an unknown type
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("clusters").GetInt32());
        // Lead briefs the most recent article, dated by its number (17 October 1998): "Government jets bombed the town
        // …" shares "the" and "town" with the 12 words of the reference. Undated, it would take the first file's lead
        // sentence, the reference itself (1.0).
        var lead = doc.RootElement.GetProperty("methods")[0].GetProperty("recall").GetProperty("ROUGE-1").GetProperty("mean").GetDouble();
        Assert.Equal(2.0 / 12, lead, 6);
    }

    [Fact]
    public void Summaries_text_table_lists_every_method_with_intervals()
    {
        using var dir = Fixture();

        var result = CliRunner.Run("eval", "summaries", "--docs", Path.Combine(dir.Path, "docs"), "--refs", Path.Combine(dir.Path, "refs"), "--words", "12");

        Assert.Equal(0, result.ExitCode);
        foreach (var method in new[] { "roundup", "lead", "lexrank", "textrank", "centroid", "klsum", "oracle" })
        {
            Assert.Matches(new Regex($@"^{method}\s+\d+\.\d\d \[", RegexOptions.Multiline), result.Stdout);
        }
        Assert.Matches(new Regex(@"^lead\s+70\.00 \[40\.00–100\.00\]", RegexOptions.Multiline), result.Stdout);
        var again = CliRunner.Run("eval", "summaries", "--docs", Path.Combine(dir.Path, "docs"), "--refs", Path.Combine(dir.Path, "refs"), "--words", "12");
        // Same input, same numbers; only the timing column may differ.
        static string WithoutTimes(string table) => Regex.Replace(table, @"\s+\d+\.\d\s*$", "", RegexOptions.Multiline);
        Assert.Equal(WithoutTimes(result.Stdout), WithoutTimes(again.Stdout));
    }

    [Fact]
    public void Summaries_reports_missing_folders_and_unknown_methods()
    {
        using var dir = Fixture();

        var missing = CliRunner.Run("eval", "summaries", "--docs", "/no/docs", "--refs", Path.Combine(dir.Path, "refs"));
        var unknown = CliRunner.Run("eval", "summaries", "--docs", Path.Combine(dir.Path, "docs"), "--refs", Path.Combine(dir.Path, "refs"), "--methods", "lead,magic");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("/no/docs does not exist", missing.Stderr);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown method magic", unknown.Stderr);
    }

    [Fact]
    public void Rouge_prints_the_reference_figures_for_a_conformance_unit()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rouge-conformance.json")));
        var unit = file.RootElement.GetProperty("units").EnumerateArray().First(u => u.GetProperty("id").GetString() == "u00");
        var expected = file.RootElement.GetProperty("configs").GetProperty("stem").GetProperty("scores").GetProperty("u00");
        using var dir = new TempFolder();
        var peer = dir.File("peer.txt", string.Join('\n', unit.GetProperty("peer").EnumerateArray().Select(s => s.GetString())));
        var models = unit.GetProperty("models").EnumerateArray()
            .Select((m, i) => dir.File($"model{i}.txt", string.Join('\n', m.EnumerateArray().Select(s => s.GetString())))).ToArray();

        var result = CliRunner.Run(["eval", "rouge", "--peer", peer, "--refs", string.Join(',', models), "-m", "-n", "2"]);
        var repeated = CliRunner.Run(["eval", "rouge", "--peer", peer, .. models.SelectMany(m => new[] { "--refs", m }), "-m", "-n", "2"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(result.Stdout, repeated.Stdout);
        foreach (var measure in new[] { "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4" })
        {
            var m = Regex.Match(result.Stdout, $@"^{measure} Average_R: (\S+) Average_P: (\S+) Average_F: (\S+)$", RegexOptions.Multiline);
            Assert.True(m.Success, $"{measure} line missing:\n{result.Stdout}");
            var e = expected.GetProperty(measure);
            Assert.Equal(e.GetProperty("R").GetDouble(), double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 5);
            Assert.Equal(e.GetProperty("P").GetDouble(), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 5);
            Assert.InRange(double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) - e.GetProperty("F").GetDouble(), -0.00001, 0.00001);
        }
    }

    [Fact]
    public void Every_list_option_takes_commas_or_the_option_repeated()
    {
        using var dir = Fixture();
        string[] common = ["eval", "summaries", "--docs", Path.Combine(dir.Path, "docs"), "--refs", Path.Combine(dir.Path, "refs"), "--words", "12", "--format", "json"];

        var commas = CliRunner.Run([.. common, "--methods", "lead,klsum"]);
        var repeated = CliRunner.Run([.. common, "--methods", "lead", "--methods", "klsum"]);

        Assert.Equal(0, commas.ExitCode);
        static string Scores(string json) => Regex.Replace(json, "\"ms_per_cluster\": [0-9.]+", "");
        Assert.Equal(Scores(commas.Stdout), Scores(repeated.Stdout));
        Assert.Contains("\"klsum\"", commas.Stdout);
        Assert.DoesNotContain("\"lexrank\"", commas.Stdout);
    }
}
