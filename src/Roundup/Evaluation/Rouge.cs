namespace Roundup.Evaluation;

/// <summary>Recall, precision and F of one ROUGE measure.</summary>
public sealed record RougeScore(double Recall, double Precision, double F)
{
    /// <summary>The score of a summary that shares nothing with the references.</summary>
    public static RougeScore Zero { get; } = new(0, 0, 0);
}

/// <summary>
/// ROUGE-N (1–4), ROUGE-L (summary-level union LCS) and ROUGE-SU (skip bigrams plus unigrams) as the
/// ROUGE-1.5.5 reference script computes them; conformance is tested on 1,440 of its numbers.
/// Summaries are given one sentence per line.
/// </summary>
public sealed class Rouge(RougeOptions? options = null)
{
    private readonly RougeOptions _options = options ?? new RougeOptions();

    /// <summary>The measure names, in report order ("ROUGE-1", "ROUGE-2", …, "ROUGE-L", "ROUGE-SU4").</summary>
    public IReadOnlyList<string> Measures =>
        [.. Enumerable.Range(1, _options.MaxN).Select(n => $"ROUGE-{n}"), "ROUGE-L", $"ROUGE-SU{_options.MaxSkip}"];

    /// <summary>Scores a peer summary against one or more model (reference) summaries.</summary>
    public IReadOnlyDictionary<string, RougeScore> Score(IReadOnlyList<string> peer, IReadOnlyList<IReadOnlyList<string>> models)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (models.Count == 0)
        {
            throw new ArgumentException("At least one model (reference) summary is needed.", nameof(models));
        }
        var text = new RougeText(_options);
        var peerSentences = text.Sentences(peer);
        var modelSentences = models.Select(text.Sentences).ToList();
        var peerTokens = peerSentences.SelectMany(s => s).ToList();
        var modelTokens = modelSentences.Select(m => m.SelectMany(s => s).ToList()).ToList();

