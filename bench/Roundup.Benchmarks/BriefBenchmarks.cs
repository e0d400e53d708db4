using BenchmarkDotNet.Attributes;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Benchmarks;

/// <summary>
/// <c>roundup brief</c> without process start: read a folder of plain-text articles and brief them (120 words). The
/// median is shown beside the mean: on a shared machine a run that loses a core for a while skews the mean of the
/// two-thread brief + comparison.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BriefBenchmarks
{
    private string _folder = "";
    private List<Article> _articles = [];

    [Params(10, 100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchData.WriteFolder(Articles);
        _articles = new CorpusReader().Read([_folder], _ => { }).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "read folder + brief")]
    public Brief ReadAndBrief()
    {
        var articles = new CorpusReader().Read([_folder], _ => { }).ToList();
        return new Briefer().Brief(articles, 120);
    }

    [Benchmark(Description = "read folder")]
    public int ReadOnly() => new CorpusReader().Read([_folder], _ => { }).Count();

    [Benchmark(Description = "brief (articles in memory)", Baseline = true)]
    public Brief BriefOnly() => new Briefer().Brief(_articles, 120);

    [Benchmark(Description = "brief + compare sources (articles in memory)")]
    public StoryReport BriefAndCompare() => SourceAnalyzer.Report(_articles, 120);
}
