using System.Collections.Frozen;
using System.Reflection;

namespace Roundup.Text;

/// <summary>
/// The SMART common-words list (571 words, the one ROUGE-1.5.5 removes with -s), shipped as an
/// embedded resource; see Resources/NOTICE.txt. It also lists agency and month abbreviations
/// ("reuters", "jan"), which is what a news summariser wants out of its content terms too.
/// </summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> Words = Load();

    /// <summary>True when <paramref name="lowerWord"/> (lower-case) is on the list.</summary>
    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);

    /// <summary>True when <paramref name="lowerWord"/> (lower-case) is on the list; no string is built.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => SpanLookup.Contains(lowerWord);

    /// <summary>True when <paramref name="word"/>, in lower case, is on the list; no lower-case copy is made.</summary>
    public static bool ContainsAnyCase(ReadOnlySpan<char> word) => SpanLookup.ContainsAnyCase(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Count => Words.Count;

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Roundup.smart-stopwords.txt")
            ?? throw new InvalidOperationException("The embedded stopword list is missing from the Roundup assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0)
            {
                words.Add(word.ToLowerInvariant());
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
