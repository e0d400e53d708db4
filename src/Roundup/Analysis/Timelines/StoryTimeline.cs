using System.Globalization;
using Roundup.Briefing;
using Roundup.Text.Dates;

namespace Roundup.Analysis.Timelines;

/// <summary>One dated entry of a timeline: a verbatim sentence and every article that carries it.</summary>
/// <param name="Date">The day, or the first day of the month or year the text fixes.</param>
/// <param name="Granularity">How precisely the text fixes the date.</param>
/// <param name="Text">The sentence, as one of its sources has it.</param>
/// <param name="Sources">Ids of every article that carries it (near-identical copies included).</param>
public sealed record TimelineEntry(DateOnly Date, DateGranularity Granularity, string Text, IReadOnlyList<string> Sources)
{
    /// <summary>The date as written in JSON and shown: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public string Label => Granularity switch
    {
        DateGranularity.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGranularity.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// The dated background and course of one story: for each moment the story's sentences fix, the sentence most sources
/// carry, credited to all of them. The copies of one sentence in several articles are one entry; so are the
/// sentences of several articles about one moment (the best-supported one speaks for it, and only its carriers are
/// credited: a sentence is never attributed to an article that does not carry it).
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
        // The moments most independent sources date something to, then each moment's best-supported sentences.
        var moments = byMoment.OrderByDescending(m => m.Value.Sum(g => g.Independent)).ThenBy(m => m.Key.Date).Take(MaxEntries)
            .OrderBy(m => m.Key.Date).ThenBy(m => Coarseness(m.Key.Granularity));
        var entries = new List<TimelineEntry>();
        foreach (var (point, groups) in moments)
        {
            foreach (var (group, _) in groups.OrderByDescending(g => g.Independent).ThenByDescending(g => g.Group.Articles.Count)
                .ThenBy(g => g.Group.Members.Min(m => corpus.Sentences[m].RelativePosition)).Take(MaxPerMoment))
            {
                var sources = corpus.GroupCarrying(group.Representative).Select(a => corpus.Articles[a].Id).ToList();
                entries.Add(new TimelineEntry(point.Date, point.Granularity, corpus.Sentences[group.Representative].Text, sources));
            }
        }
        return entries;
    }

    /// <summary>A year before its months, a month before its days: the wider frame first.</summary>
    private static int Coarseness(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Year => 0,
        DateGranularity.Month => 1,
        _ => 2,
    };
}
