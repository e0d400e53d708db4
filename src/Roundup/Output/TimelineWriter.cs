using System.Net;
using System.Text.Json;
using Roundup.Analysis.Timelines;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>
/// Writes a collection timeline. JSON: <c>{"timeline": [{"date", "summary": [sentence, ...], "sources": [ids],
/// "sentences": [{"text", "sources"}], "mentions", "published"}], "articles": [{"id", "outlet", "title", "published",
/// "url"}]}</c> — <c>summary</c> and <c>sources</c> are what timeline evaluation reads; <c>sentences</c> credits each
/// sentence to its own sources.
/// </summary>
public static class TimelineWriter
{
    /// <summary>Writes <paramref name="timeline"/> of <paramref name="articles"/> in <paramref name="format"/>.</summary>
    public static void Write(IReadOnlyList<TimelineDay> timeline, IReadOnlyList<Article> articles, BriefFormat format, TextWriter output)
    {
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            byId.TryAdd(a.Id, a);
        }
        string Outlets(IEnumerable<string> ids) => string.Join("; ", ids.Select(id => byId.TryGetValue(id, out var a) ? BriefWriter.OutletOrFile(a) : id).Distinct());
        var title = Title(timeline, articles);
        switch (format)
        {
            case BriefFormat.Json:
                Json(timeline, articles, output);
                break;
            case BriefFormat.Text:
                output.WriteLine(title);
                output.WriteLine(new string('=', Math.Min(title.Length, 78)));
                foreach (var day in timeline)
                {
                    output.WriteLine();
                    output.WriteLine($"{JsonText.Iso(day.Date)}  ({Counts(day)})");
                    foreach (var s in day.Summary)
                    {
                        output.WriteLine($"- {s.Text} [{Outlets(s.Sources)}]");
                    }
                }
                break;
            case BriefFormat.Markdown:
                output.WriteLine($"# {title}");
                foreach (var day in timeline)
                {
                    output.WriteLine();
                    output.WriteLine($"## {JsonText.Iso(day.Date)}");
                    output.WriteLine();
                    foreach (var s in day.Summary)
                    {
                        output.WriteLine($"- {MarkdownBrief.Escape(s.Text)} ({MarkdownBrief.Escape(Outlets(s.Sources))})");
                    }
                }
                break;
            case BriefFormat.Html:
                HtmlBrief.Head(title, output);
                output.WriteLine($"<h1>{E(title)}</h1>");
                foreach (var day in timeline)
                {
                    output.WriteLine($"<h2><time datetime=\"{JsonText.Iso(day.Date)}\">{JsonText.Iso(day.Date)}</time> <span class=\"meta\">{E(Counts(day))}</span></h2>");
                    output.WriteLine("<ul class=\"timeline\">");
                    foreach (var s in day.Summary)
                    {
                        output.WriteLine($"<li>{E(s.Text)} <span class=\"meta\">({E(Outlets(s.Sources))})</span></li>");
                    }
                    output.WriteLine("</ul>");
                }
                HtmlBrief.Foot(output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown timeline format.");
        }
    }

    private static string Title(IReadOnlyList<TimelineDay> timeline, IReadOnlyList<Article> articles) =>
        timeline.Count == 0
            ? $"Timeline of {Plural.Of(articles.Count, "article")}: no dated events found"
            : $"Timeline of {Plural.Of(articles.Count, "article")}, {JsonText.Iso(timeline[0].Date)} to {JsonText.Iso(timeline[^1].Date)}";

    private static string Counts(TimelineDay day) =>
        $"named by {Plural.Of(day.Mentions, "article")}, {Plural.Of(day.Published, "article")} published";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Json(IReadOnlyList<TimelineDay> timeline, IReadOnlyList<Article> articles, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonText.Indented.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("timeline");
            foreach (var day in timeline)
            {
                json.WriteStartObject();
                json.WriteString("date", JsonText.Iso(day.Date));
                JsonBrief.Strings(json, "summary", day.Summary.Select(s => s.Text));
                JsonBrief.Strings(json, "sources", day.Summary.SelectMany(s => s.Sources).Distinct());
                json.WriteStartArray("sentences");
                foreach (var s in day.Summary)
                {
                    json.WriteStartObject();
                    json.WriteString("text", s.Text);
                    JsonBrief.Strings(json, "sources", s.Sources);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteNumber("mentions", day.Mentions);
                json.WriteNumber("published", day.Published);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("articles");
            foreach (var a in articles)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Id);
                json.WriteString("outlet", a.Outlet);
                json.WriteString("title", a.Title);
                json.WriteString("published", JsonText.Iso(a.Published));
                json.WriteString("url", a.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
