namespace Roundup.Briefing;

/// <summary>
/// KL-Sum (Haghighi &amp; Vanderwende 2009): greedily add the sentence that brings the summary's unigram
/// distribution closest (in KL divergence) to the cluster's, until the budget is spent.
/// </summary>
internal sealed class KlSum : ISummarizer
{
    /// <summary>Additive smoothing of the summary distribution, so unseen words have finite divergence.</summary>
    private const double Smoothing = 0.01;

    public string Name => "klsum";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        var bags = corpus.Sentences.Select(RankedSelection.ContentStems).ToList();
        var cluster = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var stem in bags.SelectMany(b => b))
        {
            cluster[stem] = cluster.GetValueOrDefault(stem) + 1;
        }
        double clusterTotal = cluster.Values.Sum();
        if (clusterTotal == 0)
        {
            return [];
        }
        var summary = new Dictionary<string, double>(StringComparer.Ordinal);
        double summaryTotal = 0;
        return GreedySelection.Run(
            corpus,
            wordBudget,
            (_, s) => -Divergence(cluster, clusterTotal, summary, summaryTotal, bags[s]),
            s => bags[s].Count > 0,
            mustImprove: false,
            onChosen: best =>
            {
                foreach (var stem in bags[best])
                {
                    summary[stem] = summary.GetValueOrDefault(stem) + 1;
                }
                summaryTotal += bags[best].Count;
            });
    }

    /// <summary>KL(cluster ‖ summary + sentence) with additive smoothing over the cluster vocabulary.</summary>
    private static double Divergence(Dictionary<string, double> cluster, double clusterTotal, Dictionary<string, double> summary,
        double summaryTotal, List<string> sentence)
    {
        var added = sentence.GroupBy(x => x).ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal);
        double total = summaryTotal + sentence.Count + Smoothing * cluster.Count;
        double kl = 0;
        foreach (var (word, count) in cluster)
        {
            double p = count / clusterTotal;
            double q = (summary.GetValueOrDefault(word) + added.GetValueOrDefault(word) + Smoothing) / total;
            kl += p * Math.Log(p / q);
        }
        return kl;
    }
}
