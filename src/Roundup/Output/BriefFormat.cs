using Roundup.Analysis;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>The output formats of a brief.</summary>
public enum BriefFormat
{
    /// <summary>Plain text for a terminal, with [1,3] source markers and a numbered source list.</summary>
    Text,

    /// <summary>Markdown: the brief with source markers, then the numbered sources, linked where their URL is known.</summary>
    Markdown,

    /// <summary>One JSON document: the brief's sentences with their sources, and the articles.</summary>
    Json,

    /// <summary>One self-contained HTML page.</summary>
    Html,
}

/// <summary>Writes a <see cref="Brief"/> in any <see cref="BriefFormat"/>.</summary>
public static class BriefWriter
{
    /// <summary>Writes <paramref name="brief"/> alone (no comparison of sources) to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(Brief brief, BriefFormat format, TextWriter output) => Write(brief, null, format, output);

    /// <summary>Writes a brief with the comparison of its sources to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(StoryReport report, BriefFormat format, TextWriter output) => Write(report.Brief, report.Comparison, format, output);

    private static void Write(Brief brief, SourceComparison? comparison, BriefFormat format, TextWriter output)
    {
        switch (format)
        {
            case BriefFormat.Text:
                TextBrief.Write(brief, comparison, output);
                break;
            case BriefFormat.Markdown:
                MarkdownBrief.Write(brief, comparison, output);
                break;
            case BriefFormat.Json:
                JsonBrief.Write(brief, comparison, output);
                break;
            case BriefFormat.Html:
                HtmlBrief.Write(brief, comparison, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown brief format.");
        }
    }

    /// <summary>
    /// Writes several briefs (one per story) as one document: text and Markdown one after another, JSON an array of
    /// brief objects, HTML one page with a section per story.
    /// </summary>
    public static void WriteAll(IReadOnlyList<StoryReport> briefs, BriefFormat format, TextWriter output)
    {
        switch (format)
        {
            case BriefFormat.Text:
                for (int i = 0; i < briefs.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteLine();
                        output.WriteLine();
                    }
                    TextBrief.Write(briefs[i].Brief, briefs[i].Comparison, output);
                }
                break;
            case BriefFormat.Markdown:
                for (int i = 0; i < briefs.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteLine();
                        output.WriteLine("---");
                        output.WriteLine();
                    }
                    // Anchors are numbered per story so that every marker jumps to its own story's source list.
                    MarkdownBrief.Write(briefs[i].Brief, briefs[i].Comparison, output, $"story-{i + 1}-");
                }
                break;
            case BriefFormat.Json:
                JsonBrief.WriteAll(briefs, output);
                break;
            case BriefFormat.Html:
                HtmlBrief.WriteAll(briefs, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown brief format.");
        }
    }

    /// <summary>1-based source numbers of a summary sentence, as the source list numbers the articles.</summary>
    internal static List<int> SourceNumbers(Brief brief, BriefSentence sentence)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            index[brief.Articles[i].Id] = i + 1;
        }
        return sentence.Sources.Select(id => index[id]).Order().ToList();
    }

    /// <summary>
    /// True for an absolute http(s) URL: the only kind that becomes a link (a <c>javascript:</c> or <c>data:</c> URL in a
    /// page's metadata would run or show whatever its author wrote when clicked).
    /// </summary>
    internal static bool IsWebUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// The outlet as readers see it: its name, or for an article whose outlet nothing names, its file name marked so,
    /// with the wire agency its dateline credits (JSON says <c>null</c>).
    /// </summary>
    internal static string OutletOrFile(Article article) =>
        article.Outlet ?? (article.Agency is { } agency
            ? $"{System.IO.Path.GetFileName(article.Path)} ({agency} copy, outlet unknown)"
            : $"{System.IO.Path.GetFileName(article.Path)} (outlet unknown)");

    /// <summary>"outlet — title — date — url" with missing parts left out.</summary>
    internal static string SourceLine(Article article) =>
        string.Join(" — ", new[] { OutletOrFile(article), article.Title, JsonText.Iso(article.Published), article.Url }
            .Where(p => !string.IsNullOrEmpty(p)));
}
