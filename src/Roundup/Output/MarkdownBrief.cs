using System.Text;
using Roundup.Analysis;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>
/// Markdown: a heading, where the sources agree (one paragraph per sentence, marked with the outlets that carry it,
/// linked to the source list), who is who, where they differ, what only one reports, and the numbered sources.
/// </summary>
internal static class MarkdownBrief
{
    public static void Write(Brief brief, SourceComparison? comparison, TextWriter output, string anchorPrefix = "")
    {
        output.WriteLine($"# {Escape(brief.Title)}");
        output.WriteLine();
        if (comparison is not null)
        {
            output.WriteLine("## Where they agree");
            output.WriteLine();
        }
        foreach (var sentence in brief.Summary)
        {
            var numbers = BriefWriter.SourceNumbers(brief, sentence);
            var markers = comparison is null
                ? string.Join(", ", numbers.Select(n => $"[{n}](#{anchorPrefix}source-{n})"))
                : string.Join("; ", numbers.GroupBy(n => BriefWriter.OutletOrFile(brief.Articles[n - 1]))
                    .Select(g => $"[{Escape(g.Key)}](#{anchorPrefix}source-{g.First()})"));
            output.WriteLine($"{Escape(sentence.Text)} <sup>{markers}</sup>");
            output.WriteLine();
        }
        if (comparison is not null)
        {
            WriteComparison(brief, comparison, output);
        }
        output.WriteLine($"*{Plural.Of(brief.Words, "word")} from {Plural.Of(brief.Articles.Count, "article")}.*");
        output.WriteLine();
        output.WriteLine("## Sources");
        output.WriteLine();
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            var a = brief.Articles[i];
            var title = Escape(a.Title ?? a.Id);
            var linked = BriefWriter.IsWebUrl(a.Url) ? $"[{title}]({a.Url!.Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29")})" : title;
            var date = a.Published is { } d ? $", {JsonText.Iso(d)}" : "";
            output.WriteLine($"{i + 1}. <a id=\"{anchorPrefix}source-{i + 1}\"></a>**{Escape(BriefWriter.OutletOrFile(a))}**: {linked}{date}");
        }
    }

    private static void WriteComparison(Brief brief, SourceComparison comparison, TextWriter output)
    {
        if (comparison.Timeline.Count > 0)
        {
            output.WriteLine("## When");
            output.WriteLine();
            foreach (var t in comparison.Timeline)
            {
                output.WriteLine($"- **{t.Label}** {Escape(t.Text)} ({Escape(string.Join("; ", Comparison.Outlets(brief, t.Sources)))})");
            }
            output.WriteLine();
        }
        var entities = Comparison.ShownWhoIsWho(comparison).ToList();
        if (entities.Count > 0)
        {
            output.WriteLine("## Who is who");
            output.WriteLine();
            foreach (var e in entities)
            {
                var (name, details) = Comparison.Entity(e);
                output.WriteLine($"- **{Escape(name)}** {Escape(details)}");
            }
            output.WriteLine();
        }
        var conflicts = comparison.Figures.Where(f => f.Conflict).ToList();
        if (conflicts.Count > 0)
        {
            output.WriteLine("## Where they differ");
            output.WriteLine();
            foreach (var f in conflicts)
            {
                var values = f.Values.Select(v => $"**{Escape(Comparison.Value(v))}** ({Escape(string.Join("; ", Comparison.Outlets(brief, v.Sources)))})");
                output.WriteLine($"- {Escape(f.About)}: {string.Join(" vs ", values)}");
            }
            output.WriteLine();
        }
        foreach (var (outlet, items) in Comparison.ExclusivesByOutlet(brief, comparison))
        {
            output.WriteLine($"## Only in {Escape(outlet)}");
            output.WriteLine();
            foreach (var e in items)
            {
                output.WriteLine($"- {Escape(e.Text)}");
            }
            output.WriteLine();
        }
    }

    /// <summary>Backslash-escapes the characters Markdown would read as markup.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
