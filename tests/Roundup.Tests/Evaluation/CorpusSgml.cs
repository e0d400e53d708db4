using System.Text;

namespace Roundup.Tests.Evaluation;

/// <summary>
/// Writes an article (one sentence a line, headline lines first) as a news corpus distributes it: a TDT/DUC
/// document whose text is one block hard-wrapped at 72 columns, or an AQUAINT-style one with a &lt;P&gt; per
/// sentence; quotation marks TeX-style. The same layout as `bench/ecbplus-duc.py --sgml`.
/// </summary>
internal static class CorpusSgml
{
    private const int WrapColumn = 72;

    public static string Document(string id, string text, bool wrapped)
    {
        var sentences = TexQuotes(string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).Split('\n').ToList();
        var sb = new StringBuilder($"<DOC>\n<DOCNO> {id} </DOCNO>\n<DOCTYPE> NEWS </DOCTYPE>\n<TXTTYPE> NEWSWIRE </TXTTYPE>\n");
        // The lines above the first sentence (headline, date, deck) are the corpora's headline, not their text.
        int lead = 0;
        while (lead < sentences.Count - 1 && !sentences[lead].TrimEnd('”', '’', '\'').EndsWith('.') && !sentences[lead].EndsWith('!') && !sentences[lead].EndsWith('?'))
        {
            lead++;
        }
        if (lead > 0)
        {
            sb.Append($"<HEADLINE>\n{string.Join(' ', sentences.Take(lead))}\n</HEADLINE>\n");
            sentences.RemoveRange(0, lead);
        }
        sb.Append("<TEXT>\n");
        if (wrapped)
        {
            sb.AppendJoin('\n', Wrap(string.Join(' ', sentences))).Append('\n');
        }
        else
        {
            foreach (var sentence in sentences)
            {
                sb.Append("<P>\n   ").AppendJoin('\n', Wrap(sentence)).Append("\n</P>\n");
            }
        }
        return sb.Append("</TEXT>\n</DOC>\n").ToString();
    }

    /// <summary>Straight double quotes as TeX writes them, opening and closing in turn through the whole text.</summary>
    private static string TexQuotes(string sentence)
    {
        var sb = new StringBuilder();
        bool opening = true;
        foreach (char c in sentence)
        {
            if (c == '"')
            {
                sb.Append(opening ? "``" : "''");
                opening = !opening;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > WrapColumn)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }
}
