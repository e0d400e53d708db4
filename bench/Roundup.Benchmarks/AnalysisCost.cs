using System.Diagnostics;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Ingest;

namespace Roundup.Benchmarks;

/// <summary>
/// <c>analysis-cost N [ROUNDS]</c>: what the comparison of sources adds to the brief of the benchmark folder of N
/// articles, measured in pairs. Each round times the brief alone and the brief with the comparison back to back (in
/// alternating order), so that a slow spell of a shared machine slows both sides of a pair; the figure is the median of
/// the pairs' ratios, with its interquartile range.
/// </summary>
internal static class AnalysisCost
{
    /// <summary>Rounds run and thrown away first, so that every method is compiled at its final tier.</summary>
    private const int WarmupRounds = 200;

    public static void Run(int count, int rounds)
    {
        var folder = BenchData.WriteFolder(count);
        try
        {
            var articles = new CorpusReader().Read([folder], _ => { }).ToList();
            double Brief() => Time(() => new Briefer().Brief(articles, 120));
            double Report() => Time(() => SourceAnalyzer.Report(articles, 120));
            for (int r = 0; r < WarmupRounds; r++)
            {
                Brief();
                Report();
            }
            var briefs = new List<double>();
            var reports = new List<double>();
            var ratios = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                // Alternate which runs first: the second of a pair meets a warmer cache and a heavier heap.
                var (b, c) = r % 2 == 0 ? (Brief(), Report()) : Swap(Report(), Brief());
                briefs.Add(b);
                reports.Add(c);
                ratios.Add(c / b);
            }
            Console.WriteLine($"{count} articles, {rounds} pairs: brief {Quantile(briefs, 0.5):F2} ms, brief + compare {Quantile(reports, 0.5):F2} ms (medians)");
            Console.WriteLine($"ratio of the medians: {Quantile(reports, 0.5) / Quantile(briefs, 0.5):F3}");
            Console.WriteLine($"ratio, median of pairs: {Quantile(ratios, 0.5):F3} (interquartile {Quantile(ratios, 0.25):F3} – {Quantile(ratios, 0.75):F3})");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Brief, double Report) Swap(double report, double brief) => (brief, report);

    private static double Time(Action run)
    {
        var sw = Stopwatch.StartNew();
        run();
        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }
}
