using System.Globalization;

namespace Roundup.Analysis.Entities;

/// <summary>The tokens of a sentence, and the tests of one token that name finding asks again and again.</summary>
internal static partial class MentionFinder
{
    /// <summary>
    /// The tokens of a sentence: words (letters and marks, with inner apostrophes and hyphens: "al-Assad's"), runs of
    /// digits, and every other character that is not a space on its own.
    /// </summary>
    public static List<string> Tokens(string sentence)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < sentence.Length)
        {
            char c = sentence[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (IsWordChar(c))
            {
                i++;
                while (i < sentence.Length && (IsWordChar(sentence[i]) || (sentence[i] is '\'' or '’' or '-' && i + 1 < sentence.Length && IsWordChar(sentence[i + 1]))))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                while (i < sentence.Length && char.IsDigit(sentence[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
                if (c < AsciiTokens.Length)
                {
                    tokens.Add(AsciiTokens[c]); // punctuation: one shared string per character, not one per occurrence
                    continue;
                }
            }
            tokens.Add(sentence[start..i]);
        }
        return tokens;
    }

    /// <summary>Each ASCII character as a string of its own.</summary>
    private static readonly string[] AsciiTokens = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// A capitalised word with a lower-case case part, but not a compound adjective ("London-based", "Russian-backed":
    /// the part after the hyphen is lower-case).
    /// </summary>
    private static bool StartsName(string token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0]) || !HasLower(token))
        {
            return false;
        }
        int dash = token.LastIndexOf('-');
        return dash < 0 || dash + 1 >= token.Length || !char.IsLower(token[dash + 1]);
    }

    private static bool HasLower(string token)
    {
        foreach (char c in token)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyStartsName(List<string> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (StartsName(tokens[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsParticle(string token)
    {
        int dash = token.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && dash + 1 < token.Length && char.IsUpper(token[dash + 1]) && char.IsLower(token[0]);
    }

    private static bool IsAcronym(List<string> tokens, int i)
    {
        var t = tokens[i];
        if (t.Length is < 2 or > MaxAcronym)
        {
            return false;
        }
        foreach (char c in t)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
