using Roundup.Concurrency;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Concurrency;

public class PrefetchTests
{
    [Fact]
    public void Keeps_order_and_every_item_in_batches_of_any_size()
    {
        Assert.Equal(Enumerable.Range(0, 10_000), Prefetch.Map(Enumerable.Range(0, 10_000), i => i, batchSize: 7));
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
            foreach (var i in Prefetch.Map(Failing(), i => i, batchSize: 64))
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

        var first = Prefetch.Map(Endless(), i => i, batchSize: 4).Take(3).ToList();

        Assert.Equal([1, 2, 3], first);
        // At most the batches the block holds (two per core), the one being filled and the one being sent.
        Assert.InRange(produced, 3, 4 * (2 * Environment.ProcessorCount + 2) + 1);
    }

    [Fact]
    public void Map_keeps_source_order_while_work_runs_on_several_threads()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();

        var results = Prefetch.Map(Enumerable.Range(0, 20_000), i =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            return i * 2;
        }, batchSize: 16).ToList();

        Assert.Equal(Enumerable.Range(0, 20_000).Select(i => i * 2), results);
        Assert.True(threads.Count >= 1);
    }

    [Fact]
    public void Map_rethrows_a_failure_after_every_result_before_it()
    {
        var seen = new List<int>();

        var e = Assert.Throws<RoundupException>(() =>
        {
            foreach (var i in Prefetch.Map(Enumerable.Range(0, 1000), i => i == 700 ? throw new RoundupException("bad item 700") : i, batchSize: 64))
            {
                seen.Add(i);
            }
        });

        Assert.Equal("bad item 700", e.Message);
        Assert.Equal(Enumerable.Range(0, 700), seen);
    }

    [Fact]
    public void Map_ends_batches_at_the_weight_limit()
    {
        int inFlight = 0;
        int maxInFlight = 0;
        var items = Enumerable.Range(0, 200).Select(i =>
        {
            Interlocked.Increment(ref inFlight);
            return i;
        });

        var results = Prefetch.Map(items, i =>
        {
            int now = Volatile.Read(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            Interlocked.Decrement(ref inFlight);
            return i;
        }, batchSize: 64, weight: _ => 10, maxBatchWeight: 20).ToList();

        Assert.Equal(Enumerable.Range(0, 200), results);
        // Batches of two items, a few batches ahead (two per core, and one being filled): far fewer than 64 a batch.
        Assert.InRange(maxInFlight, 1, 2 * (2 * Environment.ProcessorCount + 3));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
