using System.Text;

namespace Roundup.Ingest.Html;

/// <summary>
/// Cuts what the extractor never reads before the page is parsed: script bodies (except JSON-LD), style sheets,
/// inline SVG and comments are often most of a page's bytes, and parsing them dominated extraction time.
/// </summary>
internal static class HtmlPrefilter
{
    public static string Strip(string html)
    {
        var sb = new StringBuilder(html.Length);
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }
            sb.Append(html, i, lt - i);
            if (StartsWith(html, lt, "<!--"))
            {
                int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            string? element = StartsWith(html, lt, "<script") ? "script" : StartsWith(html, lt, "<style") ? "style" : StartsWith(html, lt, "<svg") ? "svg" : null;
            if (element is not null && lt + element.Length + 1 < html.Length && !char.IsLetterOrDigit(html[lt + element.Length + 1]))
            {
                int tagEnd = html.IndexOf('>', lt);
                int close = tagEnd < 0 ? -1 : html.IndexOf("</" + element, tagEnd, StringComparison.OrdinalIgnoreCase);
                if (tagEnd < 0 || close < 0)
                {
                    sb.Append(html, lt, html.Length - lt);
                    break;
                }
                int closeEnd = html.IndexOf('>', close);
                closeEnd = closeEnd < 0 ? html.Length : closeEnd + 1;
                var openTag = html.AsSpan(lt, tagEnd - lt);
                if (element == "script" && openTag.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    sb.Append(html, lt, closeEnd - lt); // JSON-LD metadata is kept
                }
                i = closeEnd;
                continue;
            }
            sb.Append('<');
            i = lt + 1;
        }
        return sb.ToString();
    }

    private static bool StartsWith(string s, int at, string prefix) =>
        string.CompareOrdinal(s, at, prefix, 0, prefix.Length) == 0
        || (s.Length - at >= prefix.Length && s.AsSpan(at, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase));
}
