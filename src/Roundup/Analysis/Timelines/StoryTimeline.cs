using Roundup.Briefing;
using Roundup.Text.Dates;

namespace Roundup.Analysis.Timelines;

/// <summary>One dated entry of a timeline: a verbatim sentence and every article that carries it.</summary>
/// <param name="Date">The day, or the first day of the month or year the text fixes.</param>
/// <param name="Granularity">How precisely the text fixes the date.</param>
/// <param name="Text">The sentence, as one of its sources has it.</param>
/// <param name="Sources">Ids of every article that reports it: those that carry the sentence (near-identical copies
/// included) and those whose own sentence about the same moment says the same.</param>
public sealed record TimelineEntry(DateOnly Date, DateGranularity Granularity, string Text, IReadOnlyList<string> Sources)
{
    /// <summary>The date as written in JSON and shown: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string Label => new TimePoint(Date, Granularity).ToString();
}

/// <summary>
/// The dated background and course of one story: for each moment the story's sentences fix, its facts. The copies of
/// one sentence in several articles are one entry; so are the sentences of several articles that report the same fact
/// of the same moment: the best-supported one speaks for it, and every article that reports it is a source.
/// </summary>
internal static class StoryTimeline
{
    /// <summary>At most this many moments: a story's timeline is a reader's overview, not an index of every date.</summary>
    public const int MaxEntries = 12;

    /// <summary>
    /// At most this many sentences for one moment: a day often holds two facts (the citadel taken, a claim made), but
    /// more would crowd out the other moments.
    /// </summary>
    public const int MaxPerMoment = 2;

    public static List<TimelineEntry> Build(Corpus corpus)
    {
        var byMoment = new Dictionary<TimePoint, List<(SentenceGroup Group, int Independent)>>();
        foreach (var group in corpus.Groups)
        {
            if (corpus.Excluded.Contains(group.Id) || corpus.GroupDate(group.Id) is not { } point)
            {
                continue;
            }
            if (!byMoment.TryGetValue(point, out var list))
            {
                byMoment[point] = list = [];
            }
            list.Add((group, corpus.Independent(group.Articles)));
        }
        // The moments most independent sources date something to, then each moment's facts: sentences that say the
        // same (share most of their content words, as the brief's paraphrase guard judges) are one fact, told by its
        // best-supported sentence and credited to every article that reports it.
        var moments = byMoment.OrderByDescending(m => m.Value.Sum(g => g.Independent)).ThenBy(m => m.Key.Date).Take(MaxEntries)
            .OrderBy(m => m.Key.Date).ThenBy(m => Coarseness(m.Key.Granularity));
        var entries = new List<TimelineEntry>();
        foreach (var (point, groups) in moments)
        {
            var facts = new List<(SentenceGroup Head, HashSet<string> Content, SortedSet<int> Articles)>();
            foreach (var (group, _) in groups.OrderByDescending(g => g.Independent).ThenByDescending(g => g.Group.Articles.Count)
                .ThenBy(g => g.Group.Members.Min(m => corpus.Sentences[m].RelativePosition)))
            {
                var content = ConceptCoverage.ContentStems(corpus.Sentences[group.Representative]);
                var carriers = corpus.GroupCarrying(group.Representative);
                int same = facts.FindIndex(f => ConceptCoverage.TooSimilar(f.Content, content, SameFactOverlap));
                if (same >= 0)
                {
                    facts[same].Articles.UnionWith(carriers);
                }
                else
                {
                    facts.Add((group, content, new SortedSet<int>(carriers)));
                }
            }
            foreach (var fact in facts.OrderByDescending(f => corpus.Independent(f.Articles)).ThenByDescending(f => f.Articles.Count).Take(MaxPerMoment))
            {
                entries.Add(new TimelineEntry(point.Date, point.Granularity, corpus.Sentences[fact.Head.Representative].Text,
                    fact.Articles.Select(a => corpus.Articles[a].Id).ToList()));
            }
        }
        return entries;
    }

    /// <summary>Two sentences about one moment sharing more than this share of their content words report one fact.</summary>
    private const double SameFactOverlap = 0.5;

    /// <summary>A year before its months, a month before its days: the wider frame first.</summary>
    private static int Coarseness(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Year => 0,
        DateGranularity.Month => 1,
        _ => 2,
    };
}
