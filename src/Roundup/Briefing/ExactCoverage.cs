namespace Roundup.Briefing;

/// <summary>
/// Branch and bound for budgeted maximum coverage, started from a good selection: items are tried in order of
/// value per word, each either taken or left; a branch is cut when what it has plus an upper bound on what the
/// items left could add cannot beat the best selection found. The bound: the marginal gain of every item left
/// (the weight of its elements not yet covered), packed as a fractional knapsack into the budget left. Gains only
/// shrink as items are added (coverage is submodular), so no selection below the node can add more: the bound is
/// valid, and an exhausted search is a proof of optimality.
/// </summary>
internal sealed class ExactCoverage(
    IReadOnlyList<int[]> elements,
    IReadOnlyList<int> lengths,
    double[] weights,
    int budget,
    Func<int, int, bool> conflict)
{
    /// <summary>
    /// Sentences the bounds may look at, summed over the search (a node's bound looks at every sentence not yet
    /// decided): the search's work, counted so that the result does not depend on the machine. A news cluster is
    /// proved optimal within a few hundred thousand (ECB+: at most 3,019 nodes over 182 sentences); a story of
    /// hundreds of articles stops at this limit, a few tens of milliseconds, with the best selection found.
    /// </summary>
    internal const long MaxWork = 2_000_000;

    /// <summary>Gains closer than this are equal (weights are sums of small integers and fractions).</summary>
    private const double Epsilon = 1e-9;

    private int[] _order = [];
    private int[] _covered = [];
    private readonly List<int> _chosen = [];
    private sbyte[][] _conflicts = [];
    private List<int> _best = [];
    private double _bestValue;
    private long _work;
    private readonly List<(double Gain, int Length)> _gains = [];

    /// <summary>The optimum, or the best selection found within <see cref="MaxWork"/> (never worse than <paramref name="start"/>).</summary>
    /// <param name="start">A feasible selection (local search's).</param>
    /// <param name="startValue">Its value.</param>
    public (List<int> Chosen, bool Proven) Improve(List<int> start, double startValue)
    {
        _order = Enumerable.Range(0, elements.Count).Where(i => lengths[i] <= budget && lengths[i] > 0)
            .OrderByDescending(i => elements[i].Sum(e => weights[e]) / lengths[i]).ThenBy(i => i).ToArray();
        _covered = new int[weights.Length];
        _conflicts = new sbyte[elements.Count][];
        _best = [.. start];
        _bestValue = startValue;
        _work = 0;
        bool proven = Search(0, 0, 0);
        return (_best, proven);
    }

    /// <summary>
    /// Searches below a node; false when the work limit cut the search short. The work limit also bounds the depth
    /// of the recursion (each level costs the sentences left), to about two thousand levels.
    /// </summary>
    private bool Search(int k, int used, double value)
    {
        _work += _order.Length - k;
        if (_work > MaxWork)
        {
            return false;
        }
        if (value > _bestValue + Epsilon)
        {
            _bestValue = value;
            _best = [.. _chosen];
        }
        if (k == _order.Length || value + Bound(k, budget - used) <= _bestValue + Epsilon)
        {
            return true;
        }
        int item = _order[k];
        bool complete = true;
        if (used + lengths[item] <= budget && Compatible(item))
        {
            double gain = 0;
            foreach (var e in elements[item])
            {
                if (_covered[e]++ == 0)
                {
                    gain += weights[e];
                }
            }
            _chosen.Add(item);
            complete = Search(k + 1, used + lengths[item], value + gain);
            _chosen.RemoveAt(_chosen.Count - 1);
            foreach (var e in elements[item])
            {
                _covered[e]--;
            }
        }
        return Search(k + 1, used, value) && complete;
    }

    /// <summary>What the items from position <paramref name="k"/> on could add at most within <paramref name="left"/> words.</summary>
    private double Bound(int k, int left)
    {
        _gains.Clear();
        for (int j = k; j < _order.Length; j++)
        {
            int item = _order[j];
            if (lengths[item] > left || !Compatible(item))
            {
                continue;
            }
            double gain = 0;
            foreach (var e in elements[item])
            {
                if (_covered[e] == 0)
                {
                    gain += weights[e];
                }
            }
            if (gain > 0)
            {
                _gains.Add((gain, lengths[item]));
            }
        }
        _gains.Sort((a, b) => (b.Gain * a.Length).CompareTo(a.Gain * b.Length));
        double total = 0;
        foreach (var (gain, length) in _gains)
        {
            if (length <= left)
            {
                total += gain;
                left -= length;
            }
            else
            {
                return total + gain * left / length;
            }
        }
        return total;
    }

    /// <summary>Whether an item may join the chosen ones (pairs are asked once and remembered).</summary>
    private bool Compatible(int item)
    {
        foreach (var c in _chosen)
        {
            var row = _conflicts[item] ??= new sbyte[elements.Count];
            if (row[c] == 0)
            {
                row[c] = conflict(c, item) ? (sbyte)1 : (sbyte)2;
            }
            if (row[c] == 1)
            {
                return false;
            }
        }
        return true;
    }
}
