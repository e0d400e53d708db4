using System.Runtime.ExceptionServices;

namespace Roundup.Concurrency;

/// <summary>
/// Runs an enumeration (reading and cleaning articles) on a background thread, a bounded number of items ahead of
/// the consumer (clustering), so that on a multi-core machine the two stages overlap. Order is preserved, and an
/// exception in the producer is rethrown to the consumer where it would have happened.
/// </summary>
internal static class Prefetch
{
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        var queue = new BoundedQueue<T>(capacity);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    if (!queue.Add(item))
                    {
                        break; // the consumer stopped early
                    }
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.Complete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (queue.TryTake(out var item))
            {
                yield return item;
            }
            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            queue.Cancel();
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
    /// A bounded first-in-first-out queue between one producer and one consumer that blocks without spinning:
    /// <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> spins before it blocks, which on a two-core
    /// machine burns the core the other stages need (a third of the CPU time of a stream run).
    /// </summary>
    private sealed class BoundedQueue<T>(int capacity)
    {
        private readonly Queue<T> _items = new();
        private readonly object _gate = new();
        private bool _completed;
        private bool _cancelled;

        /// <summary>Adds an item, waiting while the queue is full; false when the consumer has gone.</summary>
        public bool Add(T item)
        {
            lock (_gate)
            {
                while (_items.Count >= capacity && !_cancelled)
                {
                    Monitor.Wait(_gate);
                }
                if (_cancelled)
                {
                    return false;
                }
                _items.Enqueue(item);
                if (_items.Count == 1)
                {
                    Monitor.PulseAll(_gate); // the consumer may be waiting for an item
                }
                return true;
            }
        }

        /// <summary>Takes the next item, waiting while the queue is empty; false once it is empty and complete.</summary>
        public bool TryTake(out T item)
        {
            lock (_gate)
            {
                while (_items.Count == 0 && !_completed)
                {
                    Monitor.Wait(_gate);
                }
                if (_items.Count == 0)
                {
                    item = default!;
                    return false;
                }
                item = _items.Dequeue();
                if (_items.Count == capacity - 1)
                {
                    Monitor.PulseAll(_gate); // the producer may be waiting for room
                }
                return true;
            }
        }

        /// <summary>The producer has added its last item.</summary>
        public void Complete()
        {
            lock (_gate)
            {
                _completed = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>The consumer stops: a waiting or later <see cref="Add"/> returns false.</summary>
        public void Cancel()
        {
            lock (_gate)
            {
                _cancelled = true;
                _items.Clear();
                Monitor.PulseAll(_gate);
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
        var jobs = Ahead(Batches(source, batchSize, weight, maxBatchWeight).Select(batch =>
        {
            var job = new BatchJob<T, TResult>(batch, map);
            ThreadPool.UnsafeQueueUserWorkItem(static job => job.TryRun(), job, preferLocal: false);
            return job;
        }), batchesAhead);
        foreach (var job in jobs)
        {
            var (results, failure) = job.Wait();
            foreach (var result in results)
            {
                yield return result;
            }
            failure?.Throw();
        }
    }

    /// <summary>
    /// One batch of work, run by whichever thread claims it first: a pool thread, or the consumer when it needs the
    /// batch before any pool thread took it (so the consumer works instead of waiting). Waiting blocks without spinning.
    /// </summary>
    private sealed class BatchJob<T, TResult>(T[] items, Func<T, TResult> map)
    {
        private const int Queued = 0, Running = 1, Done = 2;
        private readonly object _gate = new();
        private int _state;
        private List<TResult>? _results;
        private ExceptionDispatchInfo? _failure;

        public void TryRun()
        {
            if (Interlocked.CompareExchange(ref _state, Running, Queued) != Queued)
            {
                return;
            }
            var results = new List<TResult>(items.Length);
            ExceptionDispatchInfo? failure = null;
            try
            {
                foreach (var item in items)
                {
                    results.Add(map(item));
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e); // the results before it still count
            }
            lock (_gate)
            {
                _results = results;
                _failure = failure;
                _state = Done;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>The results up to the first failure, and the failure; runs the batch here if nobody has started it.</summary>
        public (List<TResult> Results, ExceptionDispatchInfo? Failure) Wait()
        {
            TryRun();
            lock (_gate)
            {
                while (_state != Done)
                {
                    Monitor.Wait(_gate);
                }
                return (_results!, _failure);
            }
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
