namespace Roundup.Briefing;

/// <summary>
/// TextRank (Mihalcea &amp; Tarau 2004): a weighted graph where two sentences are linked by their word overlap
/// normalised by length, |Si ∩ Sj| / (log|Si| + log|Sj|); sentences are ranked by weighted PageRank.
/// </summary>
internal sealed class TextRank : ISummarizer
{
    public string Name => "textrank";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        int n = corpus.Sentences.Count;
        if (n == 0)
        {
            return [];
        }
        var bags = corpus.Sentences.Select(s => RankedSelection.ContentStems(s).ToHashSet(StringComparer.Ordinal)).ToList();
        var graph = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (bags[i].Count < 2 || bags[j].Count < 2)
                {
                    continue;
                }
                int shared = bags[i].Count(bags[j].Contains);
                graph[i, j] = graph[j, i] = shared / (Math.Log(bags[i].Count) + Math.Log(bags[j].Count));
            }
        }
        var rank = SentenceVectors.PageRank(graph);
        return RankedSelection.Take(corpus, SentenceVectors.ByScore(rank), wordBudget);
    }
}
