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
        var figures = FigureAligner.Align(corpus, entities.BySentence);
        var exclusives = ExclusiveFinder.Find(corpus, entities.BySentence);
        return new SourceComparison(entities.Entities, figures, exclusives);
    }

    /// <summary>The comparison of <paramref name="articles"/>.</summary>
    public static SourceComparison Compare(IReadOnlyList<Article> articles) => Compare(Corpus.Build(articles));
}
