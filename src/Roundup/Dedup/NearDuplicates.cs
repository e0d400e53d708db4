namespace Roundup.Dedup;

/// <summary>
/// Decides whether two sentences are the same sentence with small edits (wire copy reprinted with a changed
/// word, an added parenthesis, British or American spelling), by their sets of word bigrams.
/// </summary>
public static class NearDuplicates
{
    /// <summary>Bigram Jaccard at or above which two sentences are one (a one-word edit in a 20-word sentence scores ~0.8).</summary>
    public const double MinJaccard = 0.5;

    /// <summary>Share of the shorter sentence's bigrams found in the longer one that makes it a cut-down copy.</summary>
    public const double MinContainment = 0.8;

    /// <summary>Containment alone is trusted only for sentences with at least this many bigrams.</summary>
    public const int MinBigramsForContainment = 8;

    /// <summary>The distinct word bigrams of a token sequence, hashed (a one-token sentence gives its unigram).</summary>
    public static HashSet<long> Bigrams(IReadOnlyList<string> tokens)
    {
        var set = new HashSet<long>();
        if (tokens.Count == 1)
        {
            set.Add(Hash(tokens[0], ""));
        }
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            set.Add(Hash(tokens[i], tokens[i + 1]));
        }
        return set;
    }

    /// <summary>True when two sentences with these bigram-set sizes and this many shared bigrams are near-identical.</summary>
    public static bool AreNearIdentical(int sizeA, int sizeB, int shared)
    {
        if (sizeA == 0 || sizeB == 0)
        {
            return false;
        }
        double jaccard = shared / (double)(sizeA + sizeB - shared);
        int smaller = Math.Min(sizeA, sizeB);
        return jaccard >= MinJaccard || (smaller >= MinBigramsForContainment && shared >= MinContainment * smaller);
    }

    /// <summary>True when the two token sequences are near-identical sentences.</summary>
    public static bool AreNearIdentical(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        AreNearIdentical(Bigrams(a), Bigrams(b));

    /// <summary>True when two bigram sets (from <see cref="Bigrams"/>) belong to near-identical sentences.</summary>
    public static bool AreNearIdentical(HashSet<long> a, HashSet<long> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = 0;
        foreach (var x in small)
        {
            if (large.Contains(x))
            {
                shared++;
            }
        }
        return AreNearIdentical(a.Count, b.Count, shared);
    }

    private static long Hash(string first, string second)
    {
        // Two independent 32-bit string hashes make collisions between distinct bigrams negligible.
        ulong h1 = Fnv(first, 14695981039346656037UL);
        h1 = Fnv("\u0001", h1);
        h1 = Fnv(second, h1);
        return (long)h1;
    }

    private static ulong Fnv(string s, ulong hash)
    {
        foreach (char c in s)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
