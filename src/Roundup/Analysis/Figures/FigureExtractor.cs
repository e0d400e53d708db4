using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Roundup.Concurrency;
using Roundup.Text;

namespace Roundup.Analysis.Figures;

/// <summary>One count read from one sentence: "at least 400 fighters" lost by ISIS.</summary>
/// <param name="Value">The number.</param>
/// <param name="Hedge">How it is qualified.</param>
/// <param name="Counted">What it counts, as written ("troops and militiamen").</param>
/// <param name="Predicate">What happened to them, as a class ("killed") or the verb's stem.</param>
/// <param name="Verb">The verb as written ("were killed" gives "killed"), empty when none was found.</param>
/// <param name="Phrase">The hedge, number and counted words as written ("at least 400 fighters").</param>
/// <param name="Context">Content stems of the sentence outside the figure: who and where.</param>
internal sealed record FigureMention(double Value, Hedge Hedge, string Counted, string Predicate, string Verb, string Phrase, IReadOnlySet<string> Context)
{
    /// <summary>
    /// True when the count is one conjunct of an enumeration ("two women and a man", "a man and two women"): it counts
    /// a part of those the sentence speaks of, never their whole.
    /// </summary>
    public bool Part { get; init; }

    /// <summary>
    /// True when the count is the subject of its verb ("89 people were arrested"), false when something does the
    /// verb to it ("he caught 29 passes"): then who did it matters.
    /// </summary>
    public bool Subject { get; init; }
}

/// <summary>
/// Finds counts in a sentence: a number (digits or words) with a hedge before it, the noun phrase it counts after
/// it, and the verb that says what happened. Dates, years, times, durations, ages, ordinals, money and percentages
/// are not counts and are left out, as are partitives ("two of the temples") and vague amounts ("dozens").
/// </summary>
internal static partial class FigureExtractor
{
    /// <summary>A counted noun phrase is short: longer runs are clauses, not what the number counts.</summary>
    private const int MaxCountedWords = 6;

    /// <summary>Years are four-digit numbers in this range written without a thousands separator.</summary>
    private const int FirstYear = 1800;

    private const int LastYear = 2100;

