using System.Globalization;
using Roundup.Evaluation.Datasets;
using Roundup.Ingest.JsonLines;
using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Evaluation;

/// <summary>
/// Clusters a labelled JSON Lines file online, in file order, as <c>roundup cluster</c> would, and scores the
/// stories against each gold label field.
/// </summary>
public static class ClusterEvaluation
{
    /// <summary>The scores against each of <paramref name="fields"/>, in that order.</summary>
    public static List<(string Field, ClusterScores Scores)> Run(string path, IReadOnlyList<string> fields, Action<IngestWarning> warn)
    {
        if (!File.Exists(path))
        {
            throw new RoundupException($"{Path.GetFullPath(path)} does not exist.");
        }
        var clusterer = new StoryClusterer();
        foreach (var article in JsonLinesReader.Read(path, warn))
        {
            clusterer.Add(article);
        }
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in clusterer.Stories)
        {
            foreach (var id in story.ArticleIds)
            {
                predicted[id] = story.Id.ToString(CultureInfo.InvariantCulture);
            }
        }
        return fields.Select(f => (f, ClusterMetrics.Score(predicted, LabelledJsonLines.Labels(path, f)))).ToList();
    }
}
