namespace Roundup.Stories;

/// <summary>
/// A sparse weight vector over term ids, with its norm computed once. Entries are kept as two arrays; the lookup
/// table (needed when another vector is compared against this one) and the order by weight are built on first use,
/// so an article's vector — compared by iterating it, and searched by its top terms — never builds the table.
/// </summary>
internal sealed class SparseVector
{
    private readonly int[] _ids;
    private readonly double[] _weights;
    private readonly double _norm;
    private Dictionary<int, double>? _lookup;
    private int[]? _byWeight;

    public SparseVector(int[] ids, double[] weights)
    {
        _ids = ids;
        _weights = weights;
        double sum = 0;
        foreach (var w in weights)
        {
            sum += w * w;
        }
        _norm = Math.Sqrt(sum);
    }

    public int Count => _ids.Length;

    /// <summary>The weight of <paramref name="id"/> (0 when absent).</summary>
    public double this[int id] => Lookup.GetValueOrDefault(id);

    private Dictionary<int, double> Lookup
    {
        get
        {
            if (_lookup is null)
            {
                var lookup = new Dictionary<int, double>(_ids.Length);
                for (int i = 0; i < _ids.Length; i++)
                {
                    lookup[_ids[i]] = _weights[i];
                }
                _lookup = lookup;
            }
            return _lookup;
        }
    }

    public double Cosine(SparseVector other)
    {
        if (_norm == 0 || other._norm == 0)
        {
            return 0;
        }
        // Iterate the shorter vector, look up in the longer (whose table, if built, is reused).
        var (small, large) = Count <= other.Count ? (this, other) : (other, this);
        var lookup = large.Lookup;
        double dot = 0;
        for (int i = 0; i < small._ids.Length; i++)
        {
            if (lookup.TryGetValue(small._ids[i], out var w))
            {
                dot += small._weights[i] * w;
            }
        }
        return dot / (_norm * other._norm);
    }

    /// <summary>The positions of the <paramref name="count"/> entries of highest weight (ties by id, for determinism).</summary>
    private ReadOnlySpan<int> TopPositions(int count)
    {
        if (_byWeight is null)
        {
            var order = new int[_ids.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            Array.Sort(order, (a, b) => _weights[a] != _weights[b] ? _weights[b].CompareTo(_weights[a]) : _ids[a].CompareTo(_ids[b]));
            _byWeight = order;
        }
        return _byWeight.AsSpan(0, Math.Min(count, _byWeight.Length));
    }

    /// <summary>The <paramref name="count"/> entries of highest weight, best first (ties by id).</summary>
    public IEnumerable<(int Id, double Weight)> Top(int count)
    {
        var positions = TopPositions(count).ToArray();
        foreach (var p in positions)
        {
            yield return (_ids[p], _weights[p]);
        }
    }
}
