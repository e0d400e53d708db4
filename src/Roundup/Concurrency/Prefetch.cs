using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Dataflow;

namespace Roundup.Concurrency;

/// <summary>
/// An ordered parallel map for the stages whose per-item work needs no shared state (reading and cleaning files,
/// parsing JSON lines, an article's features): the work runs in batches on worker threads, a bounded number of
/// batches ahead of the consumer, and the results come back in source order. Built on a TPL Dataflow
/// <see cref="TransformBlock{TInput, TOutput}"/>: as fast as the hand-written batch queue it replaced, a System.Threading.Channels
/// pipeline or a bare TransformBlock (docs/benchmarks.md), with far less code of its own.
/// </summary>
internal static class Prefetch
{
    /// <summary>
    /// Applies <paramref name="map"/> to the items of <paramref name="source"/> on worker threads, in batches, a bounded
    /// number of batches ahead of the consumer, and yields the results in source order. <paramref name="map"/> must be
    /// thread-safe. An exception in <paramref name="map"/> or in the source is rethrown to the consumer at the item
    /// where it happened, after the items before it. Stopping early stops the source.
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
        using var stop = new CancellationTokenSource();
        var block = new TransformBlock<Batch<T>, Done<TResult>>(batch => Run(batch, map), new ExecutionDataflowBlockOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            // Batches waiting, running or done but not yet taken: enough to keep every core busy, few enough to bound memory.
            BoundedCapacity = 2 * Environment.ProcessorCount,
            EnsureOrdered = true,
            SingleProducerConstrained = true,
            CancellationToken = stop.Token,
        });
        var producer = Task.Run(() => Produce(source, block, batchSize, weight, maxBatchWeight, stop.Token));
        try
        {
            while (block.OutputAvailableAsync().GetAwaiter().GetResult())
            {
                while (block.TryReceive(out var done))
                {
                    foreach (var result in done.Results)
                    {
                        yield return result;
                    }
                    done.Failure?.Throw();
                }
            }
        }
        finally
        {
            stop.Cancel();
            producer.GetAwaiter().GetResult(); // Produce catches everything: this only waits for the source to let go
        }
    }

    /// <summary>A run of source items, and the source's failure right after them (if it failed there).</summary>
    private sealed record Batch<T>(T[] Items, ExceptionDispatchInfo? SourceFailure);

    /// <summary>A batch's results up to the first failure, and that failure.</summary>
    private sealed record Done<TResult>(List<TResult> Results, ExceptionDispatchInfo? Failure);

    private static Done<TResult> Run<T, TResult>(Batch<T> batch, Func<T, TResult> map)
    {
        var results = new List<TResult>(batch.Items.Length);
        try
        {
            foreach (var item in batch.Items)
            {
                results.Add(map(item));
            }
        }
        catch (Exception e)
        {
            return new Done<TResult>(results, ExceptionDispatchInfo.Capture(e)); // the results before it still count
        }
        return new Done<TResult>(results, batch.SourceFailure);
    }

    /// <summary>Enumerates the source into batches and sends them, until it ends, fails or the consumer stops.</summary>
    private static async Task Produce<T, TResult>(
        IEnumerable<T> source, TransformBlock<Batch<T>, Done<TResult>> block, int size, Func<T, long>? weight, long maxWeight, CancellationToken stop)
    {
        var items = new List<T>(size);
        long batchWeight = 0;
        try
        {
            using var e = source.GetEnumerator();
            while (!stop.IsCancellationRequested)
            {
                bool more;
                try
                {
                    more = e.MoveNext();
                }
                catch (Exception failure)
                {
                    // The items read before the failure still go out, then the failure.
                    await block.SendAsync(new Batch<T>([.. items], ExceptionDispatchInfo.Capture(failure)), stop).ConfigureAwait(false);
                    return;
                }
                if (!more)
                {
                    break;
                }
                items.Add(e.Current);
                batchWeight += weight?.Invoke(e.Current) ?? 0;
                if (items.Count == size || batchWeight >= maxWeight)
                {
                    if (!await block.SendAsync(new Batch<T>([.. items], null), stop).ConfigureAwait(false))
                    {
                        return; // the block was stopped
                    }
                    items.Clear();
                    batchWeight = 0;
                }
            }
            if (items.Count > 0 && !stop.IsCancellationRequested)
            {
                await block.SendAsync(new Batch<T>([.. items], null), stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped early.
        }
        finally
        {
            block.Complete();
        }
    }
}
