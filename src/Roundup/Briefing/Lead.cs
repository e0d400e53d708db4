namespace Roundup.Briefing;

/// <summary>
/// Lead baseline: the first sentences of the most recent article (the first article when no article is dated),
/// in order, as many as fit. Hard to beat on news, where the lead summarises the story.
/// </summary>
internal sealed class Lead : ISummarizer
{
    public string Name => "lead";

    public IReadOnlyList<int> Select(Corpus corpus, int wordBudget)
    {
        if (corpus.Articles.Count == 0)
        {
            return [];
        }
        int article = 0;
        for (int a = 1; a < corpus.Articles.Count; a++)
        {
            if (corpus.Articles[a].Published is { } date && (corpus.Articles[article].Published is not { } best || date > best))
            {
                article = a;
            }
        }
        var ranked = Enumerable.Range(0, corpus.Sentences.Count).Where(s => corpus.Sentences[s].Article == article);
        return RankedSelection.Take(corpus, ranked, wordBudget);
    }
}
