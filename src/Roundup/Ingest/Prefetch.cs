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
}
