using System.Buffers;
using System.Text;

namespace Roundup.Text;

/// <summary>
/// Control characters in text from the web: an escape sequence in a title or a file name would reach the reader's
/// terminal and act there (recolour it, move the cursor, retitle the window). Only line breaks and tabs are text.
/// </summary>
public static class ControlCharacters
{
    /// <summary>C0 controls other than tab and line feed, DEL, and the C1 controls.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).ToArray());

    /// <summary>The text without control characters (the same string when it has none).</summary>
    public static string Strip(string text)
    {
        int first = text.AsSpan().IndexOfAny(Controls);
        if (first < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (!Controls.Contains(text[i]))
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>A text that may be null, without control characters.</summary>
    public static string? StripOrNull(string? text) => text is null ? null : Strip(text);
}
