namespace Roundup.Stories;

/// <summary>
/// A sparse weight vector over term ids (two arrays), with its norm computed once and its order by weight computed
/// on first use. Vectors are compared through a <see cref="DenseScratch"/>: one is spread into a dense array by id,
/// then each other vector is a sum over its entries with no hashing.
/// </summary>
internal sealed class SparseVector
{
    private int[]? _byWeight;
    private Dictionary<int, double>? _lookup;

    public SparseVector(int[] ids, double[] weights)
        : this(ids, weights, Norm2(weights))
    {
    }

    /// <summary>A vector whose norm is given: that of a longer vector it keeps only the heaviest entries of.</summary>
    public SparseVector(int[] ids, double[] weights, double norm)
    {
        Ids = ids;
        Weights = weights;
        Norm = norm;
    }

    private static double Norm2(double[] weights)
    {
        double sum = 0;
        foreach (var w in weights)
        {
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    public int[] Ids { get; }

    public double[] Weights { get; }

    public double Norm { get; }

    public int Count => Ids.Length;

    /// <summary>Weights by id, built on first use (for vectors much longer than those compared with them).</summary>
    public Dictionary<int, double> Lookup
    {
        get
        {
            if (_lookup is null)
            {
                var lookup = new Dictionary<int, double>(Ids.Length);
                for (int i = 0; i < Ids.Length; i++)
                {
                    lookup[Ids[i]] = Weights[i];
                }
                _lookup = lookup;
            }
            return _lookup;
        }
    }

    /// <summary>The <paramref name="count"/> entries of highest weight, best first (ties: the earlier entry first).</summary>
    public IEnumerable<(int Id, double Weight)> Top(int count)
    {
        if (_byWeight is null || (_byWeight.Length < count && _byWeight.Length < Ids.Length))
        {
            _byWeight = Heaviest(Math.Max(count, PartialOrder));
        }
        int n = Math.Min(count, _byWeight.Length);
        for (int i = 0; i < n; i++)
        {
            int p = _byWeight[i];
            yield return (Ids[p], Weights[p]);
        }
    }

    /// <summary>Entries ranked when the heaviest are asked for: enough for a query (20) and for indexing (40).</summary>
    private const int PartialOrder = 64;

    /// <summary>
    /// Positions of the <paramref name="count"/> heaviest entries, heaviest first, by insertion into a short sorted
    /// array: an article has a few hundred entries and only the first few dozen are asked for, so this beats a sort.
    /// </summary>
    private int[] Heaviest(int count)
    {
        int k = Math.Min(count, Ids.Length);
        var order = new int[k];
        int filled = 0;
        for (int i = 0; i < Weights.Length; i++)
        {
            double w = Weights[i];
            if (filled == k && w <= Weights[order[k - 1]])
            {
                continue;
            }
            int at = filled == k ? k - 1 : filled++;
            while (at > 0 && Weights[order[at - 1]] < w)
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
    }
}

/// <summary>
/// A dense array indexed by term id holding one vector at a time, for computing its cosine with many others (an
/// article against its candidate stories) at the cost of one array read per entry of each other vector.
/// </summary>
internal sealed class DenseScratch
{
    private double[] _values = new double[1024];
    private SparseVector? _held;

    /// <summary>Spreads <paramref name="vector"/> into the array (replacing the one held before).</summary>
    public void Hold(SparseVector vector)
    {
        Release();
        int maxId = vector.Ids.Length == 0 ? 0 : vector.Ids.Max();
        if (maxId >= _values.Length)
        {
            Array.Resize(ref _values, Math.Max(maxId + 1, _values.Length * 2));
        }
        for (int i = 0; i < vector.Ids.Length; i++)
        {
            _values[vector.Ids[i]] = vector.Weights[i];
        }
        _held = vector;
    }

    /// <summary>
    /// Beyond this ratio of lengths, the other vector (a big story's centroid, with tens of thousands of terms) is
    /// looked up entry by entry of the held one instead of scanned whole: a hash lookup costs about as much as
    /// scanning this many array entries.
    /// </summary>
    private const int ScanRatio = 8;

    /// <summary>Cosine of the held vector with <paramref name="other"/>.</summary>
    public double Cosine(SparseVector other)
    {
        if (_held is null || _held.Norm == 0 || other.Norm == 0)
        {
            return 0;
        }
        if (other.Count > ScanRatio * _held.Count)
        {
            var lookup = other.Lookup;
            double sum = 0;
            for (int i = 0; i < _held.Ids.Length; i++)
            {
                if (lookup.TryGetValue(_held.Ids[i], out var w))
                {
                    sum += _held.Weights[i] * w;
                }
            }
            return sum / (_held.Norm * other.Norm);
        }
        var values = _values;
        var ids = other.Ids;
        var weights = other.Weights;
        double dot = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            int id = ids[i];
            if (id < values.Length)
            {
                dot += weights[i] * values[id];
            }
        }
        return dot / (_held.Norm * other.Norm);
    }

    /// <summary>Clears the held vector's entries (the rest of the array is already zero).</summary>
    public void Release()
    {
        if (_held is { } held)
        {
            foreach (var id in held.Ids)
            {
                _values[id] = 0;
            }
            _held = null;
        }
    }
}

/// <summary>
/// A sum of vectors in a dense array indexed by term id: a group that is rebuilt often and scored against many
/// vectors (the halves of a bisection), at one array read per entry and no hashing.
/// </summary>
internal sealed class DenseSum
{
    /// <summary>A sum whose squared norm is below this is empty (what rounding leaves of nothing).</summary>
    private const double EmptyNormSquared = 1e-12;

    private double[] _values = new double[1024];
    private int[] _stamps = new int[1024];
    private readonly List<int> _used = [];
    private int _stamp = 1;
    private double? _normSquared;

    /// <summary>Empties the sum (only the entries it used are touched).</summary>
    public void Clear()
    {
        foreach (var id in _used)
        {
            _values[id] = 0;
        }
        _used.Clear();
        _stamp++;
        _normSquared = 0;
    }

    public void Add(SparseVector vector)
    {
        var ids = vector.Ids;
        if (ids.Length > 0)
        {
            int maxId = ids.Max();
            if (maxId >= _values.Length)
            {
                int size = Math.Max(maxId + 1, _values.Length * 2);
                Array.Resize(ref _values, size);
                Array.Resize(ref _stamps, size);
            }
        }
        for (int i = 0; i < ids.Length; i++)
        {
            int id = ids[i];
            if (_stamps[id] != _stamp)
            {
                _stamps[id] = _stamp;
                _used.Add(id);
            }
            _values[id] += vector.Weights[i];
        }
        _normSquared = null;
    }

    private double NormSquared
    {
        get
        {
            if (_normSquared is null)
            {
                double sum = 0;
                foreach (var id in _used)
                {
                    sum += _values[id] * _values[id];
                }
                _normSquared = sum;
            }
            return _normSquared.Value;
        }
    }

    /// <summary>Cosine of the sum with a vector.</summary>
    public double Cosine(SparseVector vector)
    {
        if (vector.Norm == 0 || NormSquared <= 1e-12)
        {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < vector.Ids.Length; i++)
        {
            int id = vector.Ids[i];
            if (id < _values.Length)
            {
                dot += vector.Weights[i] * _values[id];
            }
        }
        return dot / (vector.Norm * Math.Sqrt(NormSquared));
    }

    /// <summary>Cosine of two sums.</summary>
    public double Cosine(DenseSum other)
    {
        if (NormSquared <= EmptyNormSquared || other.NormSquared <= EmptyNormSquared)
        {
            return 0;
        }
        double dot = 0;
        foreach (var id in _used)
        {
            if (id < other._values.Length)
            {
                dot += _values[id] * other._values[id];
            }
        }
        return dot / Math.Sqrt(NormSquared * other.NormSquared);
    }
}
