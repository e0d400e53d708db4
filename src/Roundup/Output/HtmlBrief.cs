using System.Globalization;
using System.Net;
using Roundup.Analysis;
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
        ul.timeline time{font-family:sans-serif;font-size:.85em;font-weight:bold;color:#555;margin-right:.5em}
        """;

    public static void Write(Brief brief, SourceComparison? comparison, TextWriter output)
    {
        Head(brief.Title, output);
        output.WriteLine($"<h1>{E(brief.Title)}</h1>");
        Body(brief, comparison, output, "");
        Foot(output);
    }

    /// <summary>Several briefs on one page: a section per story, each with its own numbered sources.</summary>
    public static void WriteAll(IReadOnlyList<StoryReport> reports, TextWriter output)
    {
        var briefs = reports.Select(r => r.Brief).ToList();
        var title = $"{Plural.Of(briefs.Count, "story", "stories")}";
        Head(title, output);
        output.WriteLine($"<h1>{E(title)}</h1>");
        for (int i = 0; i < briefs.Count; i++)
        {
            output.WriteLine($"<section id=\"story-{i + 1}\">");
            output.WriteLine($"<h2>{E(briefs[i].Title)}</h2>");
            Body(briefs[i], reports[i].Comparison, output, $"story-{i + 1}-");
            output.WriteLine("</section>");
        }
        Foot(output);
    }

    /// <summary>The page up to its body: doctype, title and the inline style every Roundup page shares.</summary>
    internal static void Head(string title, TextWriter output)
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

    internal static void Foot(TextWriter output)
    {
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>The brief, its meta line and its sources; anchors carry <paramref name="anchor"/> to stay unique on the page.</summary>
    private static void Body(Brief brief, SourceComparison? comparison, TextWriter output, string anchor)
    {
        var level = anchor.Length == 0 ? "h2" : "h3";
        if (comparison is not null)
        {
            output.WriteLine($"<{level}>Where they agree</{level}>");
        }
        output.WriteLine("<div class=\"brief\">");
        foreach (var sentence in brief.Summary)
        {
            var numbers = BriefWriter.SourceNumbers(brief, sentence);
            var markers = comparison is null
                ? string.Join(",", numbers.Select(n => $"<a href=\"#{anchor}source-{n}\">{n}</a>"))
                : string.Join("; ", numbers.GroupBy(n => BriefWriter.OutletOrFile(brief.Articles[n - 1]))
                    .Select(g => $"<a href=\"#{anchor}source-{g.First()}\">{E(g.Key)}</a>"));
            output.WriteLine($"<p>{E(sentence.Text)} <sup>[{markers}]</sup></p>");
        }
        output.WriteLine("</div>");
        if (comparison is not null)
        {
            WriteComparison(brief, comparison, output, level);
        }
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

    private static void WriteComparison(Brief brief, SourceComparison comparison, TextWriter output, string level)
    {
        if (comparison.Timeline.Count > 0)
        {
            output.WriteLine($"<{level}>When</{level}>");
            output.WriteLine("<ul class=\"timeline\">");
            foreach (var t in comparison.Timeline)
            {
                output.WriteLine($"<li><time datetime=\"{t.Label}\">{t.Label}</time> {E(t.Text)} <span class=\"sources\">({E(string.Join("; ", Comparison.Outlets(brief, t.Sources)))})</span></li>");
            }
            output.WriteLine("</ul>");
        }
        var entities = Comparison.ShownWhoIsWho(comparison).ToList();
        if (entities.Count > 0)
        {
            output.WriteLine($"<{level}>Who is who</{level}>");
            output.WriteLine("<ul class=\"entities\">");
            foreach (var e in entities)
            {
                var (name, details) = Comparison.Entity(e);
                output.WriteLine($"<li><strong>{E(name)}</strong> {E(details)}</li>");
            }
            output.WriteLine("</ul>");
        }
        var conflicts = comparison.Figures.Where(f => f.Conflict).ToList();
        if (conflicts.Count > 0)
        {
            output.WriteLine($"<{level}>Where they differ</{level}>");
            output.WriteLine("<ul class=\"conflicts\">");
            foreach (var f in conflicts)
            {
                var values = f.Values.Select(v => $"<strong>{E(Comparison.Value(v))}</strong> ({E(string.Join("; ", Comparison.Outlets(brief, v.Sources)))})");
                output.WriteLine($"<li>{E(f.About)}: {string.Join(" vs ", values)}</li>");
            }
            output.WriteLine("</ul>");
        }
        foreach (var (outlet, items) in Comparison.ExclusivesByOutlet(brief, comparison))
        {
            output.WriteLine($"<{level}>Only in {E(outlet)}</{level}>");
            output.WriteLine("<ul class=\"exclusives\">");
            foreach (var e in items)
            {
                output.WriteLine($"<li>{E(e.Text)}</li>");
            }
            output.WriteLine("</ul>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
