namespace Roundup.Briefing;

/// <summary>Sparse TF-IDF vectors of sentences over stemmed content words, for the graph and centroid baselines.</summary>
internal sealed class SentenceVectors
{
    public Dictionary<string, double>[] Vectors { get; }

    public Dictionary<string, double> Idf { get; }

    /// <param name="corpus">The sentences to vectorise.</param>
    /// <param name="documentIdf">IDF over articles (centroid) instead of over sentences (LexRank).</param>
    public SentenceVectors(Corpus corpus, bool documentIdf)
    {
        var bags = corpus.Sentences.Select(RankedSelection.ContentStems).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        int units;
        if (documentIdf)
        {
            units = corpus.Articles.Count;
            foreach (var article in Enumerable.Range(0, corpus.Articles.Count))
            {
                foreach (var stem in bags.Where((_, s) => corpus.Sentences[s].Article == article).SelectMany(b => b).Distinct())
                {
                    df[stem] = df.GetValueOrDefault(stem) + 1;
                }
            }
        }
        else
        {
            units = bags.Count;
            foreach (var stem in bags.SelectMany(b => b.Distinct()))
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }
        Idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((double)units / kv.Value) + (documentIdf ? 1 : 0), StringComparer.Ordinal);
        Vectors = bags.Select(bag => bag.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count() * Idf[g.Key], StringComparer.Ordinal)).ToArray();
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0;
        foreach (var (k, v) in a.Count <= b.Count ? a : b)
        {
            if ((a.Count <= b.Count ? b : a).TryGetValue(k, out var w))
            {
                dot += v * w;
            }
        }
        double na = Math.Sqrt(a.Values.Sum(v => v * v));
        double nb = Math.Sqrt(b.Values.Sum(v => v * v));
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    /// <summary>Stationary distribution of a random walk on a weighted graph with damping (PageRank).</summary>
    public static double[] PageRank(double[,] weights, double damping = 0.85, int iterations = 100, double tolerance = 1e-8)
    {
        int n = weights.GetLength(0);
        var rowSums = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                rowSums[i] += weights[i, j];
            }
        }
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (int it = 0; it < iterations; it++)
        {
            var next = Enumerable.Repeat((1 - damping) / n, n).ToArray();
            for (int i = 0; i < n; i++)
            {
                if (rowSums[i] == 0)
                {
                    for (int j = 0; j < n; j++)
                    {
                        next[j] += damping * rank[i] / n; // a sentence linked to nothing spreads evenly
                    }
                    continue;
                }
                for (int j = 0; j < n; j++)
                {
                    if (weights[i, j] > 0)
                    {
                        next[j] += damping * rank[i] * weights[i, j] / rowSums[i];
                    }
                }
            }
            double delta = next.Zip(rank, (a, b) => Math.Abs(a - b)).Sum();
            rank = next;
            if (delta < tolerance)
            {
                break;
            }
        }
        return rank;
    }

    /// <summary>Indices 0..n-1 by descending score, ties to the earlier index.</summary>
    public static IEnumerable<int> ByScore(IReadOnlyList<double> scores) =>
        Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i);
}
