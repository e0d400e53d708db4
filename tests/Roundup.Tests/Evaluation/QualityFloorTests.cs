using System.Text.Json;
using Roundup.Briefing;
using Roundup.Evaluation;
using Roundup.Evaluation.Datasets;
using Roundup.Ingest;
using Roundup.Ingest.PlainText;
using Roundup.Model;

namespace Roundup.Tests.Evaluation;

/// <summary>
/// Quality gate: Roundup's scores on the ECB+ development summaries (../shared/eval) may not drop below the
/// floors measured when the method was chosen (R-1 48.83, R-2 20.29), less a small epsilon for deliberate
/// trade-offs. A change that loses more than that fails CI.
/// </summary>
public class QualityFloorTests
{
    private const double MinRouge1Recall = 0.480;
    private const double MinRouge2Recall = 0.195;

    private static string SharedEval => Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "eval"));

    internal static List<EvaluationCluster> EcbPlusDevelopmentSet()
    {
        var refs = Path.Combine(SharedEval, "ecbplus-summaries");
        Assert.True(Directory.Exists(refs), $"The quality gate needs {refs} (../shared beside the repository).");
        var events = Directory.GetFiles(refs, "*.A.txt").Select(f => Path.GetFileName(f)[..^".A.txt".Length]).Order(StringComparer.Ordinal).ToList();
        var docs = events.ToDictionary(e => e, _ => new List<Article>());
        foreach (var line in File.ReadLines(Path.Combine(SharedEval, "ecbplus-events.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (docs.TryGetValue(root.GetProperty("event").GetString()!, out var list))
            {
                var id = root.GetProperty("id").GetString()!;
                list.Add(PlainTextParser.Parse(root.GetProperty("text").GetString()!, id + ".txt", id));
            }
        }
        return events.Select(e => new EvaluationCluster(e, docs[e],
            [File.ReadAllLines(Path.Combine(refs, e + ".A.txt")).Where(l => l.Trim().Length > 0).ToList()])).ToList();
    }

    [Fact]
    public void Roundup_stays_above_its_floor_on_the_ecbplus_development_summaries()
    {
        var clusters = EcbPlusDevelopmentSet();
        Assert.Equal(30, clusters.Count);

        var result = new SummaryEvaluation(100).Evaluate("roundup", clusters);

        Assert.True(result.Recall["ROUGE-1"].Mean >= MinRouge1Recall, $"ROUGE-1 recall {result.Recall["ROUGE-1"].Mean:0.0000} < {MinRouge1Recall}");
        Assert.True(result.Recall["ROUGE-2"].Mean >= MinRouge2Recall, $"ROUGE-2 recall {result.Recall["ROUGE-2"].Mean:0.0000} < {MinRouge2Recall}");
    }

    [Fact]
    public void Roundup_beats_every_baseline_on_rouge_2_except_the_oracle()
    {
        var clusters = EcbPlusDevelopmentSet();
        var evaluation = new SummaryEvaluation(100);
        double roundup = evaluation.Evaluate("roundup", clusters).Recall["ROUGE-2"].Mean;

        foreach (var baseline in new[] { "lead", "lexrank", "textrank", "centroid" })
        {
            Assert.True(roundup > evaluation.Evaluate(baseline, clusters).Recall["ROUGE-2"].Mean, $"{baseline} beats roundup");
        }
    }
}