    /// <summary>Words, and numbers with their thousands ("1,400", and "1, 400" as some texts space them).</summary>
    [GeneratedRegex(@"[0-9]+(?:, ?[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?|[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    /// <summary>
    /// The counts in each sentence of <paramref name="corpus"/>; a sentence with no digit and no number word among its
    /// tokens is not read again.
    /// </summary>
    public static List<FigureMention>[] ExtractAll(Roundup.Briefing.StoryText corpus)
    {
        var result = new List<FigureMention>[corpus.Sentences.Count];
        Parallelism.For(result.Length, i =>
        {
            var tokens = corpus.Sentences[i].Tokens;
            bool mayCount = false;
            foreach (var t in tokens)
            {
                if (char.IsAsciiDigit(t[0]) || NumberWords.IsNumberWord(t))
                {
                    mayCount = true;
                    break;
                }
            }
            var sentence = corpus.Sentences[i];
            result[i] = mayCount ? Extract(sentence.Text, () => Context(sentence)) : [];
        });
        return result;
    }

    /// <summary>
    /// Every number <paramref name="sentence"/> writes, counts or not ("four from friendly fire"), and those it gives
    /// as a part of a count ("170,000 of them", "four of whom"): one reading for both.
    /// </summary>
    public static (HashSet<double> All, double[] Parts) Numbers(string sentence)
    {
        var lower = TokenPattern().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        var values = new HashSet<double>();
        var parts = new List<double>();
        for (int i = 0; i < lower.Count; i++)
        {
            if ((char.IsAsciiDigit(lower[i][0]) || NumberWords.IsNumberWord(lower[i])) && !NumberWords.IsScale(lower[i]) && NumberWords.Read(lower, i) is { } n)
            {
                values.Add(n.Value);
                int after = i + n.Length;
                if (after + 1 < lower.Count && lower[after] == "of" && lower[after + 1] is "them" or "whom" or "those" or "these")
                {
                    parts.Add(n.Value);
                }
                i = after - 1;
            }
        }
        return (values, parts.ToArray());
    }

    /// <summary>
    /// The years and months <paramref name="sentence"/> names from <paramref name="from"/> on, and "ago": words that
    /// date an incident. Given where a count stands (<paramref name="countAt"/>), only those up to the end of its clause
    /// (<see cref="ClauseEnd"/>): a clause that opens after it ("…, which he called the worst since 2014") dates
    /// something else.
    /// </summary>
    public static HashSet<string> TimeMarkers(string sentence, int countAt = -1, int from = 0)
    {
        var markers = new HashSet<string>(StringComparer.Ordinal);
        int end = countAt >= 0 ? ClauseEnd(sentence, countAt) : sentence.Length;
        Span<char> lower = stackalloc char[MaxMarkerLength];
        foreach (var m in TokenPattern().EnumerateMatches(sentence, from))
        {
            if (m.Index >= end)
            {
                break;
            }
            if (m.Length > MaxMarkerLength)
            {
                continue;
            }
            var word = lower[..m.Length];
            sentence.AsSpan(m.Index, m.Length).ToLowerInvariant(word);
            bool year = word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= FirstYear and <= LastYear;
            if (year || MonthLookup.Contains(word) || word.SequenceEqual("ago"))
            {
                markers.Add(word.ToString());
            }
        }
        return markers;
    }

    /// <summary>
    /// Where the clause holding the count at <paramref name="countAt"/> opens: after the last ", and", ", but" or ";"
    /// before it, which join clauses that each say what happened where; 0 when the count's clause opens the sentence.
    /// </summary>
    public static int ClauseStart(string sentence, int countAt)
    {
        int start = 0;
        foreach (var joint in ClauseJoints)
        {
            int i = sentence.LastIndexOf(joint, Math.Max(countAt - 1, 0), StringComparison.Ordinal);
            if (i >= 0 && i + joint.Length <= countAt)
            {
                start = Math.Max(start, i + joint.Length);
            }
        }
        return start;
    }

    /// <summary>Where the clause holding the count at <paramref name="countAt"/> ends: at the first word after it that opens another ("which", "since", ";").</summary>
    public static int ClauseEnd(string sentence, int countAt)
    {
        Span<char> lower = stackalloc char[MaxMarkerLength];
        foreach (var m in TokenPattern().EnumerateMatches(sentence, countAt))
        {
            if (m.Length > MaxMarkerLength)
            {
                continue;
            }
            var word = lower[..m.Length];
            sentence.AsSpan(m.Index, m.Length).ToLowerInvariant(word);
            if (ClauseOpenerLookup.Contains(word))
            {
                return m.Index;
            }
        }
        return sentence.Length;
    }

    /// <summary>The longest word that may date a count or open a clause ("september", "because" are far shorter).</summary>
    private const int MaxMarkerLength = 16;

    /// <summary>True when <paramref name="text"/> (what comes before a count) speaks of someone as "he" or "she".</summary>
    public static bool NamesSomeoneByPronoun(string text)
    {
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The content stems of a corpus sentence, from the brief's own tokens and stems: read once, not per count.</summary>
    private static HashSet<string> Context(Roundup.Briefing.Sentence sentence)
    {
        var context = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 0; t < sentence.Tokens.Length; t++)
        {
            var token = sentence.Tokens[t];
            if (IsContextWord(token))
            {
                context.Add(sentence.Stems[t]);
            }
        }
        return context;
    }

    /// <summary>
    /// The counts in <paramref name="sentence"/>; <paramref name="sentenceContext"/>, when given, reads the content stems
    /// of the whole sentence, shared by its counts: only when it has one (most numbers are dates, ages or money).
    /// </summary>
    public static List<FigureMention> Extract(string sentence, Func<IReadOnlySet<string>>? sentenceContext = null)
    {
        IReadOnlySet<string>? context = null;
        var matches = TokenPattern().Matches(sentence);
        var tokens = matches.Select(m => m.Value).ToList();
        var lower = tokens.Select(t => t.ToLowerInvariant()).ToList();
        var result = new List<FigureMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!(char.IsAsciiDigit(lower[i][0]) || NumberWords.IsNumberWord(lower[i])) || NumberWords.IsScale(lower[i]))
            {
                continue;
            }
            if (NumberWords.Read(lower, i) is not { } number)
            {
                continue;
            }
            int after = i + number.Length;
            if (!IsCount(sentence, matches, lower, i, after, number.Value))
            {
                i = after - 1;
                continue;
            }
            var (hedge, hedgeStart) = Hedges.Before(lower, i);
            if (hedgeStart > 0 && lower[hedgeStart - 1] is "another" or "additional" or "further" or "extra")
            {
                i = after - 1;
                continue; // "another four people died": an increment, not the toll
            }
            int end = CountedEnd(lower, after);
            string counted, predicate, verb;
            if (BareToll(lower, after) is { } bare)
            {
                // "30 injured", "20 dead and dozens wounded", "with 64 killed": the toll's word follows the number.
                (counted, predicate, verb, end) = ("people", bare.Class, bare.Verb, after);
            }
            else if (end == after)
            {
                // A bare number counts people when a toll's verb or "toll" says so ("50 were injured", "killing 10",
                // "the death toll rose to 12"); otherwise what it counts is not said next to it.
                if (ImpliedToll(lower, hedgeStart, after) is not { } toll)
                {
                    i = after - 1;
                    continue;
                }
                (counted, predicate, verb) = ("people", toll.Class, toll.Verb);
            }
            else
            {
                counted = string.Join(' ', tokens.Skip(after).Take(end - after));
                (predicate, verb) = Predicate(lower, hedgeStart, end, counted);
                if (DeathNoun(lower[end - 1], verb))
                {
                    // "19 fatalities", "40 deaths", "claimed 18 lives": a count of the dead.
                    (counted, predicate) = ("people", "killed");
                }
            }
            var phrase = sentence[matches[hedgeStart].Index..(matches[end - 1].Index + matches[end - 1].Length)];
            context ??= sentenceContext is not null ? sentenceContext() : ContextOf(lower);
            bool subject = verb.Length > 0 && FirstAfter(lower, end) == verb;
            result.Add(new FigureMention(number.Value, hedge, counted, predicate, verb, phrase, context) { Part = Enumerated(lower, hedgeStart, end), Subject = subject });
            i = end - 1;
        }
        return result;
    }

