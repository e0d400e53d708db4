using System.Globalization;
using System.Text.Json;
using Roundup.Evaluation;
using Roundup.Evaluation.Timelines;

namespace Roundup.Output;

/// <summary>The output formats of <c>roundup eval</c>; each command offers those that suit it.</summary>
public enum EvaluationFormat
{
    /// <summary>Aligned lines for a terminal.</summary>
    Text,

    /// <summary>One indented JSON document.</summary>
    Json,

    /// <summary>A Markdown table (summaries only).</summary>
    Markdown,
}

/// <summary>Writes the results of every <c>roundup eval</c> command.</summary>
public static class EvaluationWriter
{
    /// <summary>How many of the worst pages the extraction report lists.</summary>
    private const int WorstPages = 10;

    /// <summary>The summarisers' ROUGE table: recall and F per measure with 95 % intervals, and time per cluster.</summary>
    public static void Summaries(IReadOnlyList<MethodResult> results, int clusters, int words, EvaluationFormat format, TextWriter output)
    {
        if (format == EvaluationFormat.Json)
        {
            var json = new
            {
                clusters,
                words,
                rouge = "ROUGE-1.5.5 -m -l " + words + " -f A (recall and F, 95% bootstrap intervals)",
                methods = results.Select(r => new
                {
                    method = r.Method,
                    ms_per_cluster = Math.Round(r.MillisecondsPerCluster, 2),
                    recall = r.Recall.ToDictionary(kv => kv.Key, kv => new { mean = kv.Value.Mean, low = kv.Value.Low, high = kv.Value.High }),
                    f = r.F.ToDictionary(kv => kv.Key, kv => new { mean = kv.Value.Mean, low = kv.Value.Low, high = kv.Value.High }),
                }),
            };
            output.WriteLine(JsonSerializer.Serialize(json, JsonText.Indented));
            return;
        }
        string Cell(Estimate e) => FormattableString.Invariant($"{100 * e.Mean:0.00} [{100 * e.Low:0.00}–{100 * e.High:0.00}]");
        var header = new[] { "method" }.Concat(SummaryEvaluation.Measures.Select(m => m + " R")).Concat(SummaryEvaluation.Measures.Select(m => m + " F")).Append("ms/cluster").ToArray();
        var rows = results.Select(r => new[] { r.Method }
            .Concat(SummaryEvaluation.Measures.Select(m => Cell(r.Recall[m])))
            .Concat(SummaryEvaluation.Measures.Select(m => Cell(r.F[m])))
            .Append(r.MillisecondsPerCluster.ToString("0.0", CultureInfo.InvariantCulture)).ToArray()).ToList();
        output.WriteLine($"{clusters} clusters, first {words} words, ROUGE-1.5.5 -m -f A; mean ×100 [95% bootstrap interval]");
        if (format == EvaluationFormat.Markdown)
        {
            output.WriteLine("| " + string.Join(" | ", header) + " |");
            output.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
            foreach (var row in rows)
            {
                output.WriteLine("| " + string.Join(" | ", row) + " |");
            }
            return;
        }
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))));
        }
    }

    /// <summary>B-cubed and pairwise scores of a clustering against each gold label field.</summary>
    public static void Clusters(IReadOnlyList<(string Field, ClusterScores Scores)> results, EvaluationFormat format, TextWriter output)
    {
        if (format == EvaluationFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(results.ToDictionary(r => r.Field, r => new
            {
                precision = r.Scores.Precision,
                recall = r.Scores.Recall,
                f1 = r.Scores.F1,
                pairwise_f1 = r.Scores.PairwiseF1,
                predicted_clusters = r.Scores.PredictedClusters,
                gold_clusters = r.Scores.GoldClusters,
            }), JsonText.Indented));
            return;
        }
        foreach (var (field, s) in results)
        {
            output.WriteLine(FormattableString.Invariant(
                $"{field}: B-cubed P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000}; pairwise F1 {s.PairwiseF1:0.000}; {s.PredictedClusters} predicted vs {s.GoldClusters} true clusters"));
        }
    }

    /// <summary>Extraction scores, speed, and the worst pages.</summary>
    public static void Extraction(ExtractionResult result, EvaluationFormat format, TextWriter output)
    {
        var scores = result.Scores;
        if (format == EvaluationFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                pages = result.Pages,
                precision = scores.Precision,
                recall = scores.Recall,
                f1 = scores.F1,
                pages_per_second = result.PagesPerSecond,
                worst = scores.Pages.OrderBy(p => p.F1).Take(WorstPages).Select(p => new { page = p.Page, f1 = p.F1 }),
            }, JsonText.Indented));
            return;
        }
        output.WriteLine(FormattableString.Invariant($"{result.Pages} pages: P {scores.Precision:0.000} R {scores.Recall:0.000} F1 {scores.F1:0.000} ({result.PagesPerSecond:0} pages/s)"));
        output.WriteLine($"{WorstPages} worst pages:");
        foreach (var page in scores.Pages.OrderBy(p => p.F1).ThenBy(p => p.Page, StringComparer.Ordinal).Take(WorstPages))
        {
            output.WriteLine(FormattableString.Invariant($"  {page.Page}  F1 {page.F1:0.000} (P {page.Precision:0.000} R {page.Recall:0.000})"));
        }
    }

    /// <summary>ROUGE scores of one summary, in the reference script's own lines (text) or as JSON.</summary>
    public static void Rouge(IReadOnlyList<string> measures, IReadOnlyDictionary<string, RougeScore> scores, EvaluationFormat format, TextWriter output)
    {
        if (format == EvaluationFormat.Json)
        {
            var json = scores.ToDictionary(kv => kv.Key, kv => new { R = kv.Value.Recall, P = kv.Value.Precision, F = kv.Value.F });
            output.WriteLine(JsonSerializer.Serialize(json, JsonText.Indented));
            return;
        }
        foreach (var measure in measures)
        {
            var s = scores[measure];
            output.WriteLine(FormattableString.Invariant($"{measure} Average_R: {s.Recall:0.00000} Average_P: {s.Precision:0.00000} Average_F: {s.F:0.00000}"));
        }
    }

    /// <summary>Timeline ROUGE and date F1 of one predicted timeline, one line per measure (text) or as JSON.</summary>
    public static void Timeline(TimelineEvaluation evaluation, EvaluationFormat format, TextWriter output)
    {
        if (format == EvaluationFormat.Json)
        {
            var json = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var s in evaluation.Scores)
            {
                json[s.Metric] = new { rouge_1 = Triple(s.Rouge1), rouge_2 = Triple(s.Rouge2), undefined = s.Undefined };
            }
            json["date_f1"] = new { r = evaluation.Dates.Recall, p = evaluation.Dates.Precision, f = evaluation.Dates.F, undefined = evaluation.DatesUndefined };
            output.WriteLine(JsonSerializer.Serialize(json, JsonText.Indented));
            return;
        }
        output.WriteLine("measure                                  ROUGE-1 R   P       F       ROUGE-2 R   P       F");
        foreach (var s in evaluation.Scores)
        {
            output.WriteLine(FormattableString.Invariant(
                $"{s.Metric,-40} {s.Rouge1.Recall,9:0.0000} {s.Rouge1.Precision:0.0000}  {s.Rouge1.F:0.0000}  {s.Rouge2.Recall,9:0.0000} {s.Rouge2.Precision:0.0000}  {s.Rouge2.F:0.0000}{Note(s.Undefined)}"));
        }
        var d = evaluation.Dates;
        output.WriteLine(FormattableString.Invariant($"{"date_f1",-40} {d.Recall,9:0.0000} {d.Precision:0.0000}  {d.F:0.0000}{Note(evaluation.DatesUndefined)}"));
    }

    private static object Triple(RougeScore s) => new { r = s.Recall, p = s.Precision, f = s.F };

    private static string Note(string? undefined) => undefined is null ? "" : $"  (0: {undefined})";
}
