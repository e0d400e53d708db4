using Roundup.Stories;

namespace Roundup.Tests.Stories;

public class SparseVectorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(64)]
    [InlineData(200)]
    public void Top_gives_the_heaviest_entries_in_order_heaviest_first(int count)
    {
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = random.Next(0, 300);
            var ids = Enumerable.Range(0, n).Select(i => i * 3).ToArray();
            // Few distinct weights, so that ties are common: the earlier entry comes first.
            var weights = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 20)).ToArray();
            var vector = new SparseVector(ids, weights);

            var ranked = Enumerable.Range(0, n).OrderByDescending(i => weights[i]).ThenBy(i => i).Select(i => (ids[i], weights[i])).ToList();

            Assert.Equal(ranked.Take(count), vector.Top(count).ToList());
            Assert.Equal(ranked.Take(5), vector.Top(5).ToList()); // after a request of another length
            Assert.Equal(ranked.Take(100), vector.Top(100).ToList());
        }
    }

    [Fact]
    public void A_dense_sum_scores_like_the_sparse_sum_it_holds_after_being_refilled()
    {
        var random = new Random(11);
        var sum = new DenseSum();
        var other = new DenseSum();
        for (int round = 0; round < 20; round++)
        {
            var group = Enumerable.Range(0, random.Next(1, 8)).Select(_ => Vector(random)).ToList();
            var probe = Vector(random);
            sum.Clear();
            group.ForEach(sum.Add);
            other.Clear();
            other.Add(probe);

            var expected = new Dictionary<int, double>();
            foreach (var v in group)
            {
                for (int i = 0; i < v.Ids.Length; i++)
                {
                    expected[v.Ids[i]] = expected.GetValueOrDefault(v.Ids[i]) + v.Weights[i];
                }
            }
            double dot = probe.Ids.Select((id, i) => probe.Weights[i] * expected.GetValueOrDefault(id)).Sum();
            double cosine = dot / (probe.Norm * Math.Sqrt(expected.Values.Sum(w => w * w)));

            Assert.Equal(cosine, sum.Cosine(probe), 9);
            Assert.Equal(cosine, sum.Cosine(other), 9);
        }
    }

    private static SparseVector Vector(Random random)
    {
        int n = random.Next(1, 60);
        var ids = Enumerable.Range(0, 5000).OrderBy(_ => random.Next()).Take(n).ToArray();
        return new SparseVector(ids, ids.Select(_ => random.NextDouble() + 0.01).ToArray());
    }
}
