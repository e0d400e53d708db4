namespace Roundup.Text.Similarity;

/// <summary>
/// Groups near-identical sentences across (and within) articles: the connected components of the
/// near-identical relation. Candidate pairs come from an inverted index over bigrams, so the cost follows
/// the number of sentences that share wording, not the square of all sentences.
/// </summary>
internal static class SentenceGrouper
{
    /// <summary>
    /// Most texts <see cref="GroupTexts"/> takes (the paragraphs of one article; its pair matrix has this number
    /// squared cells). Their index lives in the low bits of each hash.
    /// </summary>
    public const int MaxTexts = 1 << 10;

    private const long TextMask = MaxTexts - 1;

    /// <summary>Bigrams carried by more sentences than this ("of the") are too common to find candidates by.</summary>
    private const int MaxPostings = 2000;

    /// <summary>
    /// Candidate counts a grouping may spend in all (each sentence adds one count per earlier sentence sharing a
    /// bigram). Past it, the cap on postings shrinks with the number of bigrams, so that the work stays linear in the
    /// input: a 10 MB text of a hundred thousand lines in a small vocabulary would otherwise count billions.
    /// </summary>
    private const long WorkBudget = 200_000_000;

    /// <summary>The cap on postings never falls below this: near-identical sentences share more rare bigrams than that.</summary>
    private const int MinPostings = 64;

    /// <summary>
    /// Returns, for each sentence (given by its bigram set, <see cref="NearDuplicates.Bigrams(string)"/>), the id of
    /// its group; ids are 0..groups-1 in order of first member.
    /// </summary>
    public static int[] Group(IReadOnlyList<HashSet<long>> bigrams)
    {
        int n = bigrams.Count;
        long total = 0;
        foreach (var set in bigrams)
        {
            total += set.Count;
        }
        int maxPostings = (int)Math.Clamp(WorkBudget / Math.Max(total, 1), MinPostings, MaxPostings);
        var postings = new Dictionary<long, List<int>>();
        var parent = new int[n];
        var shared = new Dictionary<int, int>();
        // Exact copies are joined through a key of their whole bigram set, whatever the postings cap leaves out.
        var copies = new Dictionary<long, int>();
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
            long key = SetKey(bigrams[i]);
            if (copies.TryGetValue(key, out var original) && bigrams[original].SetEquals(bigrams[i]))
            {
                Union(parent, i, original);
            }
            else
            {
                copies.TryAdd(key, i);
            }
            shared.Clear();
            foreach (var bigram in bigrams[i])
            {
                if (!postings.TryGetValue(bigram, out var list))
                {
                    postings[bigram] = list = [];
                }
                if (list.Count <= maxPostings)
                {
                    foreach (var j in list)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                    list.Add(i);
                }
            }
            foreach (var (j, count) in shared)
            {
                if (NearDuplicates.AreNearIdentical(bigrams[i].Count, bigrams[j].Count, count))
                {
                    Union(parent, i, j);
                }
            }
        }
        return Ids(parent);
    }

    /// <summary>A key of a bigram set that does not depend on its order (a sum of its hashes, and its size).</summary>
    private static long SetKey(HashSet<long> set)
    {
        long sum = set.Count;
        foreach (var x in set)
        {
            sum += unchecked(x * (long)0x9E3779B97F4A7C15UL);
        }
        return sum;
    }

    /// <summary>
    /// The same grouping as <see cref="Group"/> for a few texts (the paragraphs of one article), from their text:
    /// all bigrams are sorted once instead of building a set and an index per text, which is several times cheaper
    /// when, as within one article, almost no bigram is shared. <paramref name="bigramCounts"/> receives each text's
    /// number of distinct bigrams.
    /// </summary>
    public static int[] GroupTexts(IReadOnlyList<string> texts, out int[] bigramCounts)
    {
        int n = texts.Count;
        if (n > MaxTexts)
        {
            throw new ArgumentException($"At most {MaxTexts} texts can be grouped this way.", nameof(texts));
        }
        // Each entry is a bigram hash whose low bits are replaced by the text's index: one primitive sort brings
        // together the texts that share a bigram, in text order (the hash keeps 48 bits: collisions are negligible
        // among the few thousand bigrams of an article).
        var entries = t_entries ??= [];
        entries.Clear();
        for (int i = 0; i < n; i++)
        {
            int from = entries.Count;
            NearDuplicates.AddBigrams(texts[i], entries);
            var added = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries)[from..];
            for (int k = 0; k < added.Length; k++)
            {
                added[k] = (added[k] & ~TextMask) | (long)i;
            }
        }
        var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries);
        sorted.Sort();
        bigramCounts = new int[n];
        // Shared bigrams per pair of texts (a < b), in a flat matrix: an article has tens of paragraphs.
        var shared = new int[n * n];
        var run = new List<int>();
        for (int start = 0; start < sorted.Length;)
        {
            long hash = sorted[start] & ~TextMask;
            run.Clear();
            int end = start;
            for (; end < sorted.Length && (sorted[end] & ~TextMask) == hash; end++)
            {
                int text = (int)(sorted[end] & TextMask);
                if (run.Count == 0 || run[^1] != text)
                {
                    run.Add(text); // sorted by text within a hash: repeats are adjacent
                    bigramCounts[text]++;
                }
            }
            for (int a = 0; a < run.Count; a++)
            {
                for (int b = a + 1; b < run.Count; b++)
                {
                    shared[run[a] * n + run[b]]++;
                }
            }
            start = end;
        }
        var parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                int count = shared[a * n + b];
                if (count > 0 && NearDuplicates.AreNearIdentical(bigramCounts[a], bigramCounts[b], count))
                {
                    Union(parent, a, b);
                }
            }
        }
        return Ids(parent);
    }

    /// <summary>A reusable buffer of bigram entries per thread (articles are cleaned on several threads).</summary>
    [ThreadStatic]
    private static List<long>? t_entries;

    /// <summary>Group ids 0..groups-1 in order of each group's first member.</summary>
    private static int[] Ids(int[] parent)
    {
        var ids = new int[parent.Length];
        // A root is the smallest index of its group (see Union), so it is met first and numbered before its members.
        int next = 0;
        for (int i = 0; i < parent.Length; i++)
        {
            int root = Find(parent, i);
            ids[i] = root == i ? next++ : ids[root];
        }
        return ids;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
