using Roundup.Model;
using Roundup.Text;

namespace Roundup.Briefing;

/// <summary>
/// Turns articles into a <c>Brief</c>: builds the corpus, lets a summariser choose sentences,
/// orders them as a story and attributes each to every article that carries it.
/// </summary>
public sealed class Briefer(ISummarizer? summarizer = null)
{
    /// <summary>Default budget: a short news brief.</summary>
    public const int DefaultWords = 120;

    private readonly ISummarizer _summarizer = summarizer ?? new ConceptCoverage();

    /// <summary>What the reader has already seen: an update brief leaves out every sentence near-identical to it.</summary>
    public SeenSentences? Seen { get; init; }

    /// <summary>
    /// The brief of <paramref name="articles"/> in at most <paramref name="words"/> words: verbatim sentences in story
    /// order, each credited to every article that carries it (or a near-identical version).
    /// </summary>
    public Brief Brief(IReadOnlyList<Article> articles, int words = DefaultWords)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(words);
        if (articles.Count == 0)
        {
            throw new ArgumentException("At least one article is needed to write a brief.", nameof(articles));
        }
        var corpus = Corpus.Build(articles);
        return Brief(corpus, words);
    }

    internal Brief Brief(Corpus corpus, int words)
    {
        if (Seen is not null)
        {
            corpus.Exclude(Seen);
        }
        var chosen = _summarizer.Select(corpus, words).Where(s => !corpus.Excluded.Contains(corpus.GroupOf[s]));
        var ordered = InStoryOrder(corpus, chosen.Distinct().ToList());
        var summary = new List<BriefSentence>();
        foreach (var s in ordered)
        {
            var carrying = corpus.ArticlesCarrying(s);
            var sources = carrying.Select(a => corpus.Articles[a].Id).ToList();
            summary.Add(new BriefSentence(corpus.Sentences[s].Text, sources, sources.Count) { Independent = corpus.Independent(carrying) });
        }
        int total = summary.Sum(s => WordCounter.Count(s.Text));
        if (total > words)
        {
            throw new InvalidOperationException($"The {_summarizer.Name} summariser exceeded the budget ({total} > {words} words).");
        }
        return new Brief(ChooseTitle(corpus), corpus.Articles, summary, total, words, _summarizer.Name);
    }

    /// <summary>
    /// Sentences in the order of what they report: by the date their text fixes, else by their article's publication
    /// date (news tells what just happened), else — nothing known — at the story's latest known date; ties by where the
    /// content first appears in its sources. So background ("IS seized the city in May last year") precedes the news
    /// and what is announced ("is to be sworn in on Nov. 24") follows it.
    /// </summary>
    private static List<int> InStoryOrder(Corpus corpus, List<int> chosen)
    {
        var when = chosen.ToDictionary(s => s, s => corpus.GroupDate(corpus.GroupOf[s])?.Date ?? corpus.Articles[corpus.Sentences[s].Article].Published);
        var latest = when.Values.Max();
        return chosen.OrderBy(s => when[s] ?? latest).ThenBy(s => StoryPosition(corpus, s)).ThenBy(s => corpus.Sentences[s].Article)
            .ThenBy(s => corpus.Sentences[s].Index).ToList();
    }

    /// <summary>Where a sentence's content first appears in any article that carries it (0 = a lead sentence).</summary>
    private static double StoryPosition(Corpus corpus, int sentence)
    {
        var group = corpus.Groups[corpus.GroupOf[sentence]];
        return group.Members.Min(m => corpus.Sentences[m].RelativePosition);
    }

    /// <summary>
    /// The headline whose content words are most widely shared across the articles (mean document frequency of
    /// its stems), so an outlet's idiosyncratic headline loses to the one that names the common story.
    /// </summary>
    private static string ChooseTitle(Corpus corpus)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in corpus.Sentences.GroupBy(s => s.Article))
        {
            foreach (var stem in article.SelectMany(s => s.Stems).Distinct())
            {
                documentFrequency[stem] = documentFrequency.GetValueOrDefault(stem) + 1;
            }
        }
        var best = ContentWords.BestTitle(corpus.Articles.Select(a => a.Title).OfType<string>(), stem => documentFrequency.GetValueOrDefault(stem));
        return best ?? (corpus.Articles.Count == 1 ? corpus.Articles[0].Id : $"Brief of {corpus.Articles.Count} articles");
    }
}
