using Roundup.Analysis.Entities;
using Roundup.Analysis.Figures;
using Roundup.Analysis.Timelines;
using Roundup.Briefing;
using Roundup.Concurrency;
using Roundup.Model;

namespace Roundup.Analysis;

/// <summary>
/// Compares the sources of one story: who is who (entities with their aliases), which counts they report and where
/// those conflict, and what only one source carries. Works on the brief's corpus, so nothing is read twice.
/// </summary>
public static class SourceAnalyzer
{
    /// <summary>The comparison of the articles of <paramref name="corpus"/>.</summary>
    public static SourceComparison Compare(Corpus corpus) => Finish(corpus, Read(corpus.Text));

    /// <summary>The part of the comparison that needs only the sentences: names, counts and how they line up.</summary>
    private static (EntityIndex Entities, List<FigureMention>[] Counts, List<Figure> Figures) Read(StoryText text)
    {
        var entities = EntityFinder.Resolve(text);
        var counts = FigureExtractor.ExtractAll(text);
        return (entities, counts, FigureAligner.Align(text, entities, counts));
    }

    /// <summary>The rest, which needs the sentences grouped and the reprints known: what one source alone carries.</summary>
    private static SourceComparison Finish(Corpus corpus, (EntityIndex Entities, List<FigureMention>[] Counts, List<Figure> Figures) read)
    {
        var exclusives = ExclusiveFinder.Find(corpus, read.Entities.BySentence, read.Counts);
        return new SourceComparison(read.Entities.Entities, read.Figures, exclusives) { Timeline = StoryTimeline.Build(corpus) };
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
        // Names and counts need only the sentences: on a machine with a core to spare they are read beside the grouping
        // of near-identical sentences and the brief, not after them.
        var sentences = Corpus.Split(articles);
        var text = new StoryText(articles, sentences);
        var read = Environment.ProcessorCount > 1 ? Task.Run(() => Parallelism.Sequential(() => Read(text))) : Task.FromResult(Read(text));
        var corpus = Corpus.Build(articles, sentences);
        briefer ??= new Briefer();
        if (briefer.Seen is { } seen)
        {
            corpus.Exclude(seen); // before anything reads the corpus: what the reader saw is left out of every part
        }
        // What one source alone carries needs the groups too: it follows the names and counts, still beside the brief.
        var comparison = read.ContinueWith(r => Finish(corpus, r.GetAwaiter().GetResult()), TaskScheduler.Default);
        var brief = briefer.Brief(corpus, words);
        return new StoryReport(brief, comparison.GetAwaiter().GetResult());
    }
}

/// <summary>A story's brief and the comparison of its sources.</summary>
/// <param name="Brief">Where the sources agree: the attributed extractive brief.</param>
/// <param name="Comparison">Who is who, where they differ and what only one says.</param>
public sealed record StoryReport(Brief Brief, SourceComparison Comparison);
