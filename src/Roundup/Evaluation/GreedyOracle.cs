using Roundup.Briefing;
using Roundup.Evaluation;

namespace Roundup.Evaluation;

/// <summary>
/// The extractive upper bound used in papers: greedily add the sentence that most raises ROUGE-2 recall
/// against the reference summaries, until no sentence fits or helps. Needs the references, so it is for
/// evaluation only.
/// </summary>
internal sealed class GreedyOracle(IReadOnlyList<IReadOnlyList<string>> references) : ISummarizer
{
    private readonly Rouge _rouge = new(new RougeOptions { Stem = true, MaxN = 2 });

    /// <summary>The name the evaluation commands know it by.</summary>
    public const string MethodName = "oracle";

    public string Name => MethodName;

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget) => GreedySelection.Run(
        corpus,
        wordBudget,
        (chosen, s) => _rouge.ScoreN(chosen.Append(s).Select(i => corpus.Sentences[i].Text).ToList(), references, 2).Recall,
        _ => true,
        mustImprove: true);
}
