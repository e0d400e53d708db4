using Roundup.Text;

namespace Roundup.Dedup;

/// <summary>
/// Finds articles that reprint an earlier article (wire copy with small edits, cuts or additions), online.
/// Each article becomes the set of its word 5-shingles, summarised by a 128-value MinHash signature; LSH
/// banding (64 bands of 2 rows) finds earlier articles likely to share many shingles; a candidate is a source
/// when the estimated share of the shorter article's shingles found in the other reaches
/// <see cref="MinContainment"/>. Memory is bounded: only the last <see cref="Window"/> articles are kept.
/// </summary>
public sealed class ReprintDetector
{
    /// <summary>Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases.</summary>
    public const int ShingleWords = 5;

    /// <summary>MinHash values per signature: the Jaccard estimate's standard error is at most 0.5/√128 ≈ 0.044.</summary>
    public const int SignatureSize = 128;

    /// <summary>
    /// Rows per LSH band: 64 bands of 2 find a pair with Jaccard 0.2 with probability 0.93 and 0.3 with 0.9976. A short
    /// wire story inside a long article that adds to it has a low Jaccard (0.28 for the seeds' AFP copy) but a
    /// high containment, so the bands must catch low Jaccard; verification then filters.
    /// </summary>
    public const int RowsPerBand = 2;

    /// <summary>Share of the shorter article's shingles that must appear in the other for it to count as a reprint.</summary>
    public const double MinContainment = 0.6;

    /// <summary>Articles shorter than this many shingles are too short to call reprints.</summary>
    public const int MinShingles = 10;

    private readonly int _window;
    private readonly Queue<Entry> _recent = new();
    private readonly Dictionary<(int Band, ulong Hash), List<Entry>> _bands = [];
    private static readonly ulong[] Seeds = MakeSeeds(0x5EED5EED5EED5EEDUL);
    private static readonly ulong[] Multipliers = MakeSeeds(0xA11CE5EEDUL).Select(m => m | 1).ToArray();

    /// <param name="window">
    /// Articles kept for comparison: 20,000 is a few hours of a national news stream, when wire copy is reprinted;
    /// each kept article costs about 1 KB (signature and band entries).
    /// </param>
    public ReprintDetector(int window = 20_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        _window = window;
    }

    /// <summary>Most recent articles kept for comparison.</summary>
    public int Window => _window;

    private sealed record Entry(string Id, uint[] Signature, int Shingles);

    /// <summary>Adds an article; returns the id of the earlier article it reprints, or null.</summary>
    public string? Add(Article article)
    {
        var shingles = Shingles(article);
        if (shingles.Count < MinShingles)
        {
            return null;
        }
        var signature = Signature(shingles);
        var entry = new Entry(article.Id, signature, shingles.Count);
        string? source = null;
        double bestContainment = 0;
        var seen = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        for (int band = 0; band < SignatureSize / RowsPerBand; band++)
        {
            var key = (band, BandHash(signature, band));
            if (_bands.TryGetValue(key, out var list))
            {
                foreach (var other in list)
                {
                    if (!seen.Add(other))
                    {
                        continue;
                    }
                    double containment = Containment(entry, other);
                    if (containment >= MinContainment && containment > bestContainment)
                    {
                        bestContainment = containment;
                        source = other.Id;
                    }
                }
            }
            else
            {
                _bands[key] = list = [];
            }
            list.Add(entry);
        }
        _recent.Enqueue(entry);
        if (_recent.Count > _window)
        {
            Evict(_recent.Dequeue());
        }
        return source;
    }

    /// <summary>Estimated share of the smaller article's shingles in the other, from the Jaccard estimate and the set sizes.</summary>
    private static double Containment(Entry a, Entry b)
    {
        int agree = 0;
        for (int i = 0; i < SignatureSize; i++)
        {
            if (a.Signature[i] == b.Signature[i])
            {
                agree++;
            }
        }
        double jaccard = agree / (double)SignatureSize;
        // |A ∩ B| = J (|A| + |B|) / (1 + J); divided by the smaller set.
        double intersection = jaccard * (a.Shingles + b.Shingles) / (1 + jaccard);
        return Math.Min(1, intersection / Math.Min(a.Shingles, b.Shingles));
    }

    private void Evict(Entry entry)
    {
        for (int band = 0; band < SignatureSize / RowsPerBand; band++)
        {
            var key = (band, BandHash(entry.Signature, band));
            if (_bands.TryGetValue(key, out var list))
            {
                list.Remove(entry);
                if (list.Count == 0)
                {
                    _bands.Remove(key);
                }
            }
        }
    }

    private static HashSet<ulong> Shingles(Article article)
    {
        var words = new List<string>();
        foreach (var paragraph in article.Paragraphs)
        {
            words.AddRange(Tokenizer.Words(paragraph));
        }
        var shingles = new HashSet<ulong>();
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int j = i; j < i + ShingleWords; j++)
            {
                foreach (char c in words[j])
                {
                    h = (h ^ c) * 1099511628211UL;
                }
                h = (h ^ ' ') * 1099511628211UL;
            }
            shingles.Add(h);
        }
        return shingles;
    }

    /// <summary>
    /// MinHash signature: value i is the minimum over shingles of a universal hash (a_i·h + b_i) of the shingle's
    /// 64-bit mixed hash h — one multiply-add per shingle and value, where a mixing function per value would cost ten.
    /// </summary>
    private static uint[] Signature(HashSet<ulong> shingles)
    {
        var signature = new uint[SignatureSize];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            ulong h = Mix(shingle);
            for (int i = 0; i < SignatureSize; i++)
            {
                uint v = (uint)((Multipliers[i] * h + Seeds[i]) >> 32);
                if (v < signature[i])
                {
                    signature[i] = v;
                }
            }
        }
        return signature;
    }

    private static ulong BandHash(uint[] signature, int band)
    {
        ulong h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (int r = band * RowsPerBand; r < (band + 1) * RowsPerBand; r++)
        {
            h = Mix(h ^ signature[r]);
        }
        return h;
    }

    /// <summary>SplitMix64 finaliser: a fast, well-mixed 64-bit hash.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds(ulong state)
    {
        var seeds = new ulong[SignatureSize];
        for (int i = 0; i < SignatureSize; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
