namespace Roundup.Dedup;

/// <summary>
/// Groups near-identical sentences across (and within) articles: the connected components of the
/// near-identical relation. Candidate pairs come from an inverted index over bigrams, so the cost follows
/// the number of sentences that share wording, not the square of all sentences.
/// </summary>
public static class SentenceGrouper
{
    /// <summary>Bigrams carried by more sentences than this ("of the") are too common to find candidates by.</summary>
    private const int MaxPostings = 2000;

    /// <summary>
    /// Returns, for each sentence (given by its bigram set, <see cref="NearDuplicates.Bigrams"/>), the id of
    /// its group; ids are 0..groups-1 in order of first member.
    /// </summary>
    public static int[] Group(IReadOnlyList<HashSet<long>> bigrams)
    {
        int n = bigrams.Count;
        var postings = new Dictionary<long, List<int>>();
        var parent = new int[n];
        var shared = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
            shared.Clear();
            foreach (var bigram in bigrams[i])
            {
                if (!postings.TryGetValue(bigram, out var list))
                {
                    postings[bigram] = list = [];
                }
                if (list.Count <= MaxPostings)
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
        var ids = new int[n];
        var map = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(parent, i);
            if (!map.TryGetValue(root, out var id))
            {
                map[root] = id = map.Count;
            }
            ids[i] = id;
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