    /// <summary>A lower-case word that says who or where: a content word, not a number.</summary>
    private static bool IsContextWord(string word) =>
        word.Length > 1 && char.IsLetter(word[0]) && !Stopwords.Contains(word) && !NumberWords.IsNumberWord(word);

    private static HashSet<string> ContextOf(List<string> lower)
    {
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in lower)
        {
            if (IsContextWord(word))
            {
                context.Add(PorterStemmer.Stem(word));
            }
        }
        return context;
    }

    /// <summary>False for what looks like a number but is no count of things.</summary>
    private static bool IsCount(string sentence, MatchCollection matches, List<string> lower, int at, int after, double value)
    {
        var token = matches[at];
        int next = token.Index + token.Length;
        // Attached to a letter, a hyphen or a symbol: "2,000-year-old", "27th", "5km", "24/7".
        if (next < sentence.Length && (char.IsLetter(sentence[next]) || sentence[next] is '-' or '/' or '%' or ':' or '‐' or '–'))
        {
            return false;
        }
        if (token.Index > 0 && sentence[token.Index - 1] is '$' or '£' or '€' or '-' or '/' or ':' or '#' or '.')
        {
            return false;
        }
        bool digits = char.IsAsciiDigit(lower[at][0]);
        if (digits && value >= FirstYear && value <= LastYear && !lower[at].Contains(',', StringComparison.Ordinal) && after == at + 1)
        {
            return false; // a year
        }
        if ((at > 0 && Months.Contains(lower[at - 1].TrimEnd('.'))) || (after < lower.Count && Months.Contains(lower[after])))
        {
            return false; // a date: "Feb 27", "27 March"
        }
        if (after >= lower.Count)
        {
            return false;
        }
        var following = lower[after];
        if (following is "of" or "-" or "'s" or "’s" || TimeUnits.Contains(following) || NotCounts.Contains(following))
        {
            return false;
        }
        // "one" is most often a pronoun or an article ("one of", "one day"); as a count it stands before a noun.
        return lower[at] != "one" || (after < lower.Count && !Stopwords.Contains(following) && char.IsLetter(following[0]));
    }

    /// <summary>
    /// A present participle or an irregular past: after "and" it opens a second clause ("10 people and injuring 50"), not
    /// a noun. A form in -ed may be an adjective ("soldiers and allied fighters") and is left in the phrase.
    /// </summary>
    private static bool VerbForm(string word) => word.EndsWith("ing", StringComparison.Ordinal) || IrregularPast.Contains(word);

    /// <summary>
    /// True when the count from <paramref name="start"/> to <paramref name="end"/> is joined by "and" to another
    /// counted group, after it ("two women and a man") or before it ("a man and two women").
    /// </summary>
    private static bool Enumerated(List<string> lower, int start, int end)
    {
        static bool Quantifier(string word) => word is "a" or "an" || char.IsAsciiDigit(word[0]) || NumberWords.IsNumberWord(word);
        if (end + 1 < lower.Count && lower[end] == "and" && Quantifier(lower[end + 1]))
        {
            return true;
        }
        // "a man and two women": "and", one noun, then a quantifier before it.
        return start >= 3 && lower[start - 1] == "and" && char.IsLetter(lower[start - 2][0]) && Quantifier(lower[start - 3]);
    }

    /// <summary>The end (exclusive) of the noun phrase a number counts: nouns and adjectives, joined by "and".</summary>
    private static int CountedEnd(List<string> lower, int start)
    {
        int end = start;
        while (end < lower.Count && end - start < MaxCountedWords)
        {
            var word = lower[end];
            if (!char.IsLetter(word[0]) || TimeUnits.Contains(word))
            {
                break;
            }
            bool nextIsWord = end + 1 < lower.Count && char.IsLetter(lower[end + 1][0]) && !Stopwords.Contains(lower[end + 1]);
            if (Stopwords.Contains(word))
            {
                // "troops and militiamen": a conjunction between two nouns belongs to the phrase.
                if (word == "and" && end > start && nextIsWord && !VerbForm(lower[end + 1]))
                {
                    end++;
                    continue;
                }
                break;
            }
            // A past form followed by a function word is the verb ("fighters died in"), not a modifier ("allied fighters");
            // a toll's word after the noun says what happened to it ("left 15 people dead across the region").
            if (end > start && ((word.EndsWith("ed", StringComparison.Ordinal) && !nextIsWord) || IrregularPast.Contains(word) || Predicates.IsToll(word)))
            {
                break;
            }
            end++;
        }
        // "612 people and injured more": an "and" that joins no second noun is not part of the phrase.
        return end > start && lower[end - 1] == "and" ? end - 1 : end;
    }

    /// <summary>The first word from <paramref name="at"/> on that is no auxiliary or time word, or null.</summary>
    private static string? FirstAfter(List<string> lower, int at)
    {
        while (at < lower.Count && (Auxiliaries.Contains(lower[at]) || TimeUnits.Contains(lower[at])))
        {
            at++;
        }
        return at < lower.Count ? lower[at] : null;
    }

}
