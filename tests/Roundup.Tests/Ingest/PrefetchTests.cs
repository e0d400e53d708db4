using Roundup.Ingest;

namespace Roundup.Tests.Ingest;

public class PrefetchTests
{
    [Fact]
    public void Keeps_order_and_every_item()
    {
        Assert.Equal(Enumerable.Range(0, 10_000), Prefetch.Ahead(Enumerable.Range(0, 10_000), capacity: 7));
    }

    [Fact]
    public void Rethrows_the_producer_failure_to_the_consumer_after_the_items_before_it()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            yield return 2;
            throw new RoundupException("broken input");
        }
        var seen = new List<int>();

        var e = Assert.Throws<RoundupException>(() =>
        {
            foreach (var i in Prefetch.Ahead(Failing()))
            {
                seen.Add(i);
            }
        });

        Assert.Equal("broken input", e.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Stopping_early_stops_the_producer()
    {
        int produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                produced++;
                yield return produced;
            }
        }

        var first = Prefetch.Ahead(Endless(), capacity: 4).Take(3).ToList();

        Assert.Equal([1, 2, 3], first);
        Assert.InRange(produced, 3, 3 + 4 + 2);
    }
}
