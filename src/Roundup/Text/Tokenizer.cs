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
        var buffer = new System.Text.StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            buffer.Clear();
            while (i < text.Length)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    buffer.Append(char.ToLowerInvariant(c));
                    i++;
                }
                else if ((c is ',' or '.') && buffer.Length > 0 && char.IsDigit(buffer[^1])
                    && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    // Digit grouping and decimals stay inside one number token.
                    if (c == '.')
                    {
                        buffer.Append('.');
                    }
                    i++;
                }
                else
                {
                    break;
                }
            }
            var token = buffer.ToString();
            bool possessive = token == "s" && i - 2 >= 0 && IsApostrophe(text[i - 2]);
            if (!possessive)
            {
                tokens.Add(token);
            }
        }
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}
