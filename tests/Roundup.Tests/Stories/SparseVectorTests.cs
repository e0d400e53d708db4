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
}
