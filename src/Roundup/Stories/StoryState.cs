using System.Runtime.InteropServices;
using Roundup.Model;

namespace Roundup.Stories;

/// <summary>
/// One story as the clusterer holds it: its members in stream order, the sums of their unit term and entity vectors
/// (so one member's share can be taken out exactly), its date range, and the centroid vectors candidates are scored
/// against.
/// </summary>
internal sealed partial class StoryState(int id)
{
    /// <summary>Entries of a centroid used to score candidates (see <see cref="ToVector"/>).</summary>
    private const int MaxCentroidTerms = 1000;

    /// <summary>Below this many articles the story's vectors are rebuilt at every change; above, every 25 % of growth.</summary>
    private const int ExactBelow = 16;

    /// <summary>
    /// Growth that makes a big story's centroid vectors stale (see <see cref="ExactBelow"/>): one more article barely
    /// moves the centroid of many, and rebuilding it is the costly part of scoring.
    /// </summary>
    private const double RefreshGrowth = 1.25;

    /// <summary>A squared norm below this is an empty sum (rounding left over after members were taken out).</summary>
    private const double EmptyNormSquared = 1e-9;

    /// <summary>A summed weight below this after a member was taken out is rounding: the entry is dropped.</summary>
    private const double ZeroWeight = 1e-12;

    private SparseVector? _terms;
    private SparseVector? _entities;
    private int _weighedCount;
    private double _termNormSquared;
    private double _entityNormSquared;

    public int Id { get; } = id;

    /// <summary>Changes whenever a member is added or removed.</summary>
    public int Version { get; private set; }

    /// <summary>The <see cref="Version"/> last handed out as changed (see <see cref="StoryClusterer.TakeChanged"/>).</summary>
    public int ReportedVersion { get; set; }

    /// <summary>Sum of the members' unit term vectors (the centroid's direction).</summary>
    public Dictionary<int, double> TermSum { get; } = [];

    /// <summary>Sum of the members' unit entity vectors.</summary>
    public Dictionary<int, double> EntitySum { get; } = [];

    /// <summary>Terms under which the story is in the inverted index.</summary>
    public HashSet<int> IndexedUnder { get; } = [];

    /// <summary>Marks the story as counted for the query term being looked up (see <see cref="CandidateIndex"/>).</summary>
    public int Stamp { get; set; }

    /// <summary>The query (article) <see cref="Shared"/> belongs to.</summary>
    public int Query { get; set; }

    /// <summary>Summed weight of the query's salient terms the story is indexed under.</summary>
    public double Shared { get; set; }

    public List<StoryMember> Members { get; } = [];

    /// <summary>Its articles, in stream order (a new list each time).</summary>
    public IReadOnlyList<Article> Articles => Members.ConvertAll(m => m.Article);

    public int Count => Members.Count;

    public int LastSeen { get; private set; }

    public DateOnly? LastDate { get; private set; }

    public DateOnly? FirstDate { get; private set; }

    public StoryState? MergedInto { get; set; }

    /// <summary>The centroid's term vector, rebuilt when the story changed (see <see cref="ExactBelow"/>).</summary>
    public SparseVector TermVector()
    {
        Refresh();
        return _terms!;
    }

    public SparseVector EntityVector()
    {
        Refresh();
        return _entities!;
    }

    private void Refresh()
    {
        if (_terms is null || Count > _weighedCount * RefreshGrowth)
        {
            _terms = ToVector(TermSum, _termNormSquared);
            _entities = ToVector(EntitySum, _entityNormSquared);
            _weighedCount = Count;
        }
    }

