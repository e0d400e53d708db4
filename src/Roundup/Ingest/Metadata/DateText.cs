using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundup.Ingest.Metadata;

/// <summary>Finds publication dates in URLs ("/2016/03/28/") and in date lines ("Mar 28, 2016", "27 March, 2016").</summary>
internal static partial class DateText
{
    private const string Month =
        @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12][0-9]|3[01])(?:/|-|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)[0-9]{2})-(?<m>0[1-9]|1[0-2])-(?<day>0[1-9]|[12][0-9]|3[01])\b")]
    private static partial Regex IsoDate();

    /// <summary>Words that may stand beside a date on a date line without making it prose.</summary>
    [GeneratedRegex(@"\b(?:published|updated|posted|last|on|at|am|pm|gmt|utc|est|edt|bst|cet|ist|local|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,2})\b|[,|:•·\-–—()]", RegexOptions.IgnoreCase)]
    private static partial Regex DateLineFiller();

    /// <summary>The date in a URL path such as /2016/03/28/, or null.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }
        var m = UrlDate().Match(url);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>
    /// The date in a corpus document number: eight digits "yyyyMMdd" standing alone among letters and punctuation, as
    /// news corpora number their documents ("APW19981016.0240", "AFP_ENG_20050101.0001"); null when there is none.
    /// </summary>
    public static DateOnly? FromDocumentNumber(string? number)
    {
        var m = number is null ? Match.Empty : CompactDate().Match(number);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])")]
    private static partial Regex CompactDate();

    /// <summary>The first full date (day, month and year) written anywhere in <paramref name="text"/>.</summary>
    public static DateOnly? Find(string text) => Find(text, out _);

    private static DateOnly? Find(string text, out Match? match)
    {
        match = null;
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear(), IsoDate() })
        {
            var m = regex.Match(text);
            if (m.Success && (match is null || m.Index < match.Index))
            {
                match = m;
            }
        }
        if (match is null)
        {
            return null;
        }
        var monthText = match.Groups["month"].Success ? match.Groups["month"].Value : match.Groups["m"].Value;
        return Make(match.Groups["year"].Value, monthText, match.Groups["day"].Value);
    }

    /// <summary>
    /// True when the line is a date line ("Mar 28, 2016", "Published: Sunday 27 March 2016 10:30 GMT"):
    /// a full date and nothing but the usual filler beside it.
    /// </summary>
    public static bool IsDateLine(string line, out DateOnly date)
    {
        date = default;
        if (line.Length > 80 || !line.AsSpan().ContainsAnyInRange('0', '9') || Find(line, out var match) is not DateOnly found || match is null)
        {
            return false;
        }
        var rest = line.Remove(match.Index, match.Length);
        rest = DateLineFiller().Replace(rest, " ");
        if (rest.Trim().Length > 0)
        {
            return false;
        }
        date = found;
        return true;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        int m = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) ? numeric : MonthNumber(month);
        int d = int.Parse(day, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        return Plausible(new DateOnly(y, m, d));
    }

    /// <summary>
    /// Publication dates before this are placeholders ("0001-01-01", "1970-01-01": a field left at its default) far
    /// more often than articles of the archive: the next source of a date is asked instead.
    /// </summary>
    private static readonly DateOnly EarliestPlausible = new(1990, 1, 1);

    /// <summary>
    /// The date, unless it cannot be a publication date: before <see cref="EarliestPlausible"/> or after tomorrow
    /// (a page seen anywhere on earth may already be dated tomorrow; later is a typo or a scheduled placeholder).
    /// </summary>
    public static DateOnly? Plausible(DateOnly? date) =>
        date is { } d && d >= EarliestPlausible && d <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) ? d : null;

    /// <summary>
    /// A date field's value: ISO 8601 or RFC 822 date-times and dates ("2016-03-27T10:00:00Z", "Sun, 27 Mar 2016
    /// 14:05:00 GMT"), else the first written date in it; null when there is none or it is implausible.
    /// </summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // Time zones named "GMT" or "UT" are UTC; the offset keeps a late-evening time on its own day.
        var cleaned = text.Replace(" GMT", " +0000", StringComparison.Ordinal).Replace(" UT", " +0000", StringComparison.Ordinal);
        if (DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            return Plausible(DateOnly.FromDateTime(dto.Date));
        }
        return Find(text);
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };
}
