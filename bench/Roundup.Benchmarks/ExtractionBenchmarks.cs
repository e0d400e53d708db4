using BenchmarkDotNet.Attributes;
using Roundup.Ingest.Html;

namespace Roundup.Benchmarks;

/// <summary>Main-text and metadata extraction of the 181 pages of the article-extraction benchmark (decoded beforehand).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<string> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchData.RepositoryRoot, "..", "shared", "eval", "article-extraction", "html");
        _pages = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => HtmlDecoder.Decode(File.ReadAllBytes(f), f)).ToList();
    }

    [Benchmark(Description = "extract 181 pages (avg 169 KB)")]
    public int ExtractAll()
    {
        int paragraphs = 0;
        foreach (var page in _pages)
        {
            paragraphs += HtmlArticleExtractor.Extract(page, "page.html", "page").Paragraphs.Count;
        }
        return paragraphs;
    }
}
