using Roundup.Briefing;
using Roundup.Model;
using Roundup.Text.Dates;

namespace Roundup.Analysis.Timelines;

/// <summary>
/// The days a collection's text refers to and the sentences that tell what happened on each: one reading of every
/// sentence's temporal expressions, against its article's publication date.
/// </summary>
internal sealed class DatedSentences
{
    /// <summary>For each day, how many articles name it (at day granularity) anywhere in their text.</summary>
    public Dictionary<DateOnly, int> Mentions { get; } = [];

    /// <summary>For each day, how many articles were published on it.</summary>
    public Dictionary<DateOnly, int> PublishedOn { get; } = [];

    private readonly Dictionary<DateOnly, List<int>> _dated = [];
    private readonly Dictionary<DateOnly, List<int>> _leads = [];

    /// <summary>Undated sentences this near the start of an article stand for its publication day's news.</summary>
    private const int LeadSentences = 3;

    /// <summary>Reads the dates of <paramref name="sentences"/>; only those <paramref name="relevant"/> keeps count.</summary>
    public static DatedSentences Read(IReadOnlyList<Article> articles, List<Sentence> sentences, Func<Sentence, bool> relevant)
    {
        var read = new DatedSentences();
        var named = new HashSet<(int Article, DateOnly Day)>();
        foreach (var article in articles)
        {
            if (article.Published is { } p)
            {
                read.PublishedOn[p] = read.PublishedOn.GetValueOrDefault(p) + 1;
            }
        }
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!relevant(sentence))
            {
                continue;
            }
            var published = articles[sentence.Article].Published;
            var mentions = TemporalExpressions.Find(sentence.Text, published);
            foreach (var m in mentions.Where(m => m.Point.Granularity == DateGranularity.Day))
            {
                if (named.Add((sentence.Article, m.Point.Date)))
                {
                    read.Mentions[m.Point.Date] = read.Mentions.GetValueOrDefault(m.Point.Date) + 1;
                }
            }
            if (mentions.Count > 0)
            {
                if (EventDate.FromMentions(sentence.Text, mentions) is { Granularity: DateGranularity.Day } day)
                {
                    Add(read._dated, day.Date, i);
                }
            }
            else if (published is { } p && sentence.Index < LeadSentences)
            {
                Add(read._leads, p, i);
            }
        }
        return read;
    }

    /// <summary>The sentences that tell what happened on <paramref name="day"/>: those dated to it, then the day's undated leads.</summary>
    public List<int> Candidates(DateOnly day) => [.. _dated.GetValueOrDefault(day) ?? [], .. _leads.GetValueOrDefault(day) ?? []];

    private static void Add(Dictionary<DateOnly, List<int>> map, DateOnly day, int sentence)
    {
        if (!map.TryGetValue(day, out var list))
        {
            map[day] = list = [];
        }
        list.Add(sentence);
    }
}