        var scores = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        for (int n = 1; n <= _options.MaxN; n++)
        {
            var peerGrams = NGrams(peerTokens, n);
            scores[$"ROUGE-{n}"] = Combine(modelTokens.Select(m => Overlap(NGrams(m, n), peerGrams)));
        }
        scores["ROUGE-L"] = Combine(modelSentences.Select(m => UnionLcs(m, peerSentences)));
        var peerSkip = SkipBigrams(peerTokens);
        scores[$"ROUGE-SU{_options.MaxSkip}"] = Combine(modelTokens.Select(m => Overlap(SkipBigrams(m), peerSkip)));
        return scores;
    }

    /// <summary>ROUGE-<paramref name="n"/> alone: cheaper when a search scores many candidate summaries.</summary>
    public RougeScore ScoreN(IReadOnlyList<string> peer, IReadOnlyList<IReadOnlyList<string>> models, int n)
    {
        var text = new RougeText(_options);
        var peerGrams = NGrams(text.Sentences(peer).SelectMany(s => s).ToList(), n);
        return Combine(models.Select(m => Overlap(NGrams(text.Sentences(m).SelectMany(s => s).ToList(), n), peerGrams)));
    }

    /// <summary>
    /// The raw ROUGE-<paramref name="n"/> counts of ROUGE-1.5.5's <c>-t 2</c>, summed over the models as <c>-f A</c> does:
    /// n-gram hits, the models' n-grams and the peer's n-grams once per model. Scores that combine many comparisons
    /// (timeline ROUGE) add these up before dividing.
    /// </summary>
    internal (double Hit, double ModelTotal, double PeerTotal) RawCounts(IReadOnlyList<string> peer, IReadOnlyList<IReadOnlyList<string>> models, int n)
    {
        var text = new RougeText(_options);
        var peerGrams = NGrams(text.Sentences(peer).SelectMany(s => s).ToList(), n);
        double hit = 0, model = 0, peerTotal = 0;
        foreach (var m in models)
        {
            var counts = Overlap(NGrams(text.Sentences(m).SelectMany(s => s).ToList(), n), peerGrams);
            hit += counts.Hit;
            model += counts.ModelTotal;
            peerTotal += counts.PeerTotal;
        }
        return (hit, model, peerTotal);
    }

    /// <summary>Hits and the model and peer totals of one comparison.</summary>
    private readonly record struct Counts(double Hit, double ModelTotal, double PeerTotal);

    private RougeScore Combine(IEnumerable<Counts> perModel)
    {
        var counts = perModel.ToList();
        if (_options.Averaging == RougeAveraging.Best)
        {
            var best = counts.OrderByDescending(c => c.ModelTotal > 0 ? c.Hit / c.ModelTotal : 0).First();
            return Ratio(best.Hit, best.ModelTotal, best.Hit, best.PeerTotal);
        }
        double hit = counts.Sum(c => c.Hit);
        return Ratio(hit, counts.Sum(c => c.ModelTotal), hit, counts.Sum(c => c.PeerTotal));
    }

    private RougeScore Ratio(double recallHit, double modelTotal, double precisionHit, double peerTotal)
    {
        double r = modelTotal > 0 ? recallHit / modelTotal : 0;
        double p = peerTotal > 0 ? precisionHit / peerTotal : 0;
        double f = r > 0 && p > 0 ? p * r / ((1 - _options.Alpha) * p + _options.Alpha * r) : 0;
        return new RougeScore(r, p, f);
    }

    private static Dictionary<string, int> NGrams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.GetRange(i, n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }

    private Dictionary<string, int> SkipBigrams(List<string> tokens)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            for (int j = i + 1; j < tokens.Count && j <= i + _options.MaxSkip + 1; j++)
            {
                var gram = tokens[i] + " " + tokens[j];
                grams[gram] = grams.GetValueOrDefault(gram) + 1;
            }
            // As in the reference, the last token's unigram is not added (its loop stops one token early).
            if (_options.SkipBigramUnigrams && i < tokens.Count - 1)
            {
                grams[tokens[i]] = grams.GetValueOrDefault(tokens[i]) + 1;
            }
        }
        return grams;
    }

    private static Counts Overlap(Dictionary<string, int> model, Dictionary<string, int> peer)
    {
        int hit = 0;
        foreach (var (gram, count) in model)
        {
            if (peer.TryGetValue(gram, out var peerCount))
            {
                hit += Math.Min(count, peerCount);
            }
        }
        return new Counts(hit, model.Values.Sum(), peer.Values.Sum());
    }

    /// <summary>
    /// Summary-level LCS: for each model sentence, the union of its words on an LCS with each peer sentence;
    /// a word counts as a hit only while unused occurrences of it remain in both summaries.
    /// </summary>
    private static Counts UnionLcs(List<List<string>> model, List<List<string>> peer)
    {
        var modelLeft = Unigrams(model);
        var peerLeft = Unigrams(peer);
        int modelTotal = modelLeft.Values.Sum();
        int peerTotal = peerLeft.Values.Sum();
        int hit = 0;
        foreach (var sentence in model)
        {
            var union = new SortedSet<int>();
            foreach (var p in peer)
            {
                union.UnionWith(LcsPositions(sentence, p));
            }
            foreach (var position in union)
            {
                var token = sentence[position];
                if (modelLeft.GetValueOrDefault(token) > 0 && peerLeft.GetValueOrDefault(token) > 0)
                {
                    hit++;
                    modelLeft[token]--;
                    peerLeft[token]--;
                }
            }
        }
        return new Counts(hit, modelTotal, peerTotal);
    }

    private static Dictionary<string, int> Unigrams(List<List<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }
        return counts;
    }

    /// <summary>Positions in <paramref name="x"/> of one longest common subsequence with <paramref name="y"/>.</summary>
    private static List<int> LcsPositions(List<string> x, List<string> y)
    {
        int m = x.Count;
        int n = y.Count;
        var c = new int[m + 1, n + 1];
        for (int i = 1; i <= m; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                c[i, j] = x[i - 1] == y[j - 1] ? c[i - 1, j - 1] + 1 : Math.Max(c[i - 1, j], c[i, j - 1]);
            }
        }
        var positions = new List<int>();
        int a = m;
        int b = n;
        while (a > 0 && b > 0)
        {
            if (x[a - 1] == y[b - 1])
            {
                positions.Add(a - 1);
                a--;
                b--;
            }
            else if (c[a - 1, b] >= c[a, b - 1])
            {
                a--;
            }
            else
            {
                b--;
            }
        }
        return positions;
    }
}
