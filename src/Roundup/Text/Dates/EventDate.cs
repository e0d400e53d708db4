using System.Text.RegularExpressions;

namespace Roundup.Text.Dates;

/// <summary>
/// The date of what a sentence reports, when the sentence fixes one. A date in a sentence is not always the date of
/// its event: "since 2011" starts a state, "before March 5" and "after Sunday" place the event relative to a date, a
/// relative clause or a parenthesis ("IS, which seized the city in May last year, ...") dates only itself, and two
/// different dates leave the event undecided. Precision first: in every such case the sentence gets no date.
/// </summary>
internal static partial class EventDate
{
    /// <summary>The one date <paramref name="sentence"/> reports its event on, or null.</summary>
    public static TimePoint? Of(string sentence, DateOnly? published)
    {
        return FromMentions(sentence, TemporalExpressions.Find(sentence, published));
    }

    /// <summary>The event date of <paramref name="sentence"/> from its <paramref name="mentions"/> (see <see cref="TemporalExpressions.Find"/>).</summary>
    public static TimePoint? FromMentions(string sentence, List<TemporalMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return null;
        }
        TimePoint? chosen = null;
        foreach (var mention in mentions)
        {
            if (mention.InAside || NotTheEventDate(sentence, mention))
            {
                continue;
            }
            if (chosen is null || Contains(chosen, mention.Point))
            {
                chosen = mention.Point;
            }
            else if (!Contains(mention.Point, chosen))
            {
                return null; // two dates that do not nest: which one is the event's is not written down
            }
        }
        return chosen;
    }

    /// <summary>True when <paramref name="outer"/> covers <paramref name="inner"/> (2015 covers May 2015 covers 3 May 2015).</summary>
    public static bool Contains(TimePoint outer, TimePoint inner) => outer.Granularity switch
    {
        DateGranularity.Year => outer.Date.Year == inner.Date.Year,
        DateGranularity.Month => inner.Granularity != DateGranularity.Year && outer.Date.Year == inner.Date.Year && outer.Date.Month == inner.Date.Month,
        _ => inner.Granularity == DateGranularity.Day && inner.Date == outer.Date,
    };

    /// <summary>
    /// A date right after "since", "until", "by", "from" … bounds an event or a state, it is not its day; and a date in a
    /// clause that "since", "after", "before" or "until" opens ("the biggest loss since it declared a caliphate in
    /// 2014", "after capturing the city in May") dates that earlier or later event, not the one the sentence reports.
    /// </summary>
    private static bool NotTheEventDate(string sentence, TemporalMention mention)
    {
        int start = Math.Max(0, mention.Start - BoundLookBehind);
        if (BoundingWord().IsMatch(sentence.AsSpan(start, mention.Start - start).ToString()))
        {
            return true;
        }
        int clause = sentence.LastIndexOfAny(ClauseBreaks, Math.Max(0, mention.Start - 1)) + 1;
        return Subordinator().IsMatch(sentence.AsSpan(clause, mention.Start - clause).ToString());
    }

    /// <summary>Punctuation that ends a clause: a subordinate clause opened before it does not reach past it.</summary>
    private static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')', '—', '–'];

    /// <summary>How far before a date a bounding word is looked for: "since late", "until early next".</summary>
    private const int BoundLookBehind = 24;

    [GeneratedRegex(@"\b(?:since|until|till|before|after|by|from|through|between|and|to)\s+(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of)\s+)?(?:(?:last|next|this)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundingWord();

    [GeneratedRegex(@"\b(?:since|after|before|until|till)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();
}
