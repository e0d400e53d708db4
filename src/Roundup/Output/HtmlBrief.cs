using System.Globalization;
using System.Net;
using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>
/// One self-contained HTML page (inline style, no scripts, no external resources), written as well-formed
/// XHTML-compatible markup so it can be read by any browser and parsed by any XML tool.
/// </summary>
internal static class HtmlBrief
{
    private const string Style = """
        body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.55;color:#222;background:#fff}
        h1{font-size:1.6em;line-height:1.25}
        .brief p{margin:.6em 0}
        sup a{text-decoration:none;font-family:sans-serif;font-size:.75em;color:#06c}
        .meta{color:#666;font-family:sans-serif;font-size:.85em}
        ol.sources{font-family:sans-serif;font-size:.9em}
        ol.sources li{margin:.3em 0}
        """;

    public static void Write(Brief brief, TextWriter output)
    {
        Head(brief.Title, output);
        output.WriteLine($"<h1>{E(brief.Title)}</h1>");
        Body(brief, output, "");
        Foot(output);
    }

    /// <summary>Several briefs on one page: a section per story, each with its own numbered sources.</summary>
    public static void WriteAll(IReadOnlyList<Brief> briefs, TextWriter output)
    {
        var title = $"{Plural.Of(briefs.Count, "story", "stories")}";
        Head(title, output);
        output.WriteLine($"<h1>{E(title)}</h1>");
        for (int i = 0; i < briefs.Count; i++)
        {
            output.WriteLine($"<section id=\"story-{i + 1}\">");
            output.WriteLine($"<h2>{E(briefs[i].Title)}</h2>");
            Body(briefs[i], output, $"story-{i + 1}-");
            output.WriteLine("</section>");
        }
        Foot(output);
    }

    private static void Head(string title, TextWriter output)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\" />");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        output.WriteLine($"<title>{E(title)}</title>");
        output.WriteLine($"<style>{Style}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
    }

    private static void Foot(TextWriter output)
    {
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>The brief, its meta line and its sources; anchors carry <paramref name="anchor"/> to stay unique on the page.</summary>
    private static void Body(Brief brief, TextWriter output, string anchor)
    {
        output.WriteLine("<div class=\"brief\">");
        foreach (var sentence in brief.Summary)
        {
            var markers = string.Join(",", BriefWriter.SourceNumbers(brief, sentence).Select(n => $"<a href=\"#{anchor}source-{n}\">{n}</a>"));
            output.WriteLine($"<p>{E(sentence.Text)} <sup>[{markers}]</sup></p>");
        }
        output.WriteLine("</div>");
        output.WriteLine($"<p class=\"meta\">{Plural.Of(brief.Words, "word")} from {Plural.Of(brief.Articles.Count, "article")}, selected by {E(brief.Method)}.</p>");
        output.WriteLine(anchor.Length == 0 ? "<h2>Sources</h2>" : "<h3>Sources</h3>");
        output.WriteLine("<ol class=\"sources\">");
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            var a = brief.Articles[i];
            var title = E(a.Title ?? a.Id);
            var linked = BriefWriter.IsWebUrl(a.Url) ? $"<a href=\"{E(a.Url!)}\" rel=\"noopener nofollow\">{title}</a>" : title;
            var date = a.Published is { } d ? $" <time datetime=\"{JsonText.Iso(d)}\">{d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time>" : "";
            output.WriteLine($"<li id=\"{anchor}source-{i + 1}\"><strong>{E(BriefWriter.OutletOrFile(a))}</strong>: {linked}{date}</li>");
        }
        output.WriteLine("</ol>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