    /// <summary>
    /// The centroid as a vector for scoring candidates: its <see cref="MaxCentroidTerms"/> heaviest entries (a story
    /// of hundreds of articles sums tens of thousands of terms, most used once), with the norm of the whole sum.
    /// </summary>
    private static SparseVector ToVector(Dictionary<int, double> sum, double normSquared)
    {
        int n = 0;
        foreach (var v in sum.Values)
        {
            n += v == 0 ? 0 : 1; // entries zeroed when a member was taken out are not part of the centroid
        }
        if (n <= MaxCentroidTerms)
        {
            var ids = new int[n];
            var weights = new double[n];
            int i = 0;
            foreach (var (k, v) in sum)
            {
                if (v != 0)
                {
                    ids[i] = k;
                    weights[i++] = v;
                }
            }
            return new SparseVector(ids, weights, Math.Sqrt(normSquared));
        }
        // Rank the entries in reused buffers; only the kept ones get arrays of their own.
        if (t_rankKeys is null || t_rankKeys.Length < n)
        {
            t_rankKeys = new double[Math.Max(n, 2 * (t_rankKeys?.Length ?? 0))];
            t_rankIds = new int[t_rankKeys.Length];
        }
        var keys = t_rankKeys;
        var all = t_rankIds!;
        int j = 0;
        foreach (var (k, v) in sum)
        {
            if (v != 0)
            {
                all[j] = k;
                keys[j++] = -v;
            }
        }
        Array.Sort(keys, all, 0, n);
        var keptIds = all.AsSpan(0, MaxCentroidTerms).ToArray();
        var keptWeights = new double[MaxCentroidTerms];
        for (int i = 0; i < MaxCentroidTerms; i++)
        {
            keptWeights[i] = -keys[i];
        }
        return new SparseVector(keptIds, keptWeights, Math.Sqrt(normSquared));
    }

    [ThreadStatic]
    private static double[]? t_rankKeys;

    [ThreadStatic]
    private static int[]? t_rankIds;

    /// <summary>Similarity of a member that is not in the story, against the story as it is now (exact).</summary>
    public double Score(StoryMember member, double entityWeight)
    {
        double t = Cosine(member.Terms, TermSum, _termNormSquared, without: false);
        double e = Cosine(member.Entities, EntitySum, _entityNormSquared, without: false);
        return Similarity.Blend(t, e, entityWeight);
    }

    /// <summary>Similarity of a member of the story against the rest of the story.</summary>
    public double ScoreWithout(StoryMember member, double entityWeight)
    {
        double t = Cosine(member.Terms, TermSum, _termNormSquared, without: true);
        double e = Cosine(member.Entities, EntitySum, _entityNormSquared, without: true);
        return Similarity.Blend(t, e, entityWeight);
    }

    /// <summary>Cosine of a unit vector with a sum of unit vectors, optionally with the vector taken out of the sum.</summary>
    private static double Cosine(SparseVector unit, Dictionary<int, double> sum, double normSquared, bool without)
    {
        if (unit.Norm == 0)
        {
            return 0;
        }
        double dot = Dot(unit, sum);
        if (without)
        {
            // |S - u|² = |S|² - 2 u·S + |u|², and u·(S - u) = u·S - 1.
            normSquared = normSquared - 2 * dot + 1;
            dot -= 1;
        }
        return normSquared <= EmptyNormSquared ? 0 : dot / Math.Sqrt(normSquared);
    }

    private static double Dot(SparseVector unit, Dictionary<int, double> sum)
    {
        double dot = 0;
        for (int i = 0; i < unit.Ids.Length; i++)
        {
            if (sum.TryGetValue(unit.Ids[i], out var w))
            {
                dot += unit.Weights[i] * w;
            }
        }
        return dot;
    }

    /// <summary>Too big to split (see <see cref="StorySplitter"/>): some members may have let go of their vectors.</summary>
    public bool Established { get; set; }

    /// <summary>Size at the last check for two events in one story.</summary>
    public int CheckedForSplitAt { get; set; }

    /// <summary>Size at the last convergence check; merges are looked for each time the story grows by half.</summary>
    public int CheckedForMergeAt { get; set; }

    /// <summary>True once the story was closed and handed out: its articles and counts are gone.</summary>
    public bool Released { get; private set; }

    public void Release()
    {
        Released = true;
        Members.Clear();
        TermSum.Clear();
        EntitySum.Clear();
        IndexedUnder.Clear();
        _terms = null;
        _entities = null;
    }

    public void Add(StoryMember member)
    {
        // Members stay in stream order (a revised article may come back to an older story).
        int at = Members.Count;
        while (at > 0 && Members[at - 1].Seen > member.Seen)
        {
            at--;
        }
        Members.Insert(at, member);
        member.Story = this;
        LastSeen = Math.Max(LastSeen, member.Seen);
        Widen(member.Article.Published);
        _termNormSquared = Accumulate(TermSum, _termNormSquared, member.Terms, 1);
        _entityNormSquared = Accumulate(EntitySum, _entityNormSquared, member.Entities, 1);
        Version++;
        Changed();
    }

