using System.Text.RegularExpressions;

namespace Roundup.Ingest.Metadata;

/// <summary>
/// Finds the publishing outlet: the host of the article's URL, else the name of a known outlet that the
/// text uses to refer to itself ("told The New Arab", "Al Jazeera has learned"). Wire agencies are left
/// out of the second rule on purpose: "told Reuters" names a source that many outlets quote, not the publisher.
/// </summary>
internal static partial class Outlets
{
    /// <summary>Non-agency outlets whose reporters are commonly "told" things in their own copy.</summary>
    private static readonly string[] KnownOutlets =
    [
        "The New Arab", "Al Jazeera", "Al Arabiya", "Middle East Eye", "The National", "Gulf News", "Khaleej Times",
        "Arab News", "Asharq Al-Awsat", "Al-Monitor", "Daily Sabah", "Hurriyet Daily News", "The Times of Israel",
        "Haaretz", "The Jerusalem Post", "Dawn", "The Express Tribune", "Pakistan Today", "The Hindu", "Hindustan Times",
        "The Times of India", "NDTV", "The Straits Times", "South China Morning Post", "The Japan Times", "BBC", "CNN",
        "Fox News", "NBC News", "CBS News", "ABC News", "Sky News", "The Guardian", "The Observer", "The Independent",
        "The Telegraph", "The Times", "Financial Times", "The Economist", "The New York Times", "The Washington Post",
        "The Wall Street Journal", "Los Angeles Times", "USA Today", "Politico", "The Atlantic", "Newsweek", "Time",
        "Bloomberg", "Der Spiegel", "Le Monde", "France 24", "Deutsche Welle", "Euronews", "RT", "Sputnik", "TASS",
        "The Moscow Times", "The Irish Times", "The Sydney Morning Herald", "The Australian", "CBC News",
        "The Globe and Mail", "Toronto Star", "Daily Mail", "The Sun", "Mirror", "HuffPost", "Vox", "Axios", "NPR",
        "Voice of America", "Radio Free Europe", "Kurdistan 24", "Rudaw", "Enab Baladi", "Syria Direct", "Orient News",
    ];

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

    /// <summary>The known outlet that the text most often refers to as itself, or null.</summary>
    public static string? FromSelfReference(IEnumerable<string> paragraphs)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (!MayReferToItself(paragraph))
            {
                continue;
            }
            foreach (Match m in SelfReference.Matches(paragraph))
            {
                var name = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value;
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
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

    private static Regex BuildSelfReference()
    {
        var names = string.Join('|', KnownOutlets.OrderByDescending(n => n.Length).Select(Regex.Escape));
        var pattern = $@"\b(?:told|speaking to|spoke to|in an interview with|said to)\s+(?<a>{names})\b(?!\s+\p{{Lu}})|\b(?<b>{names})\s+(?:has learned|has learnt|understands|can reveal|has seen)\b";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
