namespace Roundup.Evaluation;

/// <summary>Clustering quality against gold labels.</summary>
/// <param name="Precision">B-cubed precision: for each item, the share of its predicted cluster that shares its gold label.</param>
/// <param name="Recall">B-cubed recall: for each item, the share of its gold cluster that shares its predicted cluster.</param>
/// <param name="F1">Harmonic mean of B-cubed precision and recall.</param>
/// <param name="PairwiseF1">F1 over pairs of items put together (predicted) versus belonging together (gold).</param>
/// <param name="PredictedClusters">Number of predicted clusters.</param>
/// <param name="GoldClusters">Number of gold clusters.</param>
public sealed record ClusterScores(double Precision, double Recall, double F1, double PairwiseF1, int PredictedClusters, int GoldClusters);

/// <summary>B-cubed (Bagga &amp; Baldwin 1998) and pairwise scores of a clustering.</summary>
public static class ClusterMetrics
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>; both map item id → cluster label.</summary>
    public static ClusterScores Score(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        if (gold.Count == 0)
        {
            throw new ArgumentException("No gold-labelled items to score.", nameof(gold));
        }
        // An item without a prediction is a cluster of its own, as the reference scorer counts it.
        string Pred(string id) => predicted.TryGetValue(id, out var p) ? "p:" + p : "missing:" + id;
        var predSize = new Dictionary<string, int>();
        var goldSize = new Dictionary<string, int>();
        var both = new Dictionary<(string, string), int>();
        foreach (var (id, label) in gold)
        {
            var p = Pred(id);
            predSize[p] = predSize.GetValueOrDefault(p) + 1;
            goldSize[label] = goldSize.GetValueOrDefault(label) + 1;
            both[(p, label)] = both.GetValueOrDefault((p, label)) + 1;
        }
        double precision = 0;
        double recall = 0;
        foreach (var (id, label) in gold)
        {
            var p = Pred(id);
            int shared = both[(p, label)];
            precision += shared / (double)predSize[p];
            recall += shared / (double)goldSize[label];
        }
        precision /= gold.Count;
        recall /= gold.Count;
        static double Pairs(int n) => n * (n - 1) / 2.0;
        double truePairs = both.Values.Sum(Pairs);
        double predictedPairs = predSize.Values.Sum(Pairs);
        double goldPairs = goldSize.Values.Sum(Pairs);
        double pairwiseF1 = predictedPairs + goldPairs == 0 ? 1 : 2 * truePairs / (predictedPairs + goldPairs);
        return new ClusterScores(precision, recall, Harmonic(precision, recall), pairwiseF1, predSize.Count, goldSize.Count);
    }

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
