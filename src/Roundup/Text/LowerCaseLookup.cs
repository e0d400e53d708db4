using System.Collections.Frozen;

namespace Roundup.Text;

/// <summary>
/// Looks a word up, whatever its case, in a list of lower-case words: the word is lower-cased on the stack, not copied.
/// </summary>
internal static class LowerCaseLookup
{
    /// <summary>Longest word looked up: the lists hold far shorter words, so a longer one is on none of them.</summary>
    private const int MaxWordLength = 32;

    public static bool ContainsAnyCase(this FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lowerCaseWords, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lowerCaseWords.Contains(lower);
    }
}
