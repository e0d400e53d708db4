namespace Roundup.Concurrency;

/// <summary>Work on independent items (sentences, say) that shares no state, spread over the cores when there is enough of it.</summary>
internal static class Parallelism
{
    /// <summary>
    /// Below this many items a loop runs on the calling thread: handing work to other threads costs more than a few
    /// hundred sentences take.
    /// </summary>
    private const int MinParallelItems = 256;

    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1, in parallel when worth it.</summary>
    public static void For(int count, Action<int> body)
    {
        if (count < MinParallelItems || t_sequential)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }
            return;
        }
        Parallel.For(0, count, body);
    }

    [ThreadStatic]
    private static bool t_sequential;

    /// <summary>
    /// Runs <paramref name="work"/> with every <see cref="For"/> inside it on the calling thread: work that already
    /// runs beside other work (the comparison beside the brief) would only take the other cores from it.
    /// </summary>
    public static T Sequential<T>(Func<T> work)
    {
        bool was = t_sequential;
        t_sequential = true;
        try
        {
            return work();
        }
        finally
        {
            t_sequential = was;
        }
    }
}
