using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Roundup.Text;

namespace Roundup.Analysis.Entities;

/// <summary>
/// Keys that make two spellings of one name compare equal: the same name with or without an Arabic article
/// ("Al-Sukhnah" / "Sukhnah", "Deir al-Zor" / "Deir ez-Zor"), accents and hyphens, and transliterations that differ
/// only in vowels ("Abdulrahman" / "Abdel Rahman").
/// </summary>
internal static class NameKeys
{
    /// <summary>The Arabic article as English texts write it, assimilated or not: "al-", "el-", "ez-", "ash-"…</summary>
    private static readonly FrozenSet<string> ArabicArticles = FrozenSet.ToFrozenSet(
        ["al", "el", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "az", "ez", "at", "et", "an", "en", "ath", "adh", "az", "ul"],
        StringComparer.Ordinal);

    /// <summary>Words an acronym skips: "Islamic State in Iraq and Syria" is ISIS.</summary>
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["of", "in", "and", "the", "for", "on", "de", "du", "la", "le", "des", "al", "el", "to", "&"], StringComparer.Ordinal);

    /// <summary>
    /// A skeleton of fewer consonants than this is too short to tell two names apart by it ("Angels" and "Angeles"
    /// share four).
    /// </summary>
    private const int MinSkeleton = 5;

    /// <summary>Transliterations of one name differ in a vowel or two; more edits make another name.</summary>
    private const int MaxVowelEdits = 2;

    /// <summary>
    /// Abbreviations English writes inside names, with the word each stands for: "Mt Cook" is Mount Cook, "American
    /// Blvd" American Boulevard, "TallGrass Distribution Ltd" … Limited. Only unambiguous ones: "St" may be Saint or
    /// Street.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mt"] = "mount",
        ["ft"] = "fort",
        ["blvd"] = "boulevard",
        ["ave"] = "avenue",
        ["rd"] = "road",
        ["ltd"] = "limited",
        ["corp"] = "corporation",
        ["inc"] = "incorporated",
        ["dept"] = "department",
        ["univ"] = "university",
        ["natl"] = "national",
        ["intl"] = "international",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for an abbreviation that stands inside names ("Mt", "Blvd"): alone, it names nothing.</summary>
    public static bool IsAbbreviation(string word) => Abbreviations.ContainsKey(word.ToLowerInvariant().TrimEnd('.'));

    /// <summary>The words of a name, lower-case, without accents, possessives or Arabic articles ("al-Assad's" → "assad").</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        bool initial = false;
        foreach (var raw in name.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = StripAccents(raw.ToLowerInvariant()).Replace('’', '\'');
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }
            word = word.Trim('\'', '.', ',');
            int dash = word.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && ArabicArticles.Contains(word[..dash]))
            {
                word = word[(dash + 1)..];
            }
            if (word.Length == 0 || ArabicArticles.Contains(word))
            {
                continue;
            }
            // "L.A. Times", "U.S. Army": dotted initials are one word, as in "LA Times".
            if (word.Length > 2 && word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length == 1))
            {
                word = word.Replace(".", "", StringComparison.Ordinal);
            }
            // "U. S. Geological Survey": initials written apart are one word, as in "US Geological Survey".
            bool single = word.Length == 1 && raw.EndsWith('.');
            if (single && initial && words[^1].Length < MinSkeleton)
            {
                words[^1] += word;
            }
            else
            {
                words.Add(Abbreviations.TryGetValue(word, out var full) ? full : word);
            }
            initial = single;
        }
        return words;
    }

    /// <summary>The exact key: the words joined, hyphens dropped ("Deir ez-Zor" and "Deir al-Zor" → "deirzor").</summary>
    public static string Exact(string name)
    {
        // Stories name the same few places and people again and again: each spelling is keyed once per thread.
        var cache = t_exact ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var key))
        {
            return key;
        }
        if (cache.Count >= MaxCachedKeys)
        {
            cache.Clear();
        }
        return cache[name] = string.Concat(Words(name)).Replace("-", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
    }

    /// <summary>Spellings whose keys are remembered per thread; the cache starts again beyond it, so memory stays bounded.</summary>
    private const int MaxCachedKeys = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_exact;

    /// <summary>
    /// True when two names are one name transliterated twice: same first letter, same consonants (doubled letters
    /// once), and a vowel or two apart. Short names must match exactly: their consonants say too little.
    /// </summary>
    public static bool Transliterations(string a, string b)
    {
        var (ka, kb) = (Exact(a), Exact(b));
        if (ka == kb)
        {
            return ka.Length > 0;
        }
        if (ka.Length == 0 || kb.Length == 0 || ka[0] != kb[0])
        {
            return false;
        }
        var (sa, sb) = (Skeleton(ka), Skeleton(kb));
        return sa.Length >= MinSkeleton && sa == sb && FewVowelsApart(ka, kb);
    }

    /// <summary>The initials of a name's content words ("Islamic State in Iraq and Syria" → "isis"), or null for one word.</summary>
    public static string? Initials(string name)
    {
        var initials = new StringBuilder();
        int words = 0;
        foreach (var raw in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.AsSpan().Trim("(),'’");
            if (!HasLetterOrDigit(word) || FunctionWordLookup.ContainsAnyCase(word.Trim('.')))
            {
                continue;
            }
            words++;
            AppendInitials(word, initials);
        }
        // "US Geological Survey" and "U.S. Senate" (USS): a word in capitals, dotted or not, is itself initials.
        return words < 2 ? null : initials.ToString();
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word's initial, or all its letters when it is written in capitals ("US", "U.S.").</summary>
    private static void AppendInitials(ReadOnlySpan<char> word, StringBuilder initials)
    {
        int letters = 0;
        bool capitals = true;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals &= char.IsUpper(c);
            }
            else if (c != '.')
            {
                capitals = false;
            }
        }
        if (letters > 1 && capitals)
        {
            foreach (char c in word)
            {
                if (char.IsLetter(c))
                {
                    initials.Append(char.ToLowerInvariant(c));
                }
            }
            return;
        }
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                initials.Append(char.ToLowerInvariant(c));
                return;
            }
        }
    }

    /// <summary>
    /// The consonants of an exact key, doubled letters once, each written as its class: transliterations of one name
    /// share it. One sound is romanised several ways — b or v ("Alishbandi" / "Alishvandi"), k, q or c.
    /// </summary>
    public static string Skeleton(string key) =>
        Collapse(new string(key.Where(c => "aeiouy".IndexOf(c, StringComparison.Ordinal) < 0).Select(ConsonantClass).ToArray()));

    private static char ConsonantClass(char c) => c switch
    {
        'v' => 'b',
        'q' or 'c' => 'k',
        _ => c,
    };

    /// <summary>The key with doubled letters once.</summary>
    public static string Collapse(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string StripAccents(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }
        // Unicode normalisation refuses half a surrogate pair, which a damaged file can hold: such a name is keyed as written.
        if (!IsWellFormed(text))
        {
            return text;
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when two exact keys with the same skeleton are a vowel or two apart.</summary>
    public static bool FewVowelsApart(string a, string b) => EditDistance(Collapse(Classes(a)), Collapse(Classes(b))) <= MaxVowelEdits;

    private static string Classes(string key) => string.Create(key.Length, key, (span, k) =>
    {
        for (int i = 0; i < k.Length; i++)
        {
            span[i] = ConsonantClass(k[i]);
        }
    });

    /// <summary>True when a skeleton is long enough to tell names apart.</summary>
    public static bool Telling(string skeleton) => skeleton.Length >= MinSkeleton;

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
