using System.Diagnostics;
using Roundup.Analysis;
using Roundup.Analysis.Entities;
using Roundup.Analysis.Figures;
using Roundup.Analysis.Timelines;
using Roundup.Briefing;
using Roundup.Ingest;
using Roundup.Text.Dates;

namespace Roundup.Benchmarks;

/// <summary>
/// <c>analysis-profile N [ROUNDS]</c>: the median time of each step of the brief and of the comparison of sources on the
/// benchmark folder of N articles, to see where the comparison spends its time.
/// </summary>
internal static class AnalysisProfile
{
    public static void Run(int count, int rounds)
    {
        var folder = BenchData.WriteFolder(count);
        try
        {
            var articles = new CorpusReader().Read([folder], _ => { }).ToList();
            var corpus = Corpus.Build(articles);
            var index = EntityFinder.Resolve(corpus.Text);
            var counts = FigureExtractor.ExtractAll(corpus.Text);
            var tokens = corpus.Text.Sentences.Select(x => MentionFinder.Tokens(x.Text)).ToList();
            var steps = new (string Name, Action Run)[]
            {
                ("corpus", () => Corpus.Build(articles)),
                ("brief (corpus built)", () => new Briefer().Brief(corpus, 120)),
                ("split into sentences", () => Corpus.Split(articles)),
                ("name tokens", () => corpus.Text.Sentences.Select(x => MentionFinder.Tokens(x.Text)).Count()),
                ("name mentions", () => tokens.Select((t, i) => MentionFinder.Find(t, i, _ => true, corpus.Text.Sentences[i].Text)).Count()),
                ("entities", () => EntityFinder.Resolve(corpus.Text)),
                ("counts", () => FigureExtractor.ExtractAll(corpus.Text)),
                ("figures", () => FigureAligner.Align(corpus.Text, index, counts)),
                ("exclusives", () => ExclusiveFinder.Find(corpus, index.BySentence, counts)),
                ("dates of every sentence", () => corpus.Sentences.Select(s => EventDate.Of(s.Text, articles[s.Article].Published)).Count(d => d is not null)),
                ("story timeline (dates read)", () => StoryTimeline.Build(corpus)),
                ("compare (all)", () => SourceAnalyzer.Compare(corpus)),
                ("report (brief + compare)", () => SourceAnalyzer.Report(articles, 120)),
            };
            foreach (var (name, run) in steps)
            {
                run();
                var times = new List<double>();
                long before = GC.GetTotalAllocatedBytes(precise: true);
                for (int r = 0; r < rounds; r++)
                {
                    var sw = Stopwatch.StartNew();
                    run();
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
                double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)rounds / (1 << 20);
                times.Sort();
                Console.WriteLine($"{name,-28} {times[times.Count / 2],8:F2} ms {megabytes,8:F1} MB  mean {times.Average():F2} p90 {times[times.Count * 9 / 10]:F2}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
