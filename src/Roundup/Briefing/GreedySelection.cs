namespace Roundup.Briefing;

/// <summary>
/// The greedy loop that objective-driven methods share: repeatedly add the feasible sentence (fits the budget,
/// group not yet used) whose addition gives the best objective value, until none is feasible — or, when
/// <c>mustImprove</c>, until no addition beats the current value (the empty selection counts as 0).
/// </summary>
internal static class GreedySelection
{
    /// <param name="corpus">The sentences to choose from.</param>
    /// <param name="wordBudget">The budget no selection may exceed.</param>
    /// <param name="value">Objective of the chosen sentences plus one candidate (higher is better).</param>
    /// <param name="eligible">Sentences that may be chosen at all.</param>
    /// <param name="mustImprove">Stop when the best addition does not raise the objective.</param>
    /// <param name="onChosen">Called after each choice, to update state the objective keeps.</param>
    public static List<int> Run(Corpus corpus, int wordBudget, Func<List<int>, int, double> value, Func<int, bool> eligible,
        bool mustImprove, Action<int>? onChosen = null)
    {
        var chosen = new List<int>();
        var groups = new HashSet<int>();
        int used = 0;
        double current = 0; // the objective of the empty selection, for mustImprove
        while (true)
        {
            int best = -1;
            double bestValue = mustImprove ? current : double.MinValue;
            for (int s = 0; s < corpus.Sentences.Count; s++)
            {
                if (!eligible(s) || groups.Contains(corpus.GroupOf[s]) || used + corpus.Sentences[s].Words > wordBudget)
                {
                    continue;
                }
                double v = value(chosen, s);
                if (v > bestValue + 1e-12)
                {
                    bestValue = v;
                    best = s;
                }
            }
            if (best < 0)
            {
                return chosen;
            }
            chosen.Add(best);
            groups.Add(corpus.GroupOf[best]);
            used += corpus.Sentences[best].Words;
            current = bestValue;
            onChosen?.Invoke(best);
        }
    }
}
