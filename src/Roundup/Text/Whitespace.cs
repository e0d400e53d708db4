using System.Text;

namespace Roundup.Text;

/// <summary>Whitespace as text is compared and shown: single spaces between words, none at the ends.</summary>
internal static class Whitespace
{
    /// <summary>Collapses every run of whitespace (line breaks and no-break spaces included) to one space and trims the ends.</summary>
    public static string Normalize(string text)
    {
        if (IsNormalized(text))
        {
            return text; // the common case: nothing to copy
        }
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>No leading or trailing whitespace, and only single spaces between words.</summary>
    private static bool IsNormalized(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }
}
