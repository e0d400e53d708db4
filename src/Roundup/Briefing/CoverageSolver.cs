namespace Roundup.Briefing;

/// <summary>
/// Budgeted maximum coverage: choose items (sentences) of given lengths, within a budget, maximising the
/// total weight of the distinct elements (concepts) they cover, with some pairs of items forbidden together.
/// Greedy by gain per word, then local search (insert, swap one for one or two) until no move improves, then a
/// branch and bound from that selection that proves it optimal or finds the optimum (<see cref="ExactCoverage"/>).
/// </summary>
internal sealed class CoverageSolver(
    IReadOnlyList<int[]> elements,
    IReadOnlyList<int> lengths,
    double[] weights,
    int budget,
    Func<int, int, bool> conflict)
{
    private const int MaxImprovements = 200;

    /// <summary>Pair insertions (swap one for two) are tried among this many best-ratio items only, to stay fast on big inputs.</summary>
    private const int PairCandidates = 40;

    private HashSet<int> _pairPool = [];

    /// <summary>True when the last <see cref="Solve"/> proved its selection optimal (the search ended within its limit).</summary>
    public bool ProvenOptimal { get; private set; }

    public List<int> Solve()
    {
        _pairPool = Enumerable.Range(0, elements.Count)
            .OrderByDescending(i => Value([i]) / lengths[i]).ThenBy(i => i).Take(PairCandidates).ToHashSet();
        var chosen = Greedy();
        double value = Value(chosen);
        for (int step = 0; step < MaxImprovements; step++)
        {
            var better = ImprovingMove(chosen, value);
            if (better is null)
            {
                break;
            }
            chosen = better;
            value = Value(chosen);
        }
        var exact = new ExactCoverage(elements, lengths, weights, budget, conflict).Improve(chosen, value);
        ProvenOptimal = exact.Proven;
        return exact.Chosen;
    }

    private List<int> Greedy()
    {
        var chosen = new List<int>();
        var covered = new HashSet<int>();
        int used = 0;
        while (true)
        {
            int best = -1;
            double bestRatio = 0;
            for (int i = 0; i < elements.Count; i++)
            {
                if (chosen.Contains(i) || used + lengths[i] > budget || chosen.Any(c => conflict(c, i)))
                {
                    continue;
                }
                double gain = elements[i].Where(e => !covered.Contains(e)).Sum(e => weights[e]);
                double ratio = gain / lengths[i];
                if (ratio > bestRatio + 1e-12)
                {
                    bestRatio = ratio;
                    best = i;
                }
            }
            if (best < 0)
            {
                break;
            }
            chosen.Add(best);
            used += lengths[best];
            covered.UnionWith(elements[best]);
        }
        // The best single item can beat the greedy set when one long sentence dominates (the classic 1/2 guarantee).
        int single = Enumerable.Range(0, elements.Count).Where(i => lengths[i] <= budget)
            .OrderByDescending(i => Value([i])).ThenBy(i => i).FirstOrDefault(-1);
        return single >= 0 && Value([single]) > Value(chosen) ? [single] : chosen;
    }

    /// <summary>The first move (in a fixed order) that raises coverage: add one, swap one, or swap one for two.</summary>
    private List<int>? ImprovingMove(List<int> chosen, double value)
    {
        int used = chosen.Sum(c => lengths[c]);
        var outside = Enumerable.Range(0, elements.Count).Where(i => !chosen.Contains(i)).ToList();
        foreach (var add in outside)
        {
            if (used + lengths[add] <= budget && Feasible(chosen, add) && Value([.. chosen, add]) > value + 1e-9)
            {
                return [.. chosen, add];
            }
        }
        for (int r = 0; r < chosen.Count; r++)
        {
            var rest = chosen.Where((_, k) => k != r).ToList();
            int restUsed = used - lengths[chosen[r]];
            for (int a = 0; a < outside.Count; a++)
            {
                int add = outside[a];
                if (restUsed + lengths[add] > budget || !Feasible(rest, add))
                {
                    continue;
                }
                var swapped = rest.Append(add).ToList();
                if (Value(swapped) > value + 1e-9)
                {
                    return swapped;
                }
                if (!_pairPool.Contains(add))
                {
                    continue;
                }
                foreach (var add2 in _pairPool)
                {
                    if (add2 <= add || chosen.Contains(add2))
                    {
                        continue;
                    }
                    if (restUsed + lengths[add] + lengths[add2] <= budget && Feasible(swapped, add2) && Value([.. swapped, add2]) > value + 1e-9)
                    {
                        return [.. swapped, add2];
                    }
                }
            }
        }
        return null;
    }

    private bool Feasible(List<int> chosen, int candidate) => chosen.All(c => !conflict(c, candidate));

    private double Value(List<int> chosen)
    {
        var covered = new HashSet<int>();
        double total = 0;
        foreach (var c in chosen)
        {
            foreach (var e in elements[c])
            {
                if (covered.Add(e))
                {
                    total += weights[e];
                }
            }
        }
        return total;
    }
}
