using System.Diagnostics;
using Roundup.Evaluation.Datasets;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Evaluation;

/// <summary>The extraction benchmark's scores of Roundup's reader, and how fast it read the pages.</summary>
/// <param name="Pages">Pages in the ground truth.</param>
/// <param name="Scores">Shingle precision, recall and F1, overall and per page.</param>
/// <param name="PagesPerSecond">Pages read and extracted per second of wall-clock time.</param>
public sealed record ExtractionResult(int Pages, ExtractionScores Scores, double PagesPerSecond);

/// <summary>Reads a folder of pages with <see cref="CorpusReader"/> and scores the bodies against a ground truth.</summary>
public static class ExtractionEvaluation
{
    /// <summary>
    /// Scores the pages of <paramref name="htmlFolder"/> against <paramref name="truthFile"/>: the article extraction
    /// benchmark's shingle F1 (pages named &lt;key&gt;.html[.gz]), or trafilatura's must / must-not segments (pages
    /// named as its entries' "file").
    /// </summary>
    public static ExtractionResult Run(string htmlFolder, string truthFile, Action<IngestWarning> warn)
    {
        if (!File.Exists(truthFile) || !Directory.Exists(htmlFolder))
        {
            throw new RoundupException($"{Path.GetFullPath(File.Exists(truthFile) ? htmlFolder : truthFile)} does not exist.");
        }
        var segments = ExtractionTruth.ReadSegments(truthFile);
        var expected = segments is null ? ExtractionTruth.Read(truthFile) : segments.ToDictionary(s => s.File, _ => "", StringComparer.Ordinal);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        using var reader = new CorpusReader();
        foreach (var article in reader.Read([Path.GetFullPath(htmlFolder)], warn))
        {
            // The benchmark's keys are page names without extension; trafilatura's set names each page's file.
            predicted[segments is null ? article.Id : Path.GetFileName(article.Path)] = string.Join("\n", article.Paragraphs);
        }
        watch.Stop();
        int missing = expected.Keys.Count(key => !predicted.ContainsKey(key));
        if (missing > 0)
        {
            warn(new IngestWarning(Path.GetFullPath(htmlFolder), null,
                $"{missing} of the {expected.Count} pages of the ground truth have no readable page here; they count as extracted empty."));
        }
        var scores = segments is null ? ExtractionMetrics.Score(expected, predicted) : ExtractionMetrics.ScoreSegments(segments, predicted);
        return new ExtractionResult(expected.Count, scores, predicted.Count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9));
    }
}
