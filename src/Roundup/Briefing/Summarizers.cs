namespace Roundup.Briefing;

/// <summary>
/// The summarisers Roundup ships, by the names the command line uses. Adding a method: implement
/// <see cref="ISummarizer"/> in this folder and name it here. (The ROUGE oracle, which needs the reference
/// summaries, is an evaluation tool and lives in <c>Evaluation/</c>.)
/// </summary>
public static class Summarizers
{
    /// <summary>The names <see cref="Create"/> knows, in report order; Roundup's own method first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["roundup", "lead", "lexrank", "textrank", "centroid", "klsum"];

    /// <summary>The summariser called <paramref name="name"/>, or null when no summariser has that name.</summary>
    public static ISummarizer? Create(string name) => name switch
    {
        "roundup" => new ConceptCoverage(),
        "lead" => new Lead(),
        "lexrank" => new LexRank(),
        "textrank" => new TextRank(),
        "centroid" => new Centroid(),
        "klsum" => new KlSum(),
        _ => null,
    };
}
