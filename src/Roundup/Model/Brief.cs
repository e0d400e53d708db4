namespace Roundup.Model;

/// <summary>One sentence of a brief: verbatim source text and every article that carries it.</summary>
/// <param name="Text">The sentence exactly as one of its sources has it.</param>
/// <param name="Sources">Ids of all articles that carry this sentence or a near-identical version.</param>
/// <param name="Support">How many articles carry it (the length of <paramref name="Sources"/>).</param>
public sealed record BriefSentence(string Text, IReadOnlyList<string> Sources, int Support)
{
    /// <summary>
    /// How many independent sources carry it: <see cref="Support"/> with the reprints of one story (wire copy run by
    /// several outlets) counted once.
    /// </summary>
    public int Independent { get; init; } = Support;
}

/// <summary>An attributed extractive multi-document summary.</summary>
/// <param name="Title">The most representative headline of the articles.</param>
/// <param name="Articles">The articles briefed, in input order.</param>
/// <param name="Summary">The selected sentences in story order.</param>
/// <param name="Words">Total words of the summary (never above the budget).</param>
/// <param name="Budget">The word budget asked for.</param>
/// <param name="Method">Name of the summariser that selected the sentences.</param>
public sealed record Brief(
    string Title,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<BriefSentence> Summary,
    int Words,
    int Budget,
    string Method);
