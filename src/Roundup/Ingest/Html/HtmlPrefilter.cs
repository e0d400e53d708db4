using System.Text;

namespace Roundup.Ingest.Html;

/// <summary>
/// Cuts what the extractor never reads before the page is parsed: script bodies (except JSON-LD), style sheets,
/// inline SVG and comments are often most of a page's bytes, and parsing them dominated extraction time.
/// Elements nested deeper than <see cref="MaxDepth"/> lose their tags (their text stays): an HTML parser checks
/// the stack of open elements at every tag, so a million nested divs would take it hours.
/// </summary>
internal static class HtmlPrefilter
{
    /// <summary>Deepest element nesting kept; real pages stay far below it.</summary>
    public const int MaxDepth = 400;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
    };

    public static string Strip(string html)
    {
        var sb = new StringBuilder(html.Length);
        int depth = 0;
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
            int gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                sb.Append(html, lt, html.Length - lt);
                break;
            }
            var tag = html.AsSpan(lt, gt - lt + 1);
            bool closing = tag.Length > 1 && tag[1] == '/';
            bool opening = !closing && tag.Length > 1 && (char.IsLetter(tag[1]) || tag[1] == '!');
            // "<div/>" opens a div like "<div>": in HTML only void elements close themselves, so a page of a hundred
            // thousand "<div/>" is nested as deep as one of "<div>", and must be cut as deep.
            if (opening && !VoidElements.Contains(TagName(tag)))
            {
                depth++;
                if (depth > MaxDepth)
                {
                    i = gt + 1;
                    continue;
                }
            }
            else if (closing)
            {
                depth = Math.Max(0, depth - 1);
                if (depth >= MaxDepth)
                {
                    i = gt + 1;
                    continue;
                }
            }
            sb.Append(tag);
            i = gt + 1;
        }
        return sb.ToString();
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        int end = 1;
        while (end < tag.Length && !char.IsWhiteSpace(tag[end]) && tag[end] is not ('>' or '/'))
        {
            end++;
        }
        return tag[1..end].ToString();
    }

    private static bool StartsWith(string s, int at, string prefix) =>
        string.CompareOrdinal(s, at, prefix, 0, prefix.Length) == 0
        || (s.Length - at >= prefix.Length && s.AsSpan(at, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase));
}
