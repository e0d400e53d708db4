namespace Roundup.Briefing;

/// <summary>
/// LexRank (Erkan &amp; Radev 2004): sentences are nodes, linked when the cosine of their TF-IDF vectors is at
/// least 0.1; the summary takes the sentences of highest stationary probability (PageRank, damping 0.85).
/// </summary>
internal sealed class LexRank : ISummarizer
{
    /// <summary>The paper's best threshold for the unweighted graph.</summary>
    public const double Threshold = 0.1;

    public string Name => "lexrank";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        int n = corpus.Sentences.Count;
        if (n == 0)
        {
            return [];
        }
        var vectors = new SentenceVectors(corpus, documentIdf: false).Vectors;
        var graph = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (SentenceVectors.Cosine(vectors[i], vectors[j]) >= Threshold)
                {
                    graph[i, j] = graph[j, i] = 1;
                }
            }
        }
        var rank = SentenceVectors.PageRank(graph);
        return RankedSelection.Take(corpus, SentenceVectors.ByScore(rank), wordBudget);
    }
}
