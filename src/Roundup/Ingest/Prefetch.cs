using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Roundup.Ingest;

/// <summary>
/// Runs an enumeration (reading and cleaning articles) on a background thread, a bounded number of items ahead of
/// the consumer (clustering), so that on a multi-core machine the two stages overlap. Order is preserved, and an
/// exception in the producer is rethrown to the consumer where it would have happened.
/// </summary>
public static class Prefetch
{
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        using var queue = new BlockingCollection<T>(capacity);
        using var cancel = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    queue.Add(item, cancel.Token);
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }
            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            cancel.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // Already reported through failure.
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="map"/> to the items of <paramref name="source"/> on worker threads, in batches, a bounded
    /// number of batches ahead of the consumer, and yields the results in source order. <paramref name="map"/> must be
    /// thread-safe. An exception in <paramref name="map"/> or in the source is rethrown to the consumer at the item
    /// where it happened, after the items before it.
    /// </summary>
    /// <param name="source">The items, enumerated on a background thread.</param>
    /// <param name="map">The work done per item, on worker threads.</param>
    /// <param name="batchSize">Items per batch (a batch is the unit of work handed to a worker).</param>
    /// <param name="weight">Size of an item (say, its length in chars): a batch also ends once it weighs
    /// <paramref name="maxBatchWeight"/>, so that a few huge items do not fill memory.</param>
    /// <param name="maxBatchWeight">See <paramref name="weight"/>.</param>
    public static IEnumerable<TResult> Map<T, TResult>(
        IEnumerable<T> source, Func<T, TResult> map, int batchSize = 64, Func<T, long>? weight = null, long maxBatchWeight = long.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        int batchesAhead = 2 * Environment.ProcessorCount;
        var batches = Ahead(Batches(source, batchSize, weight, maxBatchWeight).Select(batch => Task.Run(() => MapBatch(batch, map))), batchesAhead);
        foreach (var batch in batches)
        {
            var (results, failure) = batch.GetAwaiter().GetResult();
            foreach (var result in results)
            {
                yield return result;
            }
            failure?.Throw();
        }
    }

    /// <summary>Maps a batch up to its first failure: the results before it, and the failure.</summary>
    private static (List<TResult> Results, ExceptionDispatchInfo? Failure) MapBatch<T, TResult>(T[] batch, Func<T, TResult> map)
    {
        var results = new List<TResult>(batch.Length);
        try
        {
            foreach (var item in batch)
            {
                results.Add(map(item));
            }
            return (results, null);
        }
        catch (Exception e)
        {
            return (results, ExceptionDispatchInfo.Capture(e));
        }
    }

    private static IEnumerable<T[]> Batches<T>(IEnumerable<T> source, int size, Func<T, long>? weight, long maxWeight)
    {
        var batch = new List<T>(size);
        long batchWeight = 0;
        foreach (var item in source)
        {
            batch.Add(item);
            batchWeight += weight?.Invoke(item) ?? 0;
            if (batch.Count == size || batchWeight >= maxWeight)
            {
                yield return batch.ToArray();
                batch.Clear();
                batchWeight = 0;
            }
        }
        if (batch.Count > 0)
        {
            yield return batch.ToArray();
        }
    }
}
