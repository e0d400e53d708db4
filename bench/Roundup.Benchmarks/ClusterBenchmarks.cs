using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Roundup.Dedup;
using Roundup.Ingest;
using Roundup.Ingest.JsonLines;
using Roundup.Ingest.PlainText;
using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Benchmarks;

/// <summary>Reprint detection and online story clustering of the 982 ECB+ documents (parsed beforehand).</summary>
[MemoryDiagnoser]
public class ClusterBenchmarks
{
    private List<Article> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = File.ReadLines(BenchData.EcbPlus).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            return PlainTextParser.Parse(doc.RootElement.GetProperty("text").GetString()!, id, id);
        }).ToList();
    }

    [Benchmark(Description = "dedup + cluster 982 ECB+ articles")]
    public int DedupAndCluster()
    {
        var stream = new StoryStream();
        stream.AddAll(_articles);
        return stream.Stories.Count;
    }

    [Benchmark(Description = "parse 982 ECB+ JSON Lines")]
    public int Parse() => JsonLinesReader.Read(BenchData.EcbPlus, _ => { }).Count();
}