    /// <summary>Widens the story's date range to take in <paramref name="date"/>, if it is known.</summary>
    private void Widen(DateOnly? date)
    {
        if (date is { } d)
        {
            FirstDate = FirstDate is { } first && first < d ? first : d;
            LastDate = LastDate is { } last && last > d ? last : d;
        }
    }

    /// <summary>Takes a member out (one that still has its vectors: a recent article, or one of a young story).</summary>
    public void Remove(StoryMember member)
    {
        // Members are in stream order and the ones that move are recent: search from the end.
        Members.RemoveAt(Members.LastIndexOf(member));
        Version++;
        _termNormSquared = Accumulate(TermSum, _termNormSquared, member.Terms, -1);
        _entityNormSquared = Accumulate(EntitySum, _entityNormSquared, member.Entities, -1);
        LastSeen = Members.Count == 0 ? LastSeen : Members[^1].Seen;
        (FirstDate, LastDate) = StoryMember.DateRange(Members);
        _terms = null;
    }

    /// <summary>Takes over another story's articles and sums (its members may have let go of their vectors).</summary>
    public void Absorb(StoryState other)
    {
        foreach (var member in other.Members)
        {
            member.Story = this;
        }
        Members.AddRange(other.Members);
        Members.Sort(static (a, b) => a.Seen.CompareTo(b.Seen));
        other.Members.Clear();
        LastSeen = Math.Max(LastSeen, other.LastSeen);
        Widen(other.FirstDate);
        Widen(other.LastDate);
        _termNormSquared = AddSum(TermSum, other.TermSum);
        _entityNormSquared = AddSum(EntitySum, other.EntitySum);
        Established |= other.Established;
        Version++;
        _terms = null;
    }

    /// <summary>Adds one sum into another and returns the result's squared norm.</summary>
    private static double AddSum(Dictionary<int, double> into, Dictionary<int, double> from)
    {
        foreach (var (k, v) in from)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(into, k, out _) += v;
        }
        double normSquared = 0;
        foreach (var v in into.Values)
        {
            normSquared += v * v;
        }
        return normSquared;
    }

    private void Changed()
    {
        if (Count < ExactBelow)
        {
            _terms = null;
        }
    }

    /// <summary>Adds (sign 1) or takes out (sign -1) a unit vector and returns the sum's new squared norm.</summary>
    private static double Accumulate(Dictionary<int, double> into, double normSquared, SparseVector unit, int sign)
    {
        for (int i = 0; i < unit.Ids.Length; i++)
        {
            ref double w = ref CollectionsMarshal.GetValueRefOrAddDefault(into, unit.Ids[i], out _);
            double before = w;
            w += sign * unit.Weights[i];
            normSquared += w * w - before * before;
            if (sign < 0 && Math.Abs(w) < ZeroWeight)
            {
                // Zeroed, not removed: a sum is only ever added to, so its enumeration order is its insertion order
                // and a restored sum (see Write) enumerates exactly as the saved one.
                w = 0;
            }
        }
        return Math.Max(0, normSquared);
    }

    /// <summary>The story <paramref name="story"/> now is: itself, or the story that absorbed it (perhaps in turn).</summary>
    public static StoryState Resolve(StoryState story)
    {
        while (story.MergedInto is not null)
        {
            story = story.MergedInto;
        }
        return story;
    }

    /// <summary>The story as handed out: ids, representative title, outlets, date range and reprints.</summary>
    public Story ToStory(Vocabulary terms)
    {
        var articles = Articles;
        var dates = articles.Select(a => a.Published).OfType<DateOnly>().ToList();
        return new Story(
            Id,
            articles.Select(a => a.Id).ToList(),
            StoryTitles.Representative(Members, TermSum, terms),
            articles.Select(a => a.Outlet).OfType<string>().Distinct().ToList(),
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null)
        {
            Reprints = Members.Where(m => m.ReprintOf is not null).ToDictionary(m => m.Article.Id, m => m.ReprintOf!, StringComparer.Ordinal),
        };
    }
}
