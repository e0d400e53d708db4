using System.Diagnostics;
using Roundup.Ingest;
using Roundup.Ingest.JsonLines;
using Roundup.Stories;

namespace Roundup.Benchmarks;

/// <summary>
/// Wall-clock throughput of the `roundup cluster` pipeline on a JSON Lines stream: read and clean each line,
/// detect reprints, cluster. Prints articles/s every 10 % and at the end, with managed heap and peak working set.
/// </summary>
internal static class StreamThroughput
{
    public static void Run(string path)
    {
        int stories = 0;
        var stream = new StoryStream(onClosed: (_, _) => stories++);
        int count = 0;
        long total = File.ReadLines(path).LongCount();
        long step = Math.Max(1, total / 10);
        var watch = Stopwatch.StartNew();
        var lap = Stopwatch.StartNew();
        stream.AddAll(JsonLinesReader.Read(path, w => Console.Error.WriteLine(w)), (_, _) =>
        {
            count++;
            if (count % step == 0)
            {
                Console.WriteLine($"{count,8:N0} articles  {step / lap.Elapsed.TotalSeconds,8:N0} articles/s (last {step:N0})  heap {GC.GetTotalMemory(false) / 1048576.0,6:N0} MB");
                lap.Restart();
            }
        });
        stream.Complete();
        watch.Stop();
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"{count:N0} articles, {stream.ReprintCount:N0} reprints, {stories:N0} stories in {watch.Elapsed.TotalSeconds:N1} s: " +
            $"{count / watch.Elapsed.TotalSeconds:N0} articles/s; peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB");
    }
}
