namespace Roundup.Text;

/// <summary>
/// 64-bit hashes of tokens and token sequences, for comparing texts by shared words, bigrams and shingles
/// without building strings. Stable across runs and machines (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
internal static class TokenHash
{
    /// <summary>FNV-1a over the token's chars, finished with <see cref="Mix"/> so that every bit depends on every char.</summary>
    public static ulong Of(ReadOnlySpan<char> token)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in token)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return Mix(hash);
    }

    /// <summary>The hash of a sequence: the hash so far extended by the next element's hash (order matters).</summary>
    public static ulong Combine(ulong sequence, ulong next) => Mix((sequence * 0x9E3779B97F4A7C15UL) ^ next);

    /// <summary>SplitMix64 finaliser: a fast, well-mixed 64-bit hash.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
