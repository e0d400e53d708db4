using Roundup.Analysis;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>
/// Plain text for a terminal: the title; where the sources agree (the brief, each sentence marked with the outlets
/// that carry it); when (the dated timeline); who is who; where they differ; what only one of them reports; then the numbered sources.
/// </summary>
internal static class TextBrief
{
    public static void Write(Brief brief, SourceComparison? comparison, TextWriter output)
    {
        output.WriteLine(brief.Title);
        output.WriteLine(new string('=', Math.Min(brief.Title.Length, 78)));
        output.WriteLine();
        if (comparison is not null)
        {
            output.WriteLine("Where they agree");
            output.WriteLine();
        }
        foreach (var sentence in brief.Summary)
        {
            var marker = comparison is null
                ? string.Join(',', BriefWriter.SourceNumbers(brief, sentence))
                : string.Join("; ", Comparison.Outlets(brief, sentence.Sources));
            output.WriteLine($"{sentence.Text} [{marker}]");
        }
        if (comparison is not null)
        {
            WriteComparison(brief, comparison, output);
        }
        output.WriteLine();
        output.WriteLine($"{Plural.Of(brief.Words, "word")} from {Plural.Of(brief.Articles.Count, "article")}. Sources:");
        for (int i = 0; i < brief.Articles.Count; i++)
        {
            output.WriteLine($"[{i + 1}] {BriefWriter.SourceLine(brief.Articles[i])}");
        }
    }

    private static void WriteComparison(Brief brief, SourceComparison comparison, TextWriter output)
    {
        if (comparison.Timeline.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("When");
            output.WriteLine();
            foreach (var t in comparison.Timeline)
            {
                output.WriteLine($"- {t.Label}: {t.Text} [{string.Join("; ", Comparison.Outlets(brief, t.Sources))}]");
            }
        }
        var entities = Comparison.ShownWhoIsWho(comparison).ToList();
        if (entities.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Who is who");
            output.WriteLine();
            foreach (var e in entities)
            {
                var (name, details) = Comparison.Entity(e);
                output.WriteLine($"- {name} {details}");
            }
        }
        var conflicts = comparison.Figures.Where(f => f.Conflict).ToList();
        if (conflicts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Where they differ");
            output.WriteLine();
            foreach (var f in conflicts)
            {
                var values = f.Values.Select(v => $"{Comparison.Value(v)} ({string.Join("; ", Comparison.Outlets(brief, v.Sources))})");
                output.WriteLine($"- {f.About}: {string.Join(" vs ", values)}");
            }
        }
        foreach (var (outlet, items) in Comparison.ExclusivesByOutlet(brief, comparison))
        {
            output.WriteLine();
            output.WriteLine($"Only in {outlet}");
            output.WriteLine();
            foreach (var e in items)
            {
                output.WriteLine($"- {e.Text}");
            }
        }
    }
}
