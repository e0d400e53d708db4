using Roundup.Evaluation;

namespace Roundup.Briefing;

/// <summary>
/// The extractive upper bound used in papers: greedily add the sentence that most raises ROUGE-2 recall
/// against the reference summaries, until no sentence fits or helps. Needs the references, so it is for
/// evaluation only.
/// </summary>
public sealed class GreedyOracle(IReadOnlyList<IReadOnlyList<string>> references) : ISummarizer
{
    private readonly Rouge _rouge = new(new RougeOptions { Stem = true, MaxN = 2 });

    public string Name => "oracle";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        var chosen = new List<int>();
        var groups = new HashSet<int>();
        int used = 0;
        double current = 0;
        while (true)
        {
            int best = -1;
            double bestScore = current;
            for (int s = 0; s < corpus.Sentences.Count; s++)
            {
                if (groups.Contains(corpus.GroupOf[s]) || used + corpus.Sentences[s].Words > wordBudget)
                {
                    continue;
                }
                var lines = chosen.Append(s).Select(i => corpus.Sentences[i].Text).ToList();
                double score = _rouge.ScoreN(lines, references, 2).Recall;
                if (score > bestScore + 1e-12)
                {
                    bestScore = score;
                    best = s;
                }
            }
            if (best < 0)
            {
                break;
            }
            chosen.Add(best);
            groups.Add(corpus.GroupOf[best]);
            used += corpus.Sentences[best].Words;
            current = bestScore;
        }
        return chosen;
    }
}
