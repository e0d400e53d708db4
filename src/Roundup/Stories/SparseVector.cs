namespace Roundup.Stories;

/// <summary>A sparse weight vector with its norm computed once.</summary>
internal sealed class SparseVector(Dictionary<string, double> weights)
{
    private readonly double _norm = Math.Sqrt(weights.Values.Sum(v => v * v));
    private List<string>? _byWeight;

    public Dictionary<string, double> Weights { get; } = weights;

    public double Cosine(SparseVector other)
    {
        if (_norm == 0 || other._norm == 0)
        {
            return 0;
        }
        var (small, large) = Weights.Count <= other.Weights.Count ? (Weights, other.Weights) : (other.Weights, Weights);
        double dot = 0;
        foreach (var (k, v) in small)
        {
            if (large.TryGetValue(k, out var w))
            {
                dot += v * w;
            }
        }
        return dot / (_norm * other._norm);
    }

    /// <summary>The <paramref name="count"/> keys of highest weight (ties by key, for determinism).</summary>
    public IEnumerable<string> Top(int count)
    {
        _byWeight ??= Weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        return _byWeight.Take(count);
    }
}
