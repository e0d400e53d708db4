using Roundup.Analysis.Entities;
using Roundup.Analysis.Figures;
using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Analysis;

/// <summary>
/// Compares the sources of one story: who is who (entities with their aliases), which counts they report and where
/// those conflict, and what only one source carries. Works on the brief's corpus, so nothing is read twice.
/// </summary>
public static class SourceAnalyzer
{
    /// <summary>The comparison of the articles of <paramref name="corpus"/>.</summary>
    public static SourceComparison Compare(Corpus corpus)
    {
        var entities = EntityFinder.Resolve(corpus);
        var counts = FigureExtractor.ExtractAll(corpus);
        var figures = FigureAligner.Align(corpus, entities, counts);
        var exclusives = ExclusiveFinder.Find(corpus, entities.BySentence, counts);
        return new SourceComparison(entities.Entities, figures, exclusives);
    }

    /// <summary>The comparison of <paramref name="articles"/>.</summary>
    public static SourceComparison Compare(IReadOnlyList<Article> articles) => Compare(Corpus.Build(articles));

    /// <summary>
    /// The brief of <paramref name="articles"/> in at most <paramref name="words"/> words and the comparison of their
    /// sources, from one reading of the articles.
    /// </summary>
    public static StoryReport Report(IReadOnlyList<Article> articles, int words = Briefer.DefaultWords, Briefer? briefer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        if (articles.Count == 0)
        {
            throw new ArgumentException("At least one article is needed to write a brief.", nameof(articles));
        }
        var corpus = Corpus.Build(articles);
        // The brief and the comparison only read the corpus: on a machine with a core to spare the comparison runs
        // beside the brief rather than after it.
        var comparison = Environment.ProcessorCount > 1 ? Task.Run(() => Compare(corpus)) : Task.FromResult(Compare(corpus));
        var brief = (briefer ?? new Briefer()).Brief(corpus, words);
        return new StoryReport(brief, comparison.GetAwaiter().GetResult());
    }
}

/// <summary>A story's brief and the comparison of its sources.</summary>
/// <param name="Brief">Where the sources agree: the attributed extractive brief.</param>
/// <param name="Comparison">Who is who, where they differ and what only one says.</param>
public sealed record StoryReport(Brief Brief, SourceComparison Comparison);
