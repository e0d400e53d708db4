using System.Text.RegularExpressions;

namespace Roundup.Evaluation;

/// <summary>One page's extraction scores.</summary>
public sealed record PageExtractionScore(string Page, double Precision, double Recall, double F1);

/// <summary>Precision, recall and F1 over pages, and each page's scores.</summary>
public sealed record ExtractionScores(double Precision, double Recall, double F1, IReadOnlyList<PageExtractionScore> Pages);

/// <summary>
/// The article-extraction benchmark's metric: texts become multisets of 4-token shingles (tokens are \w+ runs, case
/// kept); per page tp, fp and fn are normalised by their sum; precision and recall are means over pages (a page with
/// nothing on one side is skipped there, and scores 1 when both sides are equal); F1 is that of the two means.
/// </summary>
public static partial class ExtractionMetrics
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();

    /// <summary>
    /// Shingle precision, recall and F1 of <paramref name="predicted"/> bodies against <paramref name="truth"/>, by
    /// page key; a page missing from the prediction counts as extracted empty.
    /// </summary>
    public static ExtractionScores Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predicted)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        var pages = new List<PageExtractionScore>();
        foreach (var (page, expected) in truth)
        {
            var a = Shingles(expected);
            var b = Shingles(predicted.GetValueOrDefault(page, ""));
            double tp = 0, fp = 0, fn = 0;
            foreach (var (k, v) in a)
            {
                int other = b.GetValueOrDefault(k);
                tp += Math.Min(v, other);
                fn += Math.Max(0, v - other);
            }
            foreach (var (k, v) in b)
            {
                fp += Math.Max(0, v - a.GetValueOrDefault(k));
            }
            double sum = tp + fp + fn;
            if (sum > 0)
            {
                (tp, fp, fn) = (tp / sum, fp / sum, fn / sum);
            }
            bool equal = fp == 0 && fn == 0;
            double? p = tp + fp > 0 || equal ? (equal ? 1 : tp / (tp + fp)) : null;
            double? r = tp + fn > 0 || equal ? (equal ? 1 : tp / (tp + fn)) : null;
            if (p is { } pv)
            {
                precisions.Add(pv);
            }
            if (r is { } rv)
            {
                recalls.Add(rv);
            }
            double pp = p ?? 0;
            double rr = r ?? 0;
            pages.Add(new PageExtractionScore(page, pp, rr, pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0));
        }
        double precision = precisions.Count > 0 ? precisions.Average() : 0;
        double recall = recalls.Count > 0 ? recalls.Average() : 0;
        return new ExtractionScores(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, pages);
    }

    /// <summary>
    /// trafilatura's segment metric: each must-have segment found in a page's text (whitespace runs read as one space)
    /// is a true positive, each must-not segment found a false positive; precision, recall and F1 over all segments.
    /// Per page, the F1 of its own segments (for the list of worst pages).
    /// </summary>
    internal static ExtractionScores ScoreSegments(IReadOnlyList<Datasets.SegmentTruth> truth, IReadOnlyDictionary<string, string> predictedByFile)
    {
        int tp = 0, fn = 0, fp = 0;
        var pages = new List<PageExtractionScore>();
        foreach (var page in truth)
        {
            var text = Spaces().Replace(predictedByFile.GetValueOrDefault(page.File, ""), " ");
            int found = page.With.Count(w => text.Contains(Spaces().Replace(w, " "), StringComparison.Ordinal));
            int leaked = page.Without.Count(w => text.Contains(Spaces().Replace(w, " "), StringComparison.Ordinal));
            tp += found;
            fn += page.With.Count - found;
            fp += leaked;
            double p = found + leaked > 0 ? found / (double)(found + leaked) : (page.With.Count == 0 ? 1 : 0);
            double r = page.With.Count > 0 ? found / (double)page.With.Count : 1;
            pages.Add(new PageExtractionScore(page.File, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0));
        }
        double precision = tp + fp > 0 ? tp / (double)(tp + fp) : 0;
        double recall = tp + fn > 0 ? tp / (double)(tp + fn) : 0;
        return new ExtractionScores(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, pages);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = Math.Max(1, tokens.Count - 3);
        for (int i = 0; i < n && i < tokens.Count; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(4));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }
        return counts;
    }
}
