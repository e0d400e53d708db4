using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Roundup.Model;
using Roundup.State;
using Roundup.Text;

namespace Roundup.Dedup;

/// <summary>
/// Finds articles that reprint an earlier article (wire copy with small edits, cuts or additions), online.
/// Each article becomes the set of its word 5-shingles, summarised by a 128-value MinHash signature; LSH
/// banding (64 bands of 2 rows) finds earlier articles likely to share many shingles; a candidate is a source
/// when the estimated share of the shorter article's shingles found in the other reaches
/// <see cref="MinContainment"/>. Memory is bounded: only the last <see cref="Window"/> articles are kept.
/// </summary>
internal sealed class ReprintDetector
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

    /// <summary>
    /// Each LSH bucket is a chain of entries, newest first, linked through <see cref="Entry.Next"/>: no list per
    /// bucket (most buckets hold one article). Entries older than the window are cut off the chain when it is walked.
    /// </summary>
    private readonly Dictionary<ulong, Entry> _bands = [];
    private long _added;

    /// <summary>
    /// The sketches in the window, oldest first: what a restored detector is rebuilt from (see <see cref="Write"/>).
    /// The bucket chains already hold them, so this costs a reference each.
    /// </summary>
    private readonly Queue<ReprintSketch> _inWindow = new();

    private const int Bands = SignatureSize / RowsPerBand;

    /// <summary>
    /// A bucket keeps its newest entries only. When a wire story is reprinted everywhere, its copies fill the
    /// same buckets; the newest few are enough to recognise it again, and walking every copy costs a cache miss
    /// each (on a stream where nine articles in ten are copies, LSH time doubled once the window filled).
    /// </summary>
    public const int MaxBucket = 16;

    /// <summary>
    /// Containment at which the search stops: the article is a near-verbatim copy of the source found, and looking
    /// further could only find another copy.
    /// </summary>
    public const double SureContainment = 0.9;

    private sealed class Entry(ReprintSketch sketch, long sequence)
    {
        public ReprintSketch Sketch { get; } = sketch;

        public long Sequence { get; } = sequence;

        /// <summary>The next older entry in the same bucket, per band.</summary>
        public Entry?[] Next { get; } = new Entry?[Bands];

        /// <summary>The sequence number of the last article compared with this one (each candidate is compared once).</summary>
        public long ComparedWith { get; set; }
    }
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

    /// <summary>Adds an article; returns the id of the earlier article it reprints, or null.</summary>
    public string? Add(Article article) => Add(Sketch(article));

    /// <summary>
    /// The part of <see cref="Add(Article)"/> that needs no state: the article's shingle count and MinHash
    /// signature. Thread-safe, so a stream can sketch articles in parallel and add them in order.
    /// </summary>
    public static ReprintSketch Sketch(Article article)
    {
        var words = new List<ulong>();
        Span<char> buffer = stackalloc char[Tokenizer.MaxTokenLength];
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var word in Tokenizer.EnumerateWords(paragraph, buffer))
            {
                words.Add(TokenHash.Of(word));
            }
        }
        return Sketch(article.Id, CollectionsMarshal.AsSpan(words));
    }

    /// <summary>
    /// The sketch of an article from the <see cref="TokenHash"/> of each token of its body (<see cref="Tokenizer"/>),
    /// in order — for a caller that has tokenized the body already. Thread-safe.
    /// </summary>
    public static ReprintSketch Sketch(string id, ReadOnlySpan<ulong> words)
    {
        var shingles = t_shingles ??= [];
        shingles.Clear();
        // Shingles run across paragraph breaks, as the words of the body read in order.
        for (int i = 0; i + ShingleWords <= words.Length; i++)
        {
            ulong h = 0;
            for (int j = i; j < i + ShingleWords; j++)
            {
                h = TokenHash.Combine(h, words[j]);
            }
            shingles.Add(h);
        }
        int distinct = CountDistinct(CollectionsMarshal.AsSpan(shingles));
        return new ReprintSketch(id, distinct < MinShingles ? null : Signature(CollectionsMarshal.AsSpan(shingles)), distinct);
    }

    /// <summary>A reusable shingle buffer per thread: sketching allocates only the signature.</summary>
    [ThreadStatic]
    private static List<ulong>? t_shingles;

    /// <summary>Sorts the values and counts the distinct ones.</summary>
    private static int CountDistinct(Span<ulong> values)
    {
        values.Sort();
        int distinct = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (i == 0 || values[i] != values[i - 1])
            {
                distinct++;
            }
        }
        return distinct;
    }

    /// <summary>Adds a sketched article; returns the id of the earlier article it reprints, or null.</summary>
    public string? Add(ReprintSketch sketch)
    {
        if (sketch.Signature is not { } signature)
        {
            return null;
        }
        var entry = new Entry(sketch, ++_added);
        if (_inWindow.Count == _window)
        {
            _inWindow.Dequeue();
        }
        _inWindow.Enqueue(sketch);
        long oldest = _added - _window; // entries below this sequence have left the window
        string? source = null;
        double bestContainment = 0;
        for (int band = 0; band < Bands; band++)
        {
            var key = BandHash(signature, band);
            if (bestContainment >= SureContainment)
            {
                // A near-verbatim source is found: the remaining buckets only need the new entry linked in.
                if (_bands.TryGetValue(key, out var newest))
                {
                    entry.Next[band] = newest;
                }
            }
            else if (_bands.TryGetValue(key, out var found))
            {
                Entry? head = found;
                Entry? previous = null;
                int walked = 0;
                for (var other = head; other is not null; previous = other, other = other.Next[band])
                {
                    if (other.Sequence < oldest || walked++ == MaxBucket)
                    {
                        // The rest of the chain is older still, or beyond the newest MaxBucket entries.
                        if (previous is null)
                        {
                            head = null;
                        }
                        else
                        {
                            previous.Next[band] = null;
                        }
                        break;
                    }
                    if (other.ComparedWith == entry.Sequence)
                    {
                        continue;
                    }
                    other.ComparedWith = entry.Sequence;
                    double containment = Containment(sketch, other.Sketch);
                    if (containment >= MinContainment && containment > bestContainment)
                    {
                        bestContainment = containment;
                        source = other.Sketch.Id;
                    }
                }
                entry.Next[band] = head;
            }
            _bands[key] = entry;
        }
        if (_added % SweepEvery == 0)
        {
            Sweep();
        }
        return source;
    }

    /// <summary>Writes the window: its size, the number of sketches ever added, and the sketches still in it.</summary>
    internal void Write(SnapshotWriter writer)
    {
        writer.Int(_window);
        writer.Long(_added);
        writer.Int(_inWindow.Count);
        foreach (var sketch in _inWindow)
        {
            writer.String(sketch.Id);
            writer.Int(sketch.Shingles);
            foreach (var value in sketch.Signature!)
            {
                writer.Int((int)value);
            }
        }
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote into this new detector of the same window by adding the sketches again in
    /// their order and numbering: a lookup only ever walks the newest <see cref="MaxBucket"/> entries of a bucket that
    /// are still in the window, and those are the same whatever came before the window.
    /// </summary>
    internal void Read(SnapshotReader reader)
    {
        if (reader.Int() != _window)
        {
            throw new InvalidDataException("it was made with another reprint window");
        }
        long added = reader.Long();
        int n = reader.Count();
        if (added < n || n > _window)
        {
            throw SnapshotReader.Damaged();
        }
        _added = added - n;
        for (int i = 0; i < n; i++)
        {
            var id = reader.String() ?? throw SnapshotReader.Damaged();
            int shingles = reader.Int();
            if (shingles < MinShingles)
            {
                throw SnapshotReader.Damaged();
            }
            var signature = new uint[SignatureSize];
            for (int k = 0; k < SignatureSize; k++)
            {
                signature[k] = (uint)reader.Int();
            }
            Add(new ReprintSketch(id, signature, shingles));
        }
    }

    /// <summary>Estimated share of the smaller article's shingles in the other, from the Jaccard estimate and the set sizes.</summary>
    private static double Containment(ReprintSketch a, ReprintSketch b)
    {
        int agree = 0;
        var x = a.Signature!;
        var y = b.Signature!;
        int width = Vector<uint>.Count;
        for (int i = 0; i < SignatureSize; i += width)
        {
            // Equal lanes are all ones (-1 as int): subtracting counts them.
            agree -= Vector.Sum(Vector.AsVectorInt32(Vector.Equals(new Vector<uint>(x, i), new Vector<uint>(y, i))));
        }
        double jaccard = agree / (double)SignatureSize;
        // |A ∩ B| = J (|A| + |B|) / (1 + J); divided by the smaller set.
        double intersection = jaccard * (a.Shingles + b.Shingles) / (1 + jaccard);
        return Math.Min(1, intersection / Math.Min(a.Shingles, b.Shingles));
    }

    /// <summary>Buckets are swept for entries that left the window every this many articles.</summary>
    private int SweepEvery => Math.Max(1, _window / 4);

    /// <summary>
    /// Forgets the buckets whose newest entry left the window (all of their entries did). One pass over the table in
    /// memory order every quarter window costs far less than looking up each old article's 64 buckets as it leaves;
    /// entries that left the window inside a live bucket are cut off its chain when the chain is next walked.
    /// </summary>
    private void Sweep()
    {
        long oldest = _added - _window;
        foreach (var (key, head) in _bands)
        {
            if (head.Sequence <= oldest)
            {
                _bands.Remove(key);
            }
        }
    }

    /// <summary>
    /// MinHash signature: value i is the minimum over shingles of a universal hash (a_i·h + b_i) of the shingle's
    /// 64-bit mixed hash h (its top 32 bits) — one multiply-add per shingle and value, where a mixing function per
    /// value would cost ten; computed a vector of values at a time. Repeated shingles do not change the minima.
    /// </summary>
    internal static uint[] Signature(ReadOnlySpan<ulong> shingles, bool wideVectors = true)
    {
        var signature = new uint[SignatureSize];
        // A block of values at a time over all shingles, so the block's multipliers, seeds and minima stay in registers.
        if (wideVectors && Vector512.IsHardwareAccelerated)
        {
            for (int i = 0; i < SignatureSize; i += Vector512<ulong>.Count)
            {
                var a = Vector512.Create(Multipliers.AsSpan(i));
                var b = Vector512.Create(Seeds.AsSpan(i));
                var minima = Vector512<ulong>.AllBitsSet;
                foreach (var shingle in shingles)
                {
                    minima = Vector512.Min(minima, Vector512.ShiftRightLogical(a * Vector512.Create(shingle) + b, 32));
                }
                for (int k = 0; k < Vector512<ulong>.Count; k++)
                {
                    signature[i + k] = (uint)minima[k];
                }
            }
        }
        else
        {
            for (int i = 0; i < SignatureSize; i += Vector<ulong>.Count)
            {
                var a = new Vector<ulong>(Multipliers, i);
                var b = new Vector<ulong>(Seeds, i);
                var minima = new Vector<ulong>(ulong.MaxValue);
                foreach (var shingle in shingles)
                {
                    minima = Vector.Min(minima, Vector.ShiftRightLogical(a * new Vector<ulong>(shingle) + b, 32));
                }
                for (int k = 0; k < Vector<ulong>.Count; k++)
                {
                    signature[i + k] = (uint)minima[k];
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
            h = TokenHash.Mix(h ^ signature[r]);
        }
        return h;
    }

    private static ulong[] MakeSeeds(ulong state)
    {
        var seeds = new ulong[SignatureSize];
        for (int i = 0; i < SignatureSize; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = TokenHash.Mix(state);
        }
        return seeds;
    }
}

/// <summary>
/// An article as <see cref="ReprintDetector"/> compares it: its id, number of distinct shingles and MinHash
/// signature (null when the article is too short to call a reprint).
/// </summary>
internal sealed record ReprintSketch(string Id, uint[]? Signature, int Shingles);
