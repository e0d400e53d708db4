namespace Roundup.Briefing;

/// <summary>
/// Sentences that open by referring back to what their article told the reader before: "The two leaders met on
/// Friday" (the definite article and a number: a set introduced earlier) and "The Observatory said …" (the head word
/// of a name the article gave in full before: "the Syrian Observatory for Human Rights"), and "A copy of the letter
/// was obtained" (a thing the article spoke of before). Alone in a brief they name
/// someone the reader never met, so a brief takes them only when nothing else fills it.
/// </summary>
internal static class BackReferences
{
    /// <summary>Numbers that, after "The", count a set already named ("The two leaders", "The three men").</summary>
    private static readonly HashSet<string> Cardinals = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    /// <summary>
    /// True when sentence <paramref name="at"/> of the corpus opens with a reference to something its article
    /// introduced earlier.
    /// </summary>
    public static bool OpensWithOne(Corpus corpus, int at)
    {
        var s = corpus.Sentences[at];
        if (s.Tokens.Length >= 5 && s.Tokens[0] is "a" or "an" && s.Tokens[2] == "of" && s.Tokens[3] == "the")
        {
            // "A copy of the letter was obtained Thursday": the letter the article spoke of before.
            return StemSaidBefore(corpus, at, s.Stems[4]);
        }
        if (s.Tokens.Length < 2 || s.Tokens[0] != "the")
        {
            return false;
        }
        if (Cardinals.Contains(s.Tokens[1]) || (s.Tokens[1].Length > 0 && char.IsAsciiDigit(s.Tokens[1][0])))
        {
            return true;
        }
        return HeadWord(s.Text) is { } head && NamedInFullBefore(corpus, at, head);
    }

    /// <summary>True when an earlier sentence of the same article holds the stem <paramref name="stem"/>.</summary>
    private static bool StemSaidBefore(Corpus corpus, int at, string stem) =>
        EarlierInArticle(corpus, at).Any(earlier => Array.IndexOf(earlier.Stems, stem) >= 0);

    /// <summary>
    /// The sentences of the article of sentence <paramref name="at"/> that come before it. An article's sentences
    /// stand together in the corpus, in order, so they are the <c>Index</c> sentences before it.
    /// </summary>
    private static IEnumerable<Sentence> EarlierInArticle(Corpus corpus, int at)
    {
        var s = corpus.Sentences[at];
        for (int e = Math.Max(0, at - s.Index); e < at; e++)
        {
            if (corpus.Sentences[e].Article == s.Article)
            {
                yield return corpus.Sentences[e];
            }
        }
    }

    /// <summary>The one capitalised word after an opening "The", when a lower-case word follows it ("The Observatory said").</summary>
    private static string? HeadWord(string text)
    {
        if (!text.StartsWith("The ", StringComparison.Ordinal))
        {
            return null;
        }
        int start = 4;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        bool single = end > start + 1 && char.IsUpper(text[start]) && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);
        return single ? text[start..end] : null;
    }

    /// <summary>True when an earlier sentence of the same article writes <paramref name="head"/> after another capitalised word.</summary>
    private static bool NamedInFullBefore(Corpus corpus, int at, string head) =>
        EarlierInArticle(corpus, at).Any(earlier => WrittenAfterAName(earlier.Text, head));

    private static bool WrittenAfterAName(string text, string head)
    {
        for (int p = text.IndexOf(head, StringComparison.Ordinal); p >= 0; p = text.IndexOf(head, p + head.Length, StringComparison.Ordinal))
        {
            if (PrecededByName(text, p) && (p + head.Length == text.Length || !char.IsLetter(text[p + head.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the word before position <paramref name="at"/> is capitalised and does not open the sentence.</summary>
    private static bool PrecededByName(string text, int at)
    {
        int end = at - 1;
        if (end < 1 || text[end] != ' ')
        {
            return false;
        }
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start > 0 && start < end && char.IsUpper(text[start]);
    }
}
