using System.Diagnostics;
using Roundup.Briefing;
using Roundup.Evaluation.Datasets;
using Roundup.Model;

namespace Roundup.Evaluation;

/// <summary>A mean with its 95 % bootstrap confidence interval.</summary>
public sealed record Estimate(double Mean, double Low, double High);

/// <summary>One method's scores over all clusters.</summary>
/// <param name="Method">The summariser's name.</param>
/// <param name="Recall">Mean recall per measure ("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4").</param>
/// <param name="F">Mean F per measure.</param>
/// <param name="MillisecondsPerCluster">Mean time to build the corpus and select sentences.</param>
/// <param name="PerCluster">Per-cluster scores, in cluster order.</param>
public sealed record MethodResult(
    string Method,
    IReadOnlyDictionary<string, Estimate> Recall,
    IReadOnlyDictionary<string, Estimate> F,
    double MillisecondsPerCluster,
    IReadOnlyList<IReadOnlyDictionary<string, RougeScore>> PerCluster);

/// <summary>
/// Scores summarisers on clusters with reference summaries the way the DUC 2004 results are reported: ROUGE-1.5.5
/// with stemming, first N words, model averaging; means with 95 % bootstrap intervals over clusters
/// (1,000 resamples, fixed seed, so the same input gives the same numbers).
/// </summary>
public sealed class SummaryEvaluation(int words = 100)
{
    /// <summary>The measures reported, in order.</summary>
    public static readonly string[] Measures = ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"];

    private const int Resamples = 1000;
    private const int Seed = 20040701;

    /// <summary>The method names <see cref="Create"/> knows, in report order: the shipped summarisers, then the oracle.</summary>
    public static readonly string[] MethodNames = [.. Summarizers.Names, GreedyOracle.MethodName];

    private readonly Rouge _rouge = new(new RougeOptions { Stem = true, WordLimit = words, MaxN = 2, MaxSkip = 4 });

    /// <summary>The summariser called <paramref name="name"/>; the oracle needs the cluster's references.</summary>
    public static ISummarizer Create(string name, IReadOnlyList<IReadOnlyList<string>> references) =>
        name == GreedyOracle.MethodName
            ? new GreedyOracle(references)
            : Summarizers.Create(name) ?? throw new ArgumentException($"Unknown method '{name}'; use one of {string.Join(", ", MethodNames)}.", nameof(name));

    /// <summary>Scores the summariser called <paramref name="method"/> on every cluster, with bootstrap intervals.</summary>
    public MethodResult Evaluate(string method, IReadOnlyList<EvaluationCluster> clusters)
    {
        var perCluster = new List<IReadOnlyDictionary<string, RougeScore>>();
        double totalMs = 0;
        foreach (var cluster in clusters)
        {
            var summarizer = Create(method, cluster.References);
            var watch = Stopwatch.StartNew();
            var corpus = Corpus.Build(cluster.Articles);
            var chosen = summarizer.Select(corpus, words);
            watch.Stop();
            totalMs += watch.Elapsed.TotalMilliseconds;
            var brief = new Briefer(new FixedSelection(chosen)).Brief(corpus, words);
            perCluster.Add(_rouge.Score(brief.Summary.Select(s => s.Text).ToList(), cluster.References));
        }
        return new MethodResult(
            method,
            Measures.ToDictionary(m => m, m => Bootstrap(perCluster.Select(c => c[m].Recall).ToList())),
            Measures.ToDictionary(m => m, m => Bootstrap(perCluster.Select(c => c[m].F).ToList())),
            clusters.Count == 0 ? 0 : totalMs / clusters.Count,
            perCluster);
    }

    /// <summary>Mean and 2.5/97.5 percentiles of the means of resampled clusters.</summary>
    public static Estimate Bootstrap(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return new Estimate(0, 0, 0);
        }
        var random = new Random(Seed);
        var means = new double[Resamples];
        for (int r = 0; r < Resamples; r++)
        {
            double sum = 0;
            for (int i = 0; i < values.Count; i++)
            {
                sum += values[random.Next(values.Count)];
            }
            means[r] = sum / values.Count;
        }
        Array.Sort(means);
        return new Estimate(values.Average(), means[(int)(0.025 * Resamples)], means[(int)(0.975 * Resamples) - 1]);
    }

    /// <summary>Hands a selection already made to the <see cref="Briefer"/> for ordering and attribution.</summary>
    private sealed class FixedSelection(IReadOnlyList<int> chosen) : ISummarizer
    {
        public string Name => "fixed";

        public IReadOnlyList<int> Select(Corpus corpus, int wordBudget) => chosen;
    }
}
