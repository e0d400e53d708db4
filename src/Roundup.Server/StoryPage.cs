using System.Text;
using Roundup.Analysis;
using Roundup.Model;
using static Roundup.Server.Pages;

namespace Roundup.Server;

/// <summary>
/// One story's page: its brief (each sentence with the numbers of the sources that carry it), where the sources
/// differ on a figure, who is who, what only one source reports, and the numbered sources with their links.
/// </summary>
internal static class StoryPage
{
    /// <summary>Names shown in "who is who": those the sources call by more than one name come first.</summary>
    private const int MaxEntities = 12;

    /// <summary>Exclusives shown: what only one source reports, a few of them.</summary>
    private const int MaxExclusives = 6;

    public static string Write(StoryReport report)
    {
        var brief = report.Brief;
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            number[brief.Articles[i].Id] = i + 1;
        }
        string Markers(IEnumerable<string> sources) =>
            string.Concat(sources.Where(number.ContainsKey).Select(s => number[s]).Order().Select(n => $"<a class=\"src\" href=\"#source-{n}\">[{n}]</a>"));

        var html = new StringBuilder();
        Head(html, brief.Title);
        html.Append("<header><p class=\"site\"><a href=\"/\">Roundup</a></p></header><main><article>");
        html.Append($"<h1>{E(Cut(brief.Title))}</h1>");
        var dates = brief.Articles.Select(a => a.Published).OfType<DateOnly>().ToList();
        html.Append($"<p class=\"meta\">{brief.Articles.Count} sources · {Dates(dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null)}</p>");
        html.Append("<section aria-labelledby=\"brief\"><h2 id=\"brief\">The story</h2>");
        foreach (var sentence in brief.Summary)
        {
            html.Append($"<p>{E(sentence.Text)} {Markers(sentence.Sources)}</p>");
        }
        html.Append("</section>");
        var conflicts = report.Comparison.Figures.Where(f => f.Conflict).ToList();
        if (conflicts.Count > 0)
        {
            html.Append("<section aria-labelledby=\"differ\"><h2 id=\"differ\">Where the sources differ</h2><ul>");
            foreach (var figure in conflicts)
            {
                html.Append($"<li><strong>{E(figure.About)}</strong>: ");
                html.Append(string.Join("; ", figure.Values.Select(v => $"{E(v.Phrase.Length > 0 ? v.Phrase : v.Text)} {Markers(v.Sources)}")));
                html.Append("</li>");
            }
            html.Append("</ul></section>");
        }
        var entities = report.Comparison.Entities.OrderByDescending(e => e.Aliases.Count > 1).ThenByDescending(e => e.Mentions).Take(MaxEntities).ToList();
        if (entities.Count > 0)
        {
            html.Append("<section aria-labelledby=\"who\"><h2 id=\"who\">Who is who</h2><ul>");
            foreach (var entity in entities)
            {
                var aliases = entity.Aliases.Where(a => a != entity.Name).ToList();
                html.Append($"<li><strong>{E(entity.Name)}</strong>");
                if (aliases.Count > 0)
                {
                    html.Append($", also {E(string.Join(", ", aliases))}");
                }
                html.Append($" {Markers(entity.Sources)}</li>");
            }
            html.Append("</ul></section>");
        }
        if (report.Comparison.Timeline.Count > 0)
        {
            html.Append("<section aria-labelledby=\"when\"><h2 id=\"when\">When</h2><ul>");
            foreach (var entry in report.Comparison.Timeline)
            {
                html.Append($"<li><time datetime=\"{entry.Label}\">{entry.Label}</time> {E(entry.Text)} {Markers(entry.Sources)}</li>");
            }
            html.Append("</ul></section>");
        }
        var exclusives = report.Comparison.Exclusives.Take(MaxExclusives).ToList();
        if (exclusives.Count > 0)
        {
            html.Append("<section aria-labelledby=\"only\"><h2 id=\"only\">Only one source reports</h2><ul>");
            foreach (var exclusive in exclusives)
            {
                html.Append($"<li>{E(exclusive.Text)} {Markers(exclusive.Sources)}</li>");
            }
            html.Append("</ul></section>");
        }
        html.Append("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2><ol class=\"sources\">");
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            var a = brief.Articles[i];
            var title = E(Cut(a.Title ?? a.Id));
            var link = IsWebUrl(a.Url) ? $"<a href=\"{E(a.Url!)}\" rel=\"noopener nofollow\">{title}</a>" : title;
            html.Append($"<li id=\"source-{i + 1}\">{link}");
            var about = string.Join(" · ", new[] { a.Outlet, a.Published?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) }.OfType<string>());
            if (about.Length > 0)
            {
                html.Append($" <span class=\"meta\">{E(about)}</span>");
            }
            html.Append("</li>");
        }
        html.Append("</ol></section></article></main>");
        Foot(html);
        return html.ToString();
    }

    /// <summary>Only an absolute http(s) URL becomes a link: a <c>javascript:</c> or <c>data:</c> URL would run or show what its author wrote.</summary>
    private static bool IsWebUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
