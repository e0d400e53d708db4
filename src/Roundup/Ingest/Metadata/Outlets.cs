using System.Text.RegularExpressions;

namespace Roundup.Ingest.Metadata;

/// <summary>
/// Finds the publishing outlet: the host of the article's URL, else a name the text gives as its own. Reporters write
/// of their own outlet as the one people speak to ("… a spokesman told The New Arab", and again for the next source)
/// or as the one that learns things ("Al Jazeera has learned"); a quote taken from another outlet names it once. So a
/// name counts when several sentences say something was told to it, or once in a self-reference; wire agencies never
/// count (their copy is quoted everywhere). No list of outlets is built in: any name qualifies on this evidence.
/// </summary>
internal static partial class Outlets
{
    /// <summary>Sentences that must name one recipient of "told" before it is taken for the publisher.</summary>
    private const int MinToldSentences = 2;

    /// <summary>Wire agencies: their names are credits and sources in everybody's copy, never a publisher's self-reference.</summary>
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "AP", "Associated Press", "The Associated Press", "Xinhua",
        "dpa", "Deutsche Presse-Agentur", "ANI", "PTI", "Press Trust of India", "IANS", "Anadolu", "Anadolu Agency", "EFE", "ANSA",
        "Kyodo", "Kyodo News", "Yonhap", "TASS", "RIA Novosti", "Interfax", "UPI", "United Press International", "Bernama", "Antara",
        "SANA", "IRNA", "Bloomberg",
    };

    private static readonly Regex SelfReference = BuildSelfReference();

    /// <summary>The host of <paramref name="url"/> without "www." and similar prefixes, or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + url : url, UriKind.Absolute, out var uri)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "m.", "amp.", "mobile." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') > 1)
            {
                host = host[prefix.Length..];
            }
        }
        return host;
    }

    /// <summary>The name the text gives as its own publisher (see the class summary), or null.</summary>
    public static string? FromSelfReference(IEnumerable<string> paragraphs)
    {
        var told = new Dictionary<string, int>(StringComparer.Ordinal);
        var learned = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (!MayReferToItself(paragraph))
            {
                continue;
            }
            foreach (Match m in SelfReference.Matches(paragraph))
            {
                var (name, counts) = m.Groups["a"].Success ? (m.Groups["a"].Value, told) : (m.Groups["b"].Value, learned);
                if (!Agencies.Contains(name))
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }
        }
        var candidates = told.Where(kv => kv.Value >= MinToldSentences).Concat(learned)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal).Select(g => (Name: g.Key, Count: g.Sum(kv => kv.Value))).ToList();
        return candidates.Count == 0 ? null : candidates.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).First().Name;
    }

    private static readonly string[] SelfReferenceCues = ["told", "spoke", "speaking", "interview", "said to", "learn", "understands", "reveal", "has seen"];

    /// <summary>Cheap gate: the regex can only match where one of its verbs occurs.</summary>
    private static bool MayReferToItself(string paragraph)
    {
        foreach (var cue in SelfReferenceCues)
        {
            if (paragraph.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A name: an optional "The", then one to four capitalised words (hyphens and "al-" inside), not followed by another
    /// capitalised word (then it is a person's title or a longer name).
    /// </summary>
    private const string Name = @"(?:The\s+)?\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]*){0,3}";

    private static Regex BuildSelfReference()
    {
        var pattern = $@"\b(?:told|speaking to|spoke to|in an interview with|said to)\s+(?<a>{Name})\b(?!\s+\p{{Lu}})(?!-)|(?<![\p{{L}}\-])(?<b>{Name})\s+(?:has learned|has learnt|understands|can reveal|has seen)\b";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
