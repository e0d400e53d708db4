using Roundup.Briefing;

namespace Roundup.Tests.Briefing;

public class ExactCoverageTests
{
    /// <summary>The best value any feasible selection reaches, by trying every subset (small instances only).</summary>
    private static double BruteForce(int[][] elements, int[] lengths, double[] weights, int budget, Func<int, int, bool> conflict)
    {
        double best = 0;
        for (int mask = 0; mask < 1 << elements.Length; mask++)
        {
            var chosen = Enumerable.Range(0, elements.Length).Where(i => (mask >> i & 1) == 1).ToList();
            if (chosen.Sum(i => lengths[i]) > budget || chosen.Any(a => chosen.Any(b => a < b && conflict(a, b))))
            {
                continue;
            }
            best = Math.Max(best, chosen.SelectMany(i => elements[i]).Distinct().Sum(e => weights[e]));
        }
        return best;
    }

    private static double Value(IEnumerable<int> chosen, int[][] elements, double[] weights) =>
        chosen.SelectMany(i => elements[i]).Distinct().Sum(e => weights[e]);

    [Fact]
    public void Finds_the_optimum_of_random_instances_with_conflicts_and_proves_it()
    {
        var random = new Random(17);
        for (int trial = 0; trial < 200; trial++)
        {
            int items = random.Next(2, 14);
            int concepts = random.Next(3, 25);
            var weights = Enumerable.Range(0, concepts).Select(_ => (double)random.Next(1, 8)).ToArray();
            var elements = Enumerable.Range(0, items)
                .Select(_ => Enumerable.Range(0, concepts).Where(_ => random.NextDouble() < 0.25).ToArray()).ToArray();
            var lengths = Enumerable.Range(0, items).Select(_ => random.Next(5, 40)).ToArray();
            int budget = random.Next(20, 100);
            var conflicts = new HashSet<(int, int)>();
            for (int a = 0; a < items; a++)
            {
                for (int b = a + 1; b < items; b++)
                {
                    if (random.NextDouble() < 0.1)
                    {
                        conflicts.Add((a, b));
                    }
                }
            }
            bool Conflict(int a, int b) => conflicts.Contains((Math.Min(a, b), Math.Max(a, b)));

            var (chosen, proven) = new ExactCoverage(elements, lengths, weights, budget, Conflict).Improve([], 0);

            Assert.True(proven);
            Assert.True(chosen.Sum(i => lengths[i]) <= budget);
            Assert.DoesNotContain(chosen, a => chosen.Any(b => a < b && Conflict(a, b)));
            Assert.Equal(BruteForce(elements, lengths, weights, budget, Conflict), Value(chosen, elements, weights), 9);
        }
    }

    [Fact]
    public void A_search_too_large_for_its_work_limit_stops_with_a_selection_no_worse_than_its_start()
    {
        // A story of hundreds of articles: thousands of sentences sharing concepts in every combination.
        var random = new Random(5);
        var weights = Enumerable.Range(0, 400).Select(_ => (double)random.Next(1, 5)).ToArray();
        var elements = Enumerable.Range(0, 3000).Select(_ => Enumerable.Range(0, 12).Select(_ => random.Next(400)).Distinct().ToArray()).ToArray();
        var lengths = Enumerable.Range(0, 3000).Select(_ => random.Next(8, 40)).ToArray();
        var start = new List<int> { 0, 1 };
        double startValue = Value(start, elements, weights);

        var (chosen, proven) = new ExactCoverage(elements, lengths, weights, 100, (_, _) => false).Improve(start, startValue);

        Assert.False(proven);
        Assert.True(chosen.Sum(i => lengths[i]) <= 100);
        Assert.True(Value(chosen, elements, weights) >= startValue);
    }

    [Fact]
    public void Beats_the_selection_that_local_search_stops_at()
    {
        // Greedy takes the two short sentences (6 concepts in 8 words each: 12 in all); swapping either for a long one
        // loses 2 concepts, and the two long ones do not fit beside one short one: local search stops at 12. The two
        // long sentences together cover 14.
        int[][] elements = [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11], [0, 1, 2, 6, 7, 8, 12], [3, 4, 5, 9, 10, 11, 13]];
        int[] lengths = [8, 8, 10, 10];
        double[] weights = Enumerable.Repeat(1.0, 14).ToArray();
        var solver = new CoverageSolver(elements, lengths, weights, 20, (_, _) => false);

        var chosen = solver.Solve();

        Assert.Equal([2, 3], chosen.Order());
        Assert.True(solver.ProvenOptimal);
    }
}
