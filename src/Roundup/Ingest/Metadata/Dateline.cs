using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Roundup.Ingest.Metadata;

/// <summary>A dateline found at the start of an article's first paragraph.</summary>
/// <param name="Place">The place ("PALMYRA, Syria"), or null when only an agency is named.</param>
/// <param name="Agency">The agency in parentheses ("AFP"), or null.</param>
/// <param name="Length">How many characters of the paragraph the dateline (with its dash or colon) takes.</param>
internal sealed record Dateline(string? Place, string? Agency, int Length);

/// <summary>
/// Recognises the datelines of the usual agency styles and removes them from sentence text:
/// "PALMYRA, Syria (AFP) —", "BEIRUT, March 27 (Reuters) -", "WASHINGTON —", "(AP) —", "Palmyra:". Wire copy of
/// the 1990s, as news corpora keep it, types the dash as an underscore: "WASHINGTON _", "(AP) _".
/// </summary>
internal static partial class DatelineParser
{
    /// <summary>"PLACE[, Region][, Month Day] (Agency) —" : the wire style, place in any case; IANS omits the dash.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'’ -]{0,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{0,30}?){0,2})(?:,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+[0-9]{1,2}))?\s*\((?<agency>[\p{L}][\p{L}\d .&/-]{1,40})\)\s*(?:[—–-]{1,2}|_|:)?\s*(?=[\p{Lu}\d""“‘'])")]
    private static partial Regex WireStyle();

    /// <summary>"WASHINGTON —" or "WASHINGTON, D.C., March 27 --": an upper-case place and a dash.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ -]{0,30}?){0,2})(?:,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+[0-9]{1,2}))?\s*(?:—|–|--|_(?=\s))\s*")]
    private static partial Regex CapitalPlaceStyle();

    /// <summary>"(AFP) —": an agency alone.</summary>
    [GeneratedRegex(@"^\((?<agency>\p{Lu}[\p{L}\d .&/-]{1,30})\)\s*(?:[—–-]{1,2}|_|:)\s*")]
    private static partial Regex AgencyOnlyStyle();

    /// <summary>"Palmyra: Syrian forces …", "New Delhi: …": one to three capitalised words and a colon.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}):\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex ColonStyle();

    /// <summary>Words that open a paragraph with a colon but are labels, not places.</summary>
    private static readonly FrozenSet<string> NotPlaces = new[]
    {
        "update", "updated", "note", "editor", "editors", "warning", "breaking", "exclusive", "analysis", "opinion",
        "watch", "live", "photo", "photos", "video", "read", "related", "source", "sources", "correction", "summary",
        "background", "comment", "advertisement", "credit", "caption", "listen", "share", "quote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, or null when it has none.</summary>
    public static Dateline? Parse(string paragraph)
    {
        var m = WireStyle().Match(paragraph);
        if (m.Success && IsPlausibleAgency(m.Groups["agency"].Value))
        {
            return Found(m, paragraph);
        }
        m = CapitalPlaceStyle().Match(paragraph);
        if (m.Success && m.Groups["place"].Value.Count(char.IsLetter) >= 2)
        {
            return Found(m, paragraph);
        }
        m = AgencyOnlyStyle().Match(paragraph);
        if (m.Success && IsPlausibleAgency(m.Groups["agency"].Value))
        {
            return Found(m, paragraph);
        }
        m = ColonStyle().Match(paragraph);
        if (m.Success && !NotPlaces.Contains(m.Groups["place"].Value.Split(' ', '-')[0]))
        {
            return Found(m, paragraph);
        }
        return null;
    }

    private static Dateline? Found(Match m, string paragraph)
    {
        // A dateline is a prefix: something that reads as a sentence must follow it.
        if (m.Length >= paragraph.Length || paragraph.Length - m.Length < 20)
        {
            return null;
        }
        var place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim().TrimEnd(',') : null;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        return new Dateline(string.IsNullOrEmpty(place) ? null : place, agency, m.Length);
    }

    /// <summary>An agency credit is short and capitalised ("AFP", "Reuters", "Xinhua", "dpa" excepted by case).</summary>
    private static bool IsPlausibleAgency(string agency)
    {
        var words = agency.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && (char.IsUpper(agency[0]) || agency is "dpa");
    }
}
