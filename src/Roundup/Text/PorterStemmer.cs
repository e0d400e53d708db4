namespace Roundup.Text;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer, written for Roundup in the variant that the
/// ROUGE-1.5.5 reference script uses, so that one stemmer serves both summarisation and
/// conformant evaluation. It differs from Snowball's "porter" on a few hundredths of words
/// (agreement → agreem, assembly → assembl); <c>porter-stems.tsv</c> in the tests pins it.
/// Input is expected lower-case ASCII letters and digits (digits count as consonants); other words are returned unchanged.
/// </summary>
internal static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ance", "ence", "able", "ible", "ant", "ism", "ate", "iti", "ous", "ive", "ize", "al", "er", "ic", "ou",
    ];

    /// <summary>Step 4's noun suffixes, tried longest first until one leaves a long enough stem.</summary>
    private static readonly string[] EntSuffixes = ["ement", "ment", "ent"];

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsLowerAsciiWord(word))
        {
            return word;
        }
        var w = word;
        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ApplyFirst(w, Step2Rules);
        w = ApplyFirst(w, Step3Rules);
        w = Step4(w);
        w = Step5(w);
        return w;
    }

    private static bool IsLowerAsciiWord(string word)
    {
        foreach (char c in word)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>The measure m of a stem: the number of vowel-consonant sequences in [C](VC){m}[V].</summary>
    private static int Measure(string w, int length)
    {
        int m = 0;
        int i = 0;
        while (i < length && IsConsonant(w, i))
        {
            i++;
        }
        while (i < length)
        {
            while (i < length && !IsConsonant(w, i))
            {
                i++;
            }
            if (i >= length)
            {
                break;
            }
            while (i < length && IsConsonant(w, i))
            {
                i++;
            }
            m++;
        }
        return m;
    }

    private static bool HasVowel(string w, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithDoubleConsonant(string w, int length) =>
        length >= 2 && w[length - 1] == w[length - 2] && IsConsonant(w, length - 1);

    /// <summary>*o: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y.</summary>
    private static bool EndsCvc(string w, int length) =>
        length >= 3
        && IsConsonant(w, length - 3) && !IsConsonant(w, length - 2) && IsConsonant(w, length - 1)
        && w[length - 1] is not ('w' or 'x' or 'y');

    private static string Step1a(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }
        return w.EndsWith('s') ? w[..^1] : w;
    }

    private static string Step1b(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w, w.Length - 3) > 0 ? w[..^1] : w;
        }
        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w, w.Length - 2))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w, w.Length - 3))
        {
            stem = w[..^3];
        }
        else
        {
            return w;
        }
        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }
        if (EndsWithDoubleConsonant(stem, stem.Length) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }
        if (Measure(stem, stem.Length) == 1 && EndsCvc(stem, stem.Length))
        {
            return stem + "e";
        }
        return stem;
    }

    private static string Step1c(string w) =>
        w.EndsWith('y') && HasVowel(w, w.Length - 1) ? w[..^1] + "i" : w;

    /// <summary>Steps 2 and 3: the first (longest) matching suffix is replaced when its stem has m &gt; 0.</summary>
    private static string ApplyFirst(string w, (string Suffix, string Replacement)[] rules)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                int stemLength = w.Length - suffix.Length;
                return Measure(w, stemLength) > 0 ? w[..stemLength] + replacement : w;
            }
        }
        return w;
    }

    /// <summary>
    /// Step 4 as the reference variant does it: the longest listed suffix is removed when m &gt; 1; then,
    /// separately, "ement/ment/ent" and "(s|t)ion" each get their own chance (agreement → agreem,
    /// environmental → environment → environ, compassionate → compassion → compass), where the 1980 paper allows one removal in all.
    /// </summary>
    private static string Step4(string w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                int stemLength = w.Length - suffix.Length;
                if (Measure(w, stemLength) > 1)
                {
                    w = w[..stemLength];
                }
                break;
            }
        }
        foreach (var suffix in EntSuffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && Measure(w, w.Length - suffix.Length) > 1)
            {
                w = w[..^suffix.Length];
                break;
            }
        }
        if (w.EndsWith("ion", StringComparison.Ordinal) && w.Length > 3 && w[^4] is 's' or 't'
            && Measure(w, w.Length - 3) > 1)
        {
            w = w[..^3];
        }
        return w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            int m = Measure(w, w.Length - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, w.Length - 1)))
            {
                w = w[..^1];
            }
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && Measure(w, w.Length) > 1)
        {
            w = w[..^1];
        }
        return w;
    }
}
