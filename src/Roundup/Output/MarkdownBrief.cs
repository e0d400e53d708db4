using System.Text;
using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>Markdown: a heading, one paragraph per sentence with linked source markers, a numbered source list.</summary>
internal static class MarkdownBrief
{
    public static void Write(Brief brief, TextWriter output, string anchorPrefix = "")
    {
        output.WriteLine($"# {Escape(brief.Title)}");
        output.WriteLine();
        foreach (var sentence in brief.Summary)
        {
            var markers = string.Join(", ", BriefWriter.SourceNumbers(brief, sentence).Select(n => $"[{n}](#{anchorPrefix}source-{n})"));
            output.WriteLine($"{Escape(sentence.Text)} <sup>{markers}</sup>");
            output.WriteLine();
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

    /// <summary>Backslash-escapes the characters Markdown would read as markup.</summary>
    private static string Escape(string text)
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
