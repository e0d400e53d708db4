using System.Text.RegularExpressions;

namespace Roundup.Text.Dates;

/// <summary>
/// Spans of a sentence that comment on a noun rather than carry the sentence's own report: non-restrictive relative
/// clauses (", which was built in 1961,") and parentheses. What they say — a date, a tense — belongs to them alone.
/// </summary>
internal static partial class Asides
{
    public static List<(int Start, int End)> In(string sentence)
    {
        var spans = new List<(int, int)>();
        foreach (Match m in Aside().Matches(sentence))
        {
            spans.Add((m.Index, m.Index + m.Length));
        }
        return spans;
    }

    [GeneratedRegex(@",\s(?:which|who|whose|whom)\b[^,;]*(?:,|$)|\([^)]*\)")]
    private static partial Regex Aside();
}
