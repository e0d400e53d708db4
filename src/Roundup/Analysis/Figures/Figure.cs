namespace Roundup.Analysis.Figures;

/// <summary>One value a figure is given, with the articles that give it.</summary>
/// <param name="Value">The number.</param>
/// <param name="Text">The sentence that reports it, verbatim.</param>
/// <param name="Hedge">How it is qualified ("at least", "about").</param>
/// <param name="Sources">Ids of the articles that report this value with this hedge.</param>
public sealed record FigureValue(double Value, string Text, Hedge Hedge, IReadOnlyList<string> Sources)
{
    /// <summary>The hedge, number and what it counts, as written ("at least 400 fighters").</summary>
    public string Phrase { get; init; } = "";
}

/// <summary>A count that several articles report, every value they give, and whether the values conflict.</summary>
/// <param name="About">What is counted and what happened to it ("troops and militiamen killed").</param>
/// <param name="Values">The values, the most reported first.</param>
/// <param name="Conflict">True when two articles give values that cannot both be true (hedges considered).</param>
public sealed record Figure(string About, IReadOnlyList<FigureValue> Values, bool Conflict);
