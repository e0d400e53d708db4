using Roundup.Evaluation;

namespace Roundup.Tests.Evaluation;

public class ClusterMetricsTests
{
    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y" };

        var s = ClusterMetrics.Score(new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" }, gold);

        Assert.Equal(new ClusterScores(1, 1, 1, 1, 2, 2), s);
    }

    [Fact]
    public void Computes_bcubed_and_pairwise_by_hand()
    {
        // Gold: {a,b,c} {d}. Predicted: {a,b} {c,d}.
        // Precision: a 1, b 1, c 1/2, d 1/2 → 3/4. Recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3.
        // Pairs: predicted {ab, cd}, gold {ab, ac, bc}; shared {ab} → F1 = 2·1 / (2 + 3) = 0.4.
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "y" };
        var predicted = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "2" };

        var s = ClusterMetrics.Score(predicted, gold);

        Assert.Equal(0.75, s.Precision, 10);
        Assert.Equal(2 / 3.0, s.Recall, 10);
        Assert.Equal(2 * 0.75 * (2 / 3.0) / (0.75 + 2 / 3.0), s.F1, 10);
        Assert.Equal(0.4, s.PairwiseF1, 10);
        Assert.Equal(2, s.PredictedClusters);
    }

    [Fact]
    public void An_item_without_a_prediction_is_its_own_cluster()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x" };

        var s = ClusterMetrics.Score(new Dictionary<string, string> { ["a"] = "1" }, gold);

        Assert.Equal(1, s.Precision);
        Assert.Equal(0.5, s.Recall);
    }
}
