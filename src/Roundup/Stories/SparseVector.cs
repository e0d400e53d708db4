namespace Roundup.Stories;

/// <summary>A sparse weight vector over term ids, with its norm computed once.</summary>
internal sealed class SparseVector(Dictionary<int, double> weights)
{
    private readonly double _norm = Math.Sqrt(weights.Values.Sum(v => v * v));
    private int[]? _byWeight;

    public Dictionary<int, double> Weights { get; } = weights;

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

    /// <summary>The <paramref name="count"/> keys of highest weight (ties by id, for determinism).</summary>
    public ReadOnlySpan<int> Top(int count)
    {
        if (_byWeight is null)
        {
            var entries = new (double Weight, int Id)[Weights.Count];
            int i = 0;
            foreach (var (id, weight) in Weights)
            {
                entries[i++] = (weight, id);
            }
            Array.Sort(entries, static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Id.CompareTo(b.Id));
            _byWeight = Array.ConvertAll(entries, e => e.Id);
        }
        return _byWeight.AsSpan(0, Math.Min(count, _byWeight.Length));
    }
}
