namespace Roundup.Text;

/// <summary>
/// Splits text into lower-case word tokens for comparison and scoring: runs of letters and digits.
/// An apostrophe inside a word ends it and a lone possessive "s" after it is dropped
/// (Syria’s → syria); numbers keep their digits (2,000 → 2000, 3.5 → 3.5).
/// </summary>
public static class Tokenizer
{
    public static List<string> Words(string text)
    {
        var tokens = new List<string>();
        Span<char> buffer = stackalloc char[MaxTokenLength];
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            int length = 0;
            while (i < text.Length)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (length < MaxTokenLength)
                    {
                        buffer[length++] = char.ToLowerInvariant(c);
                    }
                    i++;
                }
                else if ((c is ',' or '.') && length > 0 && char.IsDigit(buffer[length - 1])
                    && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    // Digit grouping and decimals stay inside one number token.
                    if (c == '.' && length < MaxTokenLength)
                    {
                        buffer[length++] = '.';
                    }
                    i++;
                }
                else
                {
                    break;
                }
            }
            bool possessive = length == 1 && buffer[0] == 's' && i - 2 >= 0 && IsApostrophe(text[i - 2]);
            if (!possessive)
            {
                tokens.Add(new string(buffer[..length]));
            }
        }
        return tokens;
    }

    /// <summary>Longer runs of letters (URLs without spaces, base64) are cut: no word is this long.</summary>
    private const int MaxTokenLength = 64;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}
