namespace Roundup.Ingest.Html;

/// <summary>
/// Text spelled to slip past filters: words that mix Latin letters with look-alike Cyrillic or Greek ones ("Yоur
/// соntеnt" with Cyrillic о and е). Advertising and spam write so; an article's prose never does.
/// </summary>
internal static class Obfuscation
{
    /// <summary>Two words mixing scripts make a paragraph obfuscated: one may be a brand's stylised name.</summary>
    private const int MinMixedScriptWords = 2;

    /// <summary>How many words of <paramref name="text"/> mix Latin letters with Cyrillic or Greek ones.</summary>
    public static int MixedScriptWords(string text)
    {
        int mixed = 0;
        bool latin = false, other = false;
        foreach (char c in text + " ")
        {
            if (char.IsLetter(c))
            {
                latin |= c < 0x250;
                other |= c is >= '\u0370' and <= '\u04FF';
            }
            else if (char.IsWhiteSpace(c))
            {
                mixed += latin && other ? 1 : 0;
                latin = other = false;
            }
        }
        return mixed;
    }

    /// <summary>True when enough words of <paramref name="text"/> mix scripts to tell obfuscation from a stylised name.</summary>
    public static bool IsObfuscated(string text) => MixedScriptWords(text) >= MinMixedScriptWords;
}
