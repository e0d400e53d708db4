using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>Plain text for a terminal: title, the brief with [1,3] source markers, then the numbered sources.</summary>
internal static class TextBrief
{
    public static void Write(Brief brief, TextWriter output)
    {
        output.WriteLine(brief.Title);
        output.WriteLine(new string('=', Math.Min(brief.Title.Length, 78)));
        output.WriteLine();
        if (brief.Summary.Count == 0)
        {
            output.WriteLine("(No sentence of these articles fits the budget.)");
        }
        foreach (var sentence in brief.Summary)
        {
            output.WriteLine($"{sentence.Text} [{string.Join(',', BriefWriter.SourceNumbers(brief, sentence))}]");
        }
        output.WriteLine();
        output.WriteLine($"{Plural.Of(brief.Words, "word")} from {Plural.Of(brief.Articles.Count, "article")}. Sources:");
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            output.WriteLine($"[{i + 1}] {BriefWriter.SourceLine(brief.Articles[i])}");
        }
    }
}
