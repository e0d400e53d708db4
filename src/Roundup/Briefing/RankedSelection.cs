using Roundup.Text;

namespace Roundup.Briefing;

/// <summary>
/// The selection step that ranking methods share (sumy's base class does the same): walk the sentences from
/// best to worst and keep each one that still fits the budget and whose near-identical group is not yet in.
/// </summary>
internal static class RankedSelection
{
    public static List<int> Take(Corpus corpus, IEnumerable<int> ranked, int wordBudget, Func<int, IReadOnlyList<int>, bool>? redundant = null)
    {
        var chosen = new List<int>();
        var groups = new HashSet<int>();
        int used = 0;
        foreach (var s in ranked)
        {
            var sentence = corpus.Sentences[s];
            if (used + sentence.Words > wordBudget || sentence.Tokens.Length == 0 || !groups.Add(corpus.GroupOf[s]))
            {
                continue;
            }
            if (redundant is not null && redundant(s, chosen))
            {
                continue;
            }
            chosen.Add(s);
            used += sentence.Words;
            if (used == wordBudget)
            {
                break;
            }
        }
        return chosen;
    }

    /// <summary>Stemmed content words of a sentence (stopwords removed): the bag most baselines compare.</summary>
    public static List<string> ContentStems(Sentence s)
    {
        var stems = new List<string>(s.Tokens.Length);
        for (int i = 0; i < s.Tokens.Length; i++)
        {
            if (!Stopwords.Contains(s.Tokens[i]))
            {
                stems.Add(s.Stems[i]);
            }
        }
        return stems;
    }
}
