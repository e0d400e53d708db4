namespace Roundup.Briefing;

/// <summary>
/// An extractive summarisation method: picks sentences of the corpus within a word budget. Ordering,
/// attribution and output are the <see cref="Briefer"/>'s job, the same for every method.
/// </summary>
public interface ISummarizer
{
    /// <summary>Short name used on the command line ("roundup", "lead", "lexrank").</summary>
    string Name { get; }

    /// <summary>
    /// Indices into <see cref="Corpus.Sentences"/> of the chosen sentences, whose word counts add up to at most
    /// <paramref name="wordBudget"/>, at most one per near-identical group.
    /// </summary>
    IReadOnlyList<int> Select(Corpus corpus, int wordBudget);
}
