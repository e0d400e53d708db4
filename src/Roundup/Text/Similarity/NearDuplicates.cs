using Roundup.Text;

namespace Roundup.Text.Similarity;

/// <summary>
/// Decides whether two sentences are the same sentence with small edits (wire copy reprinted with a changed
/// word, an added parenthesis, British or American spelling), by their sets of word bigrams.
/// </summary>
internal static class NearDuplicates
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
        ulong previous = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            ulong hash = TokenHash.Of(tokens[i]);
            if (i > 0)
            {
                set.Add((long)TokenHash.Combine(previous, hash));
            }
            previous = hash;
        }
        if (tokens.Count == 1)
        {
            set.Add((long)TokenHash.Combine(previous, Unigram));
        }
        return set;
    }

    /// <summary>The bigrams of the text's tokens (<see cref="Tokenizer.Words"/>), without building the tokens.</summary>
    public static HashSet<long> Bigrams(string text)
    {
        var set = new HashSet<long>();
        AddBigrams(text, set);
        return set;
    }

    /// <summary>Adds the hashed bigrams of the text's tokens to <paramref name="into"/> (a list may get repeats).</summary>
    public static void AddBigrams(string text, ICollection<long> into)
    {
        ulong previous = 0;
        int count = 0;
        foreach (var word in Tokenizer.EnumerateWords(text, stackalloc char[Tokenizer.MaxTokenLength]))
        {
            ulong hash = TokenHash.Of(word);
            if (count++ > 0)
            {
                into.Add((long)TokenHash.Combine(previous, hash));
            }
            previous = hash;
        }
        if (count == 1)
        {
            into.Add((long)TokenHash.Combine(previous, Unigram));
        }
    }

    /// <summary>Stands in for the missing second word of a one-word sentence.</summary>
    private static readonly ulong Unigram = TokenHash.Of("");

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

    /// <summary>True when two bigram sets (from <see cref="Bigrams(IReadOnlyList{string})"/>) belong to near-identical sentences.</summary>
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
}
