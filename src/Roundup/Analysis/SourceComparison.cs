using Roundup.Analysis.Entities;
using Roundup.Analysis.Figures;
using Roundup.Analysis.Timelines;

namespace Roundup.Analysis;

/// <summary>A fact only one source carries, verbatim.</summary>
/// <param name="Source">Id of the first article that carries it.</param>
/// <param name="Text">The sentence, as that article has it.</param>
/// <param name="Sources">Every article that carries it: one article, or the copies of one wire story.</param>
public sealed record Exclusive(string Source, string Text, IReadOnlyList<string> Sources);

/// <summary>What the sources of one story share, who is who, which figures conflict and what only one source says.</summary>
/// <param name="Entities">People, organisations and places with every name they go by, most mentioned first.</param>
/// <param name="Figures">Counts several articles report, conflicts first.</param>
/// <param name="Exclusives">Facts only one source carries, a few per source, in input order.</param>
public sealed record SourceComparison(IReadOnlyList<Entity> Entities, IReadOnlyList<Figure> Figures, IReadOnlyList<Exclusive> Exclusives)
{
    /// <summary>The dated moments the story's sentences report, in time order, each with its sources.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
}
