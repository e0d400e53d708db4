namespace Roundup.Text;

/// <summary>
/// Splits text into lower-case word tokens for comparison and scoring: runs of letters and digits.
/// An apostrophe inside a word ends it and a lone possessive "s" after it is dropped
/// (Syria’s → syria); numbers keep their digits (2,000 → 2000, 3.5 → 3.5).
/// </summary>
internal static class Tokenizer
{
    public static List<string> Words(string text)
    {
        var tokens = new List<string>();
        foreach (var word in EnumerateWords(text, stackalloc char[MaxTokenLength]))
        {
            tokens.Add(new string(word));
        }
        return tokens;
    }

    /// <summary>
    /// The same tokens as <see cref="Words"/> without allocating: each is written lower-cased into
    /// <paramref name="buffer"/> (at least <see cref="MaxTokenLength"/> chars) and valid until the next one.
    /// </summary>
    public static WordEnumerator EnumerateWords(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (buffer.Length < MaxTokenLength)
        {
            throw new ArgumentException($"The buffer must hold {MaxTokenLength} chars.", nameof(buffer));
        }
        return new WordEnumerator(text, buffer);
    }

    /// <summary>Enumerates the tokens of a text into a caller's buffer (see <see cref="EnumerateWords"/>).</summary>
    public ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly Span<char> _buffer;
        private int _position;
        private int _length;

        internal WordEnumerator(ReadOnlySpan<char> text, Span<char> buffer)
        {
            _text = text;
            _buffer = buffer;
        }

        public readonly ReadOnlySpan<char> Current => _buffer[.._length];

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            int i = _position;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                int length = 0;
                while (i < text.Length)
                {
                    char c = text[i];
                    if (char.IsLetterOrDigit(c))
                    {
                        if (length < MaxTokenLength)
                        {
                            _buffer[length++] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
                        }
                        i++;
                    }
                    else if ((c is ',' or '.') && length > 0 && char.IsDigit(_buffer[length - 1])
                        && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        // Digit grouping and decimals stay inside one number token.
                        if (c == '.' && length < MaxTokenLength)
                        {
                            _buffer[length++] = '.';
                        }
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                bool possessive = length == 1 && _buffer[0] == 's' && i - 2 >= 0 && IsApostrophe(text[i - 2]);
                if (!possessive)
                {
                    _position = i;
                    _length = length;
                    return true;
                }
            }
            _position = i;
            _length = 0;
            return false;
        }
    }

    /// <summary>Longer runs of letters (URLs without spaces, base64) are cut: no word is this long.</summary>
    public const int MaxTokenLength = 64;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}
