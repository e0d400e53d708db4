using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using System.Threading.Tasks.Dataflow;
using Roundup.Concurrency;
using Roundup.Dedup;
using Roundup.Ingest.JsonLines;
using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Benchmarks;

/// <summary>
/// `prefetch FILE.jsonl [ROUNDS]`: the story stream's parallel stage (features and reprint sketches on worker threads,
/// reprint lookup and clustering in order on the consumer) run with three ordered parallel maps in turn — Roundup's
/// <see cref="Prefetch"/>, a System.Threading.Channels pipeline of batch tasks, and a TPL Dataflow TransformBlock —
/// on articles parsed beforehand. Prints each run's wall-clock and CPU time, and the medians.
/// </summary>
internal static class PrefetchComparison
{
    private const int BatchSize = 64;

    private sealed record Prepared(Article Article, ReprintSketch Sketch, ArticleFeatures Features);

    public static void Run(string path, int rounds)
    {
        var articles = JsonLinesReader.Read(path, _ => { }).ToList();
        Console.WriteLine($"{articles.Count:N0} articles parsed; {rounds} rounds of each map, interleaved, each round starting with the next");
        var maps = new (string Name, Func<IEnumerable<Article>, IEnumerable<Prepared>> Map)[]
        {
            ("prefetch", a => Prefetch.Map(a, Prepare, BatchSize)),
            ("channels", a => ChannelMap(a, Prepare)),
            ("dataflow", a => DataflowMap(a, Prepare)),
        };
        var times = maps.ToDictionary(m => m.Name, _ => new List<(double Wall, double Cpu)>());
        int expected = -1;
        for (int round = 0; round < rounds; round++)
        {
            // Each round starts with the next map, so no map always runs first (after the previous round's last).
            foreach (var (name, map) in maps.Skip(round % maps.Length).Concat(maps.Take(round % maps.Length)))
            {
                GC.Collect();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                int stories = Consume(map(articles));
                watch.Stop();
                double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                if (expected >= 0 && stories != expected)
                {
                    throw new InvalidOperationException($"{name} gave {stories} stories, not {expected}: the map changed the order.");
                }
                expected = stories;
                times[name].Add((watch.Elapsed.TotalSeconds, cpuSeconds));
                Console.WriteLine($"  {name,-9} {watch.Elapsed.TotalSeconds,6:N2} s wall  {cpuSeconds,6:N2} s CPU  {articles.Count / watch.Elapsed.TotalSeconds,8:N0} articles/s");
            }
        }
        foreach (var (name, list) in times)
        {
            double wall = Median(list.Select(t => t.Wall));
            Console.WriteLine($"median {name,-9} {wall,6:N2} s wall  {Median(list.Select(t => t.Cpu)),6:N2} s CPU  {articles.Count / wall,8:N0} articles/s");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>The in-order part of the stream: reprint lookup and story assignment. Returns the story count.</summary>
    private static int Consume(IEnumerable<Prepared> prepared)
    {
        var reprints = new ReprintDetector(20_000);
        var clusterer = new StoryClusterer();
        foreach (var p in prepared)
        {
            clusterer.Add(p.Article, p.Features, reprints.Add(p.Sketch));
        }
        return clusterer.Stories.Count;
    }

    private static Prepared Prepare(Article article)
    {
        var words = new List<ulong>();
        var features = ArticleFeatures.From(article, words);
        return new Prepared(article, ReprintDetector.Sketch(article.Id, CollectionsMarshal.AsSpan(words)), features);
    }

    /// <summary>Batches as tasks on the thread pool, handed in order through a bounded channel.</summary>
    private static IEnumerable<TResult> ChannelMap<T, TResult>(IEnumerable<T> source, Func<T, TResult> map)
    {
        var channel = Channel.CreateBounded<Task<TResult[]>>(new BoundedChannelOptions(2 * Environment.ProcessorCount)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var producer = Task.Run(async () =>
        {
            foreach (var batch in source.Chunk(BatchSize))
            {
                await channel.Writer.WriteAsync(Task.Run(() => Array.ConvertAll(batch, item => map(item))));
            }
            channel.Writer.Complete();
        });
        var reader = channel.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var batch))
            {
                foreach (var result in batch.GetAwaiter().GetResult())
                {
                    yield return result;
                }
            }
        }
        producer.GetAwaiter().GetResult();
    }

    /// <summary>An ordered TransformBlock over batches, bounded, as parallel as the machine.</summary>
    private static IEnumerable<TResult> DataflowMap<T, TResult>(IEnumerable<T> source, Func<T, TResult> map)
    {
        var block = new TransformBlock<T[], TResult[]>(batch => Array.ConvertAll(batch, item => map(item)), new ExecutionDataflowBlockOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            BoundedCapacity = 2 * Environment.ProcessorCount,
            EnsureOrdered = true,
            SingleProducerConstrained = true,
        });
        var producer = Task.Run(async () =>
        {
            foreach (var batch in source.Chunk(BatchSize))
            {
                await block.SendAsync(batch);
            }
            block.Complete();
        });
        while (block.OutputAvailableAsync().GetAwaiter().GetResult())
        {
            while (block.TryReceive(out var batch))
            {
                foreach (var result in batch)
                {
                    yield return result;
                }
            }
        }
        producer.GetAwaiter().GetResult();
    }
}
