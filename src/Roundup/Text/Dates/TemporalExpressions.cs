using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundup.Text.Dates;

/// <summary>How precisely a date is known: a day, a month or a year.</summary>
public enum DateGranularity
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A month: the date is its first day.</summary>
    Month,

    /// <summary>A year: the date is its 1 January.</summary>
    Year,
}

/// <summary>A date at a granularity: for a month, the first of it; for a year, 1 January.</summary>
internal sealed record TimePoint(DateOnly Date, DateGranularity Granularity)
{
    public override string ToString() => Granularity switch
    {
        DateGranularity.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGranularity.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}

/// <summary>A temporal expression found in a sentence: where it is, as written, and the date it fixes.</summary>
internal sealed record TemporalMention(int Start, string Text, TimePoint Point)
{
    /// <summary>True when the expression stands in an aside (a non-restrictive relative clause or a parenthesis).</summary>
    public bool InAside { get; init; }
}

/// <summary>
/// Finds the dates a news sentence fixes: absolute ones ("27 March 2016", "March 27, 2016", "Mar. 27", "2016-03-27",
/// "May 2015", "in 2014") and relative ones resolved against the article's publication date ("on Sunday",
/// "yesterday", "last September", "earlier this month", "next Tuesday", "May 23 last year"). Precision first: an
/// expression the text does not pin to a day, month or year ("last week", "three months after", "recently") gives no
/// date, and neither does anything relative when the publication date is unknown.
/// </summary>
internal static partial class TemporalExpressions
{
    public static List<TemporalMention> Find(string sentence, DateOnly? published)
    {
        var found = new List<TemporalMention>();
        if (!DateHint().IsMatch(sentence))
        {
            return found; // the cheap test first: most sentences name no date
        }
        var taken = new bool[sentence.Length];
        // An aside ("the vote, which is due in June, ...") has its own tense: a date in it looks ahead when the aside
        // does, a date outside it when the rest of the sentence does.
        var asides = Asides.In(sentence);
        var cues = FutureCue().Matches(sentence).Select(c => c.Index).ToList();
        (int, int)? AsideAt(int index) => asides.FindIndex(a => index >= a.Start && index < a.End) is int i and >= 0 ? asides[i] : null;
        bool FutureAt(int index) => AsideAt(index) is { } aside ? cues.Exists(c => AsideAt(c) == aside) : cues.Exists(c => AsideAt(c) is null);
        void Add(Match m, TimePoint? point)
        {
            if (point is null || Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
            {
                return;
            }
            for (int i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
            found.Add(new TemporalMention(m.Index, m.Value, point) { InAside = AsideAt(m.Index) is not null });
        }
        // Longest forms first: a full date is not read again as its month or its year.
        foreach (Match m in IsoDate().Matches(sentence))
        {
            Add(m, Day(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)));
        }
        foreach (Match m in MonthDayYear().Matches(sentence))
        {
            Add(m, DayOf(m, published, FutureAt(m.Index)));
        }
        foreach (Match m in DayMonthYear().Matches(sentence))
        {
            Add(m, DayOf(m, published, FutureAt(m.Index)));
        }
        foreach (Match m in MonthRelativeYear().Matches(sentence))
        {
            Add(m, published is { } p ? new TimePoint(new DateOnly(RelativeYear(m.Groups["rel"].Value, p.Year), Month(m.Groups["month"].Value), 1), DateGranularity.Month) : null);
        }
        foreach (Match m in MonthYear().Matches(sentence))
        {
            Add(m, MonthOf(m, published, FutureAt(m.Index)));
        }
        foreach (Match m in LastNextMonth().Matches(sentence))
        {
            Add(m, published is { } p ? RelativeMonth(Month(m.Groups["month"].Value), m.Groups["which"].Value, p) : null);
        }
        foreach (Match m in Year().Matches(sentence))
        {
            int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            Add(m, year is >= 1800 and <= 2200 ? new TimePoint(new DateOnly(year, 1, 1), DateGranularity.Year) : null);
        }
        if (published is { } at)
        {
            foreach (Match m in Deictic().Matches(sentence))
            {
                Add(m, DeicticPoint(m.Value.ToLowerInvariant(), at));
            }
            foreach (Match m in Weekday().Matches(sentence))
            {
                Add(m, WeekdayPoint(m, at, FutureAt(m.Index)));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static TimePoint? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) && year is >= 1800 and <= 2200
            ? new TimePoint(new DateOnly(year, month, day), DateGranularity.Day)
            : null;

    /// <summary>A day from a match with groups month, day and (optionally) year or "last year" / "this year".</summary>
    private static TimePoint? DayOf(Match m, DateOnly? published, bool future)
    {
        int month = Month(m.Groups["month"].Value);
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Success)
        {
            return Day(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day);
        }
        if (published is not { } p)
        {
            return null;
        }
        if (m.Groups["rel"].Success)
        {
            return Day(RelativeYear(m.Groups["rel"].Value, p.Year), month, day);
        }
        if (Day(p.Year, month, day) is not { } thisYear)
        {
            return null;
        }
        // Without a year, the day is the one the tense points at: the last such day up to publication, or the next one.
        // A cue of the future may belong to another clause ("the inquiry will examine why the crack found on March 2
        // ..."): a day written without its year is a near one, so a next one more than half a year off yields to the
        // last one.
        var last = thisYear.Date <= p ? thisYear : Day(p.Year - 1, month, day);
        if (!future)
        {
            return last;
        }
        var next = thisYear.Date >= p ? thisYear : Day(p.Year + 1, month, day);
        return next is not null && next.Date.DayNumber - p.DayNumber <= HalfYearDays ? next : last ?? next;
    }

    /// <summary>Half a year: how far ahead a day written without its year can lie in a sentence about what is to come.</summary>
    private const int HalfYearDays = 183;

    /// <summary>The year "last year", "this year" or "next year" names, seen from <paramref name="year"/>.</summary>
    private static int RelativeYear(string rel, int year) =>
        rel.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? year - 1 : rel.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? year + 1 : year;

    private static TimePoint? MonthOf(Match m, DateOnly? published, bool future)
    {
        int month = Month(m.Groups["month"].Value);
        if (m.Groups["y"].Success)
        {
            int written = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return written is >= 1800 and <= 2200 ? new TimePoint(new DateOnly(written, month, 1), DateGranularity.Month) : null;
        }
        if (published is not { } p)
        {
            return null;
        }
        // Without a year, the month the tense points at: "was finished in October" the last October, "will be" the next.
        int year = future ? (month >= p.Month ? p.Year : p.Year + 1) : (month <= p.Month ? p.Year : p.Year - 1);
        return new TimePoint(new DateOnly(year, month, 1), DateGranularity.Month);
    }

    /// <summary>"last September": the latest September before the publication's month; "next September": the first after.</summary>
    private static TimePoint RelativeMonth(int month, string which, DateOnly published)
    {
        bool next = which.Equals("next", StringComparison.OrdinalIgnoreCase);
        int year = next
            ? (month > published.Month ? published.Year : published.Year + 1)
            : (month < published.Month ? published.Year : published.Year - 1);
        return new TimePoint(new DateOnly(year, month, 1), DateGranularity.Month);
    }

    private static TimePoint? DeicticPoint(string text, DateOnly p) => text switch
    {
        "yesterday" => new TimePoint(p.AddDays(-1), DateGranularity.Day),
        "today" => new TimePoint(p, DateGranularity.Day),
        "tomorrow" => new TimePoint(p.AddDays(1), DateGranularity.Day),
        "last month" => new TimePoint(new DateOnly(p.Year, p.Month, 1).AddMonths(-1), DateGranularity.Month),
        "this month" or "earlier this month" or "later this month" => new TimePoint(new DateOnly(p.Year, p.Month, 1), DateGranularity.Month),
        "next month" => new TimePoint(new DateOnly(p.Year, p.Month, 1).AddMonths(1), DateGranularity.Month),
        "last year" => new TimePoint(new DateOnly(p.Year - 1, 1, 1), DateGranularity.Year),
        "this year" or "earlier this year" or "later this year" => new TimePoint(new DateOnly(p.Year, 1, 1), DateGranularity.Year),
        "next year" => new TimePoint(new DateOnly(p.Year + 1, 1, 1), DateGranularity.Year),
        _ => null,
    };

    /// <summary>
    /// A weekday: "next Tuesday", or a plain "on Tuesday" in a sentence about what will happen, is the first such day
    /// after publication; otherwise the last such day on or before it (news reports what happened).
    /// </summary>
    private static TimePoint WeekdayPoint(Match m, DateOnly published, bool future)
    {
        var day = Enum.Parse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true);
        var which = m.Groups["which"].Value;
        bool forward = which.Equals("next", StringComparison.OrdinalIgnoreCase) || (which.Length == 0 && future);
        int delta = ((int)day - (int)published.DayOfWeek + 7) % 7;
        var date = forward
            ? published.AddDays(delta == 0 ? 7 : delta)
            : published.AddDays(-((7 - delta) % 7) - (which.Equals("last", StringComparison.OrdinalIgnoreCase) && delta == 0 ? 7 : 0));
        return new TimePoint(date, DateGranularity.Day);
    }

    private static int Month(string name) =>
        Array.FindIndex(MonthNames, n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // Dates are read from ASCII digits only ([0-9], not \d, which takes every script's digits and would hand int.Parse
    // "2᭗"); a month followed by a number in any script is not a bare month.
    private const string MonthPattern =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    [GeneratedRegex(@"\b(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})\b")]
    private static partial Regex IsoDate();

    // "March 27, 2016", "Mar. 27", "May 23 last year".
    [GeneratedRegex(@"\b" + MonthPattern + @"\s(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?:,?\s(?<y>[0-9]{4})\b|\s(?:of\s)?(?<rel>last year|this year|next year)\b)?")]
    private static partial Regex MonthDayYear();

    // "27 March 2016", "27 March".
    [GeneratedRegex(@"\b(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\s(?:of\s)?" + MonthPattern + @"(?:,?\s(?<y>[0-9]{4})\b|\s(?:of\s)?(?<rel>last year|this year|next year)\b)?")]
    private static partial Regex DayMonthYear();

    // "May 2015", "February, 2003", "in September", "at the end of July": a month alone only after a preposition, so the
    // verb "may" and a "march" are not months.
    [GeneratedRegex(@"\b" + MonthPattern + @",?\s(?<y>[0-9]{4})\b|(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Mm]id|[Ll]ate|[Tt]hrough|[Dd]uring|(?:end|beginning|start|middle) of)\s)" + MonthPattern + @"\b(?!\s\d)")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<which>[Ll]ast|[Nn]ext)\s" + MonthPattern + @"\b")]
    private static partial Regex LastNextMonth();

    // "May last year".
    [GeneratedRegex(@"\b" + MonthPattern + @"\s(?:of\s)?(?<rel>last year|this year|next year)\b")]
    private static partial Regex MonthRelativeYear();



    // A year alone only after a preposition that dates: "in 2014", "since 2011", not "2014 people".
    [GeneratedRegex(@"(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Dd]uring|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ee]arly|[Ll]ate)\s)(?<y>[0-9]{4})\b(?!\s?%)")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:earlier this month|later this month|earlier this year|later this year|yesterday|today|tomorrow|last month|this month|next month|last year|this year|next year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deictic();

    [GeneratedRegex(@"\b(?:(?<which>[Ll]ast|[Nn]ext|[Tt]his)\s)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    /// <summary>Words that put a sentence in the future: a bare weekday in it is the coming one.</summary>
    [GeneratedRegex(@"\b(?:will|shall|is to|are to|is due to|are due to|plans? to|is expected to|are expected to|is scheduled|are scheduled|to be held|upcoming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>A date needs a digit, a capitalised month or weekday, or a deictic word: the cheap test before the full scan.</summary>
    [GeneratedRegex(@"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|(?i:\b(?:yesterday|today|tomorrow|last|next|this|earlier|later))")]
    private static partial Regex DateHint();
}
