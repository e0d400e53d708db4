using System.Collections.Frozen;

namespace Roundup.Text;

/// <summary>
/// Rule-based sentence splitter tuned for news prose. A boundary is a run of terminal punctuation
/// (. ? ! … ...) plus any closing quotes or brackets, followed by whitespace and then a token that
/// can start a sentence. A period after a known abbreviation (Mr., Gen., Jan. 5), an initial (George W. Bush)
/// or inside a number is not a boundary; abbreviations that often end sentences (U.S., Inc., a.m.)
/// are boundaries only when a typical sentence opener follows. A quotation that closes within the same
/// paragraph is kept whole, so that an extract never carries half a quote.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Quotations longer than this many characters may be split inside (they are rarely one quote).</summary>
    private const int MaxQuotedSpan = 600;

    /// <summary>Titles and other abbreviations that are virtually never the last word of a sentence.</summary>
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "st", "mt", "ft", "messrs", "mme",
        "mlle", "e.g", "i.e", "cf", "vs", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that only continue a sentence when a number follows (No. 5, Vol. 2, fig. 3).</summary>
    private static readonly FrozenSet<string> BeforeNumber = new[]
    {
        "no", "nos", "vol", "art", "fig", "pp", "ca", "approx",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Abbreviations that end a sentence as often as not (He moved to the U.S. The next day …): they end one
    /// only when a typical sentence opener follows. Dotted acronyms (N.A.T.O.) are treated alike.
    /// </summary>
    private static readonly FrozenSet<string> MaybeFinal = new[]
    {
        "inc", "corp", "co", "ltd", "plc", "llc", "bros", "a.m", "p.m", "etc", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits one paragraph into sentences. Each sentence is a trimmed, verbatim slice of the input.</summary>
    public static List<string> Split(string paragraph) =>
        Ranges(paragraph).ConvertAll(range => paragraph[range]);

    /// <summary>Where the sentences of <see cref="Split"/> lie in the paragraph, without copying them.</summary>
    public static List<Range> Ranges(string paragraph)
    {
        var sentences = new List<Range>();
        int start = 0;
        int i = 0;
        int n = paragraph.Length;
        while (i < n)
        {
            char c = paragraph[i];
            if (IsOpeningQuote(paragraph, i) && FindQuoteEnd(paragraph, i) is int close && close - i <= MaxQuotedSpan)
            {
                // Skip over a quotation that closes in this paragraph; a boundary right after it is still checked.
                i = close;
                if (close > 0 && IsTerminal(paragraph[close - 1]) && IsBoundaryAfter(paragraph, close + 1, out int nextStart)
                    && !EndsWithAbbreviation(paragraph, start, close - 1, nextStart))
                {
                    Add(sentences, paragraph, start, close + 1);
                    start = nextStart;
                }
                i = close + 1;
                continue;
            }
            if (!IsTerminal(c))
            {
                i++;
                continue;
            }
            int end = i;
            while (end < n && (IsTerminal(paragraph[end]) || paragraph[end] == '.'))
            {
                end++;
            }
            while (end < n && IsClosing(paragraph[end]))
            {
                end++;
            }
            if (IsBoundaryAfter(paragraph, end, out int next) && !EndsWithAbbreviation(paragraph, start, i, next))
            {
                Add(sentences, paragraph, start, end);
                start = next;
            }
            i = end;
        }
        Add(sentences, paragraph, start, n);
        return sentences;
    }

    /// <summary>True when the text ends as a sentence does: terminal punctuation, perhaps inside quotes or brackets.</summary>
    public static bool EndsLikeSentence(string text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsClosing(text[i])))
        {
            i--;
        }
        return i >= 0 && IsTerminal(text[i]);
    }

    private static void Add(List<Range> sentences, string text, int start, int end)
    {
        if (end > text.Length)
        {
            end = text.Length;
        }
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (start < end)
        {
            sentences.Add(start..end);
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpeningQuote(string s, int i) =>
        s[i] == '“' || (s[i] == '"' && (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '['));

    /// <summary>Index of the quote that closes the one opened at <paramref name="open"/>, or null.</summary>
    private static int? FindQuoteEnd(string s, int open)
    {
        char closing = s[open] == '“' ? '”' : '"';
        int found = s.IndexOf(closing, open + 1);
        return found < 0 ? null : found;
    }

    /// <summary>
    /// True when position <paramref name="pos"/> is whitespace (or the end) and the next token can open a sentence.
    /// <paramref name="nextStart"/> is where that token starts.
    /// </summary>
    private static bool IsBoundaryAfter(string s, int pos, out int nextStart)
    {
        nextStart = pos;
        if (pos >= s.Length)
        {
            nextStart = s.Length;
            return true;
        }
        if (!char.IsWhiteSpace(s[pos]))
        {
            return false;
        }
        while (nextStart < s.Length && char.IsWhiteSpace(s[nextStart]))
        {
            nextStart++;
        }
        if (nextStart >= s.Length)
        {
            return true;
        }
        // The first letter or digit of the next token decides: lower case continues the sentence.
        int k = nextStart;
        while (k < s.Length && !char.IsLetterOrDigit(s[k]) && !char.IsWhiteSpace(s[k]))
        {
            k++;
        }
        return k >= s.Length || char.IsWhiteSpace(s[k]) || !char.IsLower(s[k]);
    }

    /// <summary>
    /// True when the terminal at <paramref name="dot"/> belongs to an abbreviation, initial or similar,
    /// so the text continues into the token at <paramref name="next"/>.
    /// </summary>
    private static bool EndsWithAbbreviation(string s, int sentenceStart, int dot, int next)
    {
        if (s[dot] != '.' || (dot + 1 < s.Length && s[dot + 1] == '.') || (dot > 0 && s[dot - 1] == '.'))
        {
            return false; // ? ! … and ellipses are not abbreviations
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(s[wordStart - 1]) && s[wordStart - 1] is not ('(' or '"' or '“' or '\''))
        {
            wordStart--;
        }
        var word = s[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }
        if (next >= s.Length)
        {
            return false;
        }
        // A single capital letter is an initial (George W. Bush, J. K. Rowling).
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        var key = word.TrimEnd('.');
        if (NeverFinal.Contains(key))
        {
            return true;
        }
        if (BeforeNumber.Contains(key))
        {
            return char.IsDigit(s[next]);
        }
        if (MaybeFinal.Contains(key) || IsDottedAcronym(key))
        {
            return !StartsWithSentenceOpener(s, next);
        }
        return false;
    }

    /// <summary>Letters separated by periods, like U.S or N.A.T.O.</summary>
    private static bool IsDottedAcronym(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        for (int i = 0; i < word.Length; i++)
        {
            bool expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A capitalised function word (The, He, But, In …) or a quote: the usual first word of a sentence.</summary>
    private static bool StartsWithSentenceOpener(string s, int at)
    {
        if (s[at] is '"' or '“' or '\'' or '‘')
        {
            return true;
        }
        int end = at;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }
        if (end == at || !char.IsUpper(s[at]))
        {
            return false;
        }
        return Stopwords.Contains(s[at..end].ToLowerInvariant());
    }
}
