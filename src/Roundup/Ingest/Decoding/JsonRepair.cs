using System.Text.RegularExpressions;

namespace Roundup.Ingest.Decoding;

/// <summary>Damage scraped JSON often carries that a strict decoder refuses, mended so the rest of the value is read.</summary>
internal static partial class JsonRepair
{
    /// <summary>A \u escape of a high surrogate not followed by a low one, or of a low surrogate not after a high one.</summary>
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogate();

    /// <summary>True when the JSON text escapes half of a surrogate pair ("\ud83d" where scraping cut an emoji).</summary>
    public static bool HasLoneSurrogate(string json) => json.Contains("\\u", StringComparison.Ordinal) && LoneSurrogate().IsMatch(json);

    /// <summary>The JSON text with each escaped half of a surrogate pair turned into U+FFFD, as a browser shows it.</summary>
    public static string ReplaceLoneSurrogates(string json) => LoneSurrogate().Replace(json, "\\ufffd");
}
