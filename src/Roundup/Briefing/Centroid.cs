namespace Roundup.Briefing;

/// <summary>
/// Centroid (Radev et al. 2004, MEAD): a centroid of TF-IDF weights over the cluster, keeping words whose
/// weight is at least a tenth of the largest; a sentence scores the sum of its words' centroid values plus a
/// position bonus, and sentences too similar (cosine &gt; 0.7) to one already chosen are skipped.
/// </summary>
internal sealed class Centroid : ISummarizer
{
    /// <summary>Words below this share of the top centroid weight are noise.</summary>
    public const double CentroidCutoff = 0.1;

    /// <summary>MEAD's redundancy threshold.</summary>
    public const double MaxCosine = 0.7;

    public string Name => "centroid";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        if (corpus.Sentences.Count == 0)
        {
            return [];
        }
        var vectors = new SentenceVectors(corpus, documentIdf: true).Vectors;
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            foreach (var (k, w) in v)
            {
                centroid[k] = centroid.GetValueOrDefault(k) + w / corpus.Articles.Count;
            }
        }
        double top = centroid.Count == 0 ? 0 : centroid.Values.Max();
        foreach (var key in centroid.Where(kv => kv.Value < CentroidCutoff * top).Select(kv => kv.Key).ToList())
        {
            centroid.Remove(key);
        }
        var scores = new double[corpus.Sentences.Count];
        double maxCentroidScore = 0;
        for (int s = 0; s < scores.Length; s++)
        {
            scores[s] = vectors[s].Keys.Sum(k => centroid.GetValueOrDefault(k));
            maxCentroidScore = Math.Max(maxCentroidScore, scores[s]);
        }
        for (int s = 0; s < scores.Length; s++)
        {
            // MEAD's positional value: the lead sentence gets the top centroid score, later ones linearly less.
            scores[s] += maxCentroidScore * (1 - corpus.Sentences[s].RelativePosition);
        }
        return RankedSelection.Take(corpus, SentenceVectors.ByScore(scores), wordBudget,
            (candidate, chosen) => chosen.Any(c => SentenceVectors.Cosine(vectors[c], vectors[candidate]) > MaxCosine));
    }
}
