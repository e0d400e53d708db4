namespace Roundup.Stories;

/// <summary>
/// Online clustering of a stream of articles into stories. Each arriving article is compared only with
/// candidate stories found through an inverted index over salient terms (its highest TF-IDF terms), scored by
/// cosine of TF-IDF vocabulary and named-entity vectors against each story's centroid (the sum of its articles'
/// unit vectors), and joins the best story above the threshold or opens a new one. Decisions are revised while
/// they are recent: the last few articles move to the story they now fit best, a story whose articles fall into
/// two groups naming different people or places (and not tied together by their dates) splits in two, and a story
/// that comes to resemble another closely enough absorbs it. IDF comes from the articles seen so far (with a
/// prior), never from the future. Stories that receive no article within the window leave the candidate set and
/// are closed: handed to <c>onClosed</c> (when given) and their state released, so memory stays bounded on an
/// endless stream. Deterministic for a given input order.
/// </summary>
/// <param name="options">Thresholds and limits.</param>
/// <param name="onClosed">
/// Receives each story (and its articles) once it can receive no more articles; without it, closed stories are
/// kept for <see cref="Stories"/>.
/// </param>
public sealed class StoryClusterer(StoryOptions? options = null, Action<Story, IReadOnlyList<Article>>? onClosed = null)
{
    /// <summary>Open stories are checked for closing once per this many articles.</summary>
    private const int SweepInterval = 1024;

    private readonly StoryOptions _options = options ?? new StoryOptions();
    private readonly List<StoryState> _open = [];
    private DateOnly? _latestDate;
    private readonly Vocabulary _terms = new();
    private readonly Vocabulary _entities = new();
    private readonly Dictionary<int, List<int>> _index = [];
    private readonly Dictionary<int, int> _compactedLength = [];
    private readonly List<StoryState> _touched = [];
    private readonly List<StoryState> _candidates = [];
    private int _query;
    private readonly DenseScratch _termScratch = new();
    private readonly DenseScratch _entityScratch = new();
    private int _stamp;
    private readonly List<StoryState> _stories = [];
    private readonly Queue<Member> _recent = new();
    private readonly List<StoryState> _nearby = [];
    private readonly List<StoryState> _affected = [];
    private int _seen;

    /// <summary>Number of articles added so far.</summary>
    public int ArticleCount => _seen;

    /// <summary>The stories so far (merged stories are folded into the story that absorbed them), by id.</summary>
    public IReadOnlyList<Story> Stories => Retained.Select(s => s.ToStory(this)).ToList();

    private IEnumerable<StoryState> Retained => _stories.Where(s => s.MergedInto is null && !s.Released);

    /// <summary>
    /// The articles of each story, by story id, as added (text included only with
    /// <see cref="StoryOptions.KeepArticleText"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Article>> StoryArticles =>
        Retained.Select(s => (IReadOnlyList<Article>)s.Articles).ToList();

    /// <summary>Closes every open story (the stream has ended), handing each to the callback in id order.</summary>
    public void Complete()
    {
        foreach (var story in _open.OrderBy(s => s.Id).ToList())
        {
            Close(story);
        }
        _open.Clear();
    }

    private void Close(StoryState story)
    {
        if (onClosed is null || story.MergedInto is not null || story.Released)
        {
            return;
        }
        onClosed(story.ToStory(this), story.Articles);
        story.Release();
    }

    /// <summary>Closes the open stories that left the window.</summary>
    private void Sweep()
    {
        var stillOpen = new List<StoryState>(_open.Count);
        foreach (var story in _open)
        {
            if (story.MergedInto is not null)
            {
                continue;
            }
            if (IsActive(story))
            {
                stillOpen.Add(story);
            }
            else
            {
                Close(story);
            }
        }
        _open.Clear();
        _open.AddRange(stillOpen);
    }

    /// <summary>Adds one article and returns the id of the story it joined or opened.</summary>
    /// <param name="article">The next article of the stream.</param>
    /// <param name="reprintOf">The id of the earlier article it reprints (see <see cref="Dedup.ReprintDetector"/>), if any.</param>
    public int Add(Article article, string? reprintOf = null) => Add(article, ArticleFeatures.From(article), reprintOf);

    /// <summary>Adds an article whose features were extracted beforehand (perhaps on another thread).</summary>
    internal int Add(Article article, ArticleFeatures features, string? reprintOf)
    {
        _seen++;
        if (article.Published is { } date && (_latestDate is null || date > _latestDate))
        {
            _latestDate = date;
        }
        if (_seen % SweepInterval == 0)
        {
            Sweep();
        }
        var member = new Member(
            _options.KeepArticleText ? article : article with { Paragraphs = [] },
            features.Opening,
            _seen,
            reprintOf,
            Weigh(_terms.Count(features.Terms), _terms),
            Weigh(_entities.Count(features.Entities), _entities));
        var (best, score) = BestCandidate(member.Terms, member.Entities, exclude: null, article.Published, _nearby);
        if (best is null || score < _options.JoinThreshold)
        {
            best = OpenStory();
        }
        best.Add(member);
        Index(best, member.Terms);
        if (best.Count > 1 && best.Count >= best.CheckedForMergeAt * 1.5)
        {
            best.CheckedForMergeAt = best.Count;
            best = MergeConverged(best);
        }
        Revise(member, _nearby);
        best = Resolve(member.Story!);
        if (best.Count > SplitMaxMembers && !best.Established)
        {
            Establish(best);
        }
        else if (!best.Established && best.Count >= 2 * SplitMinSide && best.Count >= best.CheckedForSplitAt * 1.2)
        {
            best.CheckedForSplitAt = best.Count;
            SplitIfTwoEvents(best);
        }
        Remember(member);
        return Resolve(member.Story!).Id;
    }

    /// <summary>Each half of a split holds at least this many articles: smaller groups are a story's stray reports.</summary>
    private const int SplitMinSide = 5;

    /// <summary>
    /// An entity marks a half only where it is among an article's this many most salient entities (by TF-IDF, the
    /// lead counting three times): two events differ in whom and where they are about, while one event's reports
    /// drawn from different sources differ mostly in names they mention in passing.
    /// </summary>
    private const int SalientEntities = 20;

    /// <summary>
    /// Stories are checked for two events until they hold this many articles: siblings merge while both are young,
    /// and a story this big is established (and bisecting it each time it grows would cost more than it finds).
    /// </summary>
    private const int SplitMaxMembers = 128;

    /// <summary>An entity marks its half when at least this share of the half's articles name it ...</summary>
    private const double MarkInSide = 0.6;

    /// <summary>... and at most this share of the other half's.</summary>
    private const double MarkInOther = 0.1;

    /// <summary>
    /// Marks a story too big to split from now on (even if articles later move out of it): its articles that can no
    /// longer move let go of their vectors, so memory follows the recent articles and the young stories, not the
    /// stream.
    /// </summary>
    private static void Establish(StoryState story)
    {
        story.Established = true;
        foreach (var member in story.Members)
        {
            if (!member.Recent)
            {
                member.DropVectors();
            }
        }
    }

    /// <summary>
    /// Splits a story whose articles fall into two groups that read as two events: a two-way partition (2-means on
    /// the articles' vectors) whose halves are dissimilar and each name people, places or numbers that the other
    /// half (almost) never names — two title defences of one boxer, against different challengers. The half without
    /// the story's first article becomes a new story.
    /// </summary>
    private void SplitIfTwoEvents(StoryState story)
    {
        var members = story.Members;
        if (story.FirstDate is { } from && story.LastDate is { } to && to.DayNumber - from.DayNumber <= _options.WindowTime.TotalDays
            && members.TrueForAll(m => m.Article.Published is not null))
        {
            return; // every way of halving it leaves two groups tied by their dates
        }
        var partition = Bisect(members);
        if (partition is not { } halves)
        {
            return;
        }
        var (first, second, between) = halves;
        if (first.Count < SplitMinSide || second.Count < SplitMinSide || TiedByTime(first, second))
        {
            return;
        }
        if (between >= _options.SplitThreshold || Exclusive(first, second) == 0 || Exclusive(second, first) == 0)
        {
            return;
        }
        var leaving = first.Contains(members[0]) ? second : first;
        var target = OpenStory();
        foreach (var m in leaving)
        {
            story.Remove(m);
            target.Add(m);
            Index(target, m.Terms);
        }
        story.CheckedForSplitAt = story.Count;
        target.CheckedForSplitAt = target.Count;
    }

    /// <summary>
    /// True when both groups hold dated articles within the time window of each other: the dates say one event,
    /// and differing content is then two angles on it (two agencies' copy), not two events.
    /// </summary>
    private bool TiedByTime(List<Member> first, List<Member> second)
    {
        var (firstFrom, firstTo) = DateRange(first);
        var (secondFrom, secondTo) = DateRange(second);
        if (firstFrom is not { } a0 || firstTo is not { } a1 || secondFrom is not { } b0 || secondTo is not { } b1)
        {
            return false;
        }
        double window = _options.WindowTime.TotalDays;
        return b0.DayNumber <= a1.DayNumber + window && a0.DayNumber <= b1.DayNumber + window;
    }

    private static (DateOnly? From, DateOnly? To) DateRange(List<Member> members)
    {
        DateOnly? from = null;
        DateOnly? to = null;
        foreach (var m in members)
        {
            if (m.Article.Published is { } d)
            {
                from = from is { } f && f < d ? f : d;
                to = to is { } t && t > d ? t : d;
            }
        }
        return (from, to);
    }

    /// <summary>
    /// Entities among the <see cref="SalientEntities"/> most salient of at least 60 % of <paramref name="side"/>'s
    /// articles and found in at most 10 % of <paramref name="other"/>'s.
    /// </summary>
    private static int Exclusive(List<Member> side, List<Member> other)
    {
        var inSide = new Dictionary<int, int>();
        foreach (var m in side)
        {
            foreach (var (id, _) in m.Entities.Top(SalientEntities))
            {
                inSide[id] = inSide.GetValueOrDefault(id) + 1;
            }
        }
        var inOther = new Dictionary<int, int>();
        foreach (var m in other)
        {
            foreach (var id in m.Entities.Ids)
            {
                inOther[id] = inOther.GetValueOrDefault(id) + 1;
            }
        }
        int count = 0;
        foreach (var (id, n) in inSide)
        {
            if (n >= MarkInSide * side.Count && inOther.GetValueOrDefault(id) <= MarkInOther * other.Count)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// 2-means over the members, seeded deterministically by the member least like the rest and the member least
    /// like it; null when the members do not fall apart. Also gives the similarity of the two halves' centroids.
    /// </summary>
    private (List<Member> First, List<Member> Second, double Between)? Bisect(List<Member> members)
    {
        var story = Resolve(members[0].Story!);
        Member seedA = members[0];
        double lowest = double.MaxValue;
        foreach (var m in members)
        {
            double score = story.ScoreWithout(m, _options.EntityWeight);
            if (score < lowest)
            {
                lowest = score;
                seedA = m;
            }
        }
        Member seedB = seedA;
        lowest = double.MaxValue;
        _termScratch.Hold(seedA.Terms);
        _entityScratch.Hold(seedA.Entities);
        foreach (var m in members)
        {
            double score = Blend(_termScratch.Cosine(m.Terms), _entityScratch.Cosine(m.Entities), _options.EntityWeight);
            if (m != seedA && score < lowest)
            {
                lowest = score;
                seedB = m;
            }
        }
        _termScratch.Release();
        _entityScratch.Release();
        if (seedB == seedA)
        {
            return null;
        }
        var (termsA, entitiesA, termsB, entitiesB) = _halves;
        Gather(termsA, entitiesA, [seedA]);
        Gather(termsB, entitiesB, [seedB]);
        List<Member> first = [];
        List<Member> second = [];
        for (int iteration = 0; iteration < 10; iteration++)
        {
            var nextFirst = new List<Member>();
            var nextSecond = new List<Member>();
            foreach (var m in members)
            {
                double toA = Blend(termsA.Cosine(m.Terms), entitiesA.Cosine(m.Entities), _options.EntityWeight);
                double toB = Blend(termsB.Cosine(m.Terms), entitiesB.Cosine(m.Entities), _options.EntityWeight);
                (toA >= toB ? nextFirst : nextSecond).Add(m);
            }
            if (nextFirst.Count == 0 || nextSecond.Count == 0)
            {
                return null;
            }
            bool settled = nextFirst.SequenceEqual(first);
            first = nextFirst;
            second = nextSecond;
            Gather(termsA, entitiesA, first);
            Gather(termsB, entitiesB, second);
            if (settled)
            {
                break;
            }
        }
        return (first, second, Blend(termsA.Cosine(termsB), entitiesA.Cosine(entitiesB), _options.EntityWeight));
    }

    /// <summary>Sums of the two halves' term and entity vectors, reused by every bisection.</summary>
    private readonly (DenseSum, DenseSum, DenseSum, DenseSum) _halves = (new(), new(), new(), new());

    private static void Gather(DenseSum terms, DenseSum entities, List<Member> members)
    {
        terms.Clear();
        entities.Clear();
        foreach (var m in members)
        {
            terms.Add(m.Terms);
            entities.Add(m.Entities);
        }
    }

    private StoryState OpenStory()
    {
        var story = new StoryState(_stories.Count);
        _stories.Add(story);
        _open.Add(story);
        return story;
    }

    /// <summary>Keeps the newest articles, the ones whose story can still be revised.</summary>
    private void Remember(Member member)
    {
        if (_options.ReviseArticles <= 0)
        {
            return;
        }
        if (_recent.Count == _options.ReviseArticles)
        {
            var leaving = _recent.Dequeue();
            leaving.Recent = false;
            if (Resolve(leaving.Story!).Established)
            {
                leaving.DropVectors();
            }
        }
        member.Recent = true;
        _recent.Enqueue(member);
    }

    /// <summary>
    /// The delayed decision: after <paramref name="added"/> joined (or opened) its story, the recent articles are
    /// placed again where that story changed the answer. An article of one of the stories the new article was
    /// compared with moves to the new article's story when it now fits there better than in its own story without
    /// it; an article of the new article's story moves to one of those stories when that fits it better, or stands
    /// alone again when it no longer fits its story at all. An article decides on the little evidence that exists
    /// when it arrives: the first report of a second boxing match finds only the first match's story, and the next
    /// reports of the second match then follow it there. Once the second match has a story of its own, its earlier
    /// reports move to it. Only the last <see cref="StoryOptions.ReviseArticles"/> articles move, so a story handed
    /// out is final and the work per article is bounded.
    /// </summary>
    private void Revise(Member added, List<StoryState> nearby)
    {
        var story = Resolve(added.Story!);
        if (_recent.Count == 0)
        {
            return;
        }
        var affected = _affected;
        affected.Clear();
        foreach (var other in nearby)
        {
            var resolved = Resolve(other);
            if (resolved != story && !affected.Contains(resolved) && IsActive(resolved))
            {
                affected.Add(resolved);
            }
        }
        // Articles of other stories are scored against the new article's story, held in the dense arrays once needed.
        bool held = false;
        foreach (var member in _recent)
        {
            var own = Resolve(member.Story!);
            member.Story = own;
            StoryState? target = null;
            if (own == story)
            {
                target = BetterStoryFor(member, own, affected);
            }
            else if (affected.Contains(own) && InTimeWindowOf(story, member.Article.Published))
            {
                if (!held)
                {
                    _termScratch.Hold(story.TermVector());
                    _entityScratch.Hold(story.EntityVector());
                    held = true;
                }
                double into = Blend(_termScratch.Cosine(member.Terms), _entityScratch.Cosine(member.Entities), _options.EntityWeight);
                if (into >= _options.JoinThreshold && into > Stay(member, own))
                {
                    target = story;
                }
            }
            if (target is null)
            {
                continue;
            }
            own.Remove(member);
            if (own.Count == 0)
            {
                own.MergedInto = target;
            }
            target.Add(member);
            Index(target, member.Terms);
        }
        _termScratch.Release();
        _entityScratch.Release();
    }

    /// <summary>How well a member fits its own story without it (cached until the story changes).</summary>
    private double Stay(Member member, StoryState own)
    {
        if (member.StayVersion != own.Version || member.StayStory != own)
        {
            member.StayScore = own.Count > 1 ? own.ScoreWithout(member, _options.EntityWeight) : double.MinValue;
            member.StayStory = own;
            member.StayVersion = own.Version;
        }
        return member.StayScore;
    }

    /// <summary>
    /// The story a member of <paramref name="own"/> belongs in now: one of <paramref name="others"/> that it fits
    /// better than its own story, a story of its own when it no longer fits its story, else null (it stays).
    /// </summary>
    private StoryState? BetterStoryFor(Member member, StoryState own, List<StoryState> others)
    {
        double stay = Stay(member, own);
        StoryState? target = null;
        double best = Math.Max(stay, _options.JoinThreshold - 1e-12);
        foreach (var other in others)
        {
            if (!InTimeWindowOf(other, member.Article.Published))
            {
                continue;
            }
            double score = other.Score(member, _options.EntityWeight);
            if (score > best)
            {
                best = score;
                target = other;
            }
        }
        if (target is null && stay < _options.JoinThreshold && own.Count > 1)
        {
            // Its company moved on: it stands alone again.
            target = OpenStory();
        }
        return target;
    }

    private (StoryState? Story, double Score) BestCandidate(SparseVector terms, SparseVector entities, StoryState? exclude, DateOnly? date, List<StoryState>? scored = null)
    {
        StoryState? best = null;
        double bestScore = double.MinValue;
        scored?.Clear();
        _termScratch.Hold(terms);
        _entityScratch.Hold(entities);
        foreach (var story in Candidates(terms))
        {
            if (story == exclude || !InTimeWindowOf(story, date))
            {
                continue;
            }
            double score = Similarity(story);
            if (scored is not null && score >= _options.JoinThreshold / 2)
            {
                scored.Add(story);
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = story;
            }
        }
        _termScratch.Release();
        _entityScratch.Release();
        return (best, bestScore);
    }

    /// <summary>Indexes a story under the article's most salient terms.</summary>
    private void Index(StoryState story, SparseVector terms)
    {
        foreach (var (term, _) in terms.Top(_options.IndexTerms))
        {
            if (!story.IndexedUnder.Add(term))
            {
                continue; // each story appears once in a posting list
            }
            if (!_index.TryGetValue(term, out var list))
            {
                _index[term] = list = [];
            }
            list.Add(story.Id);
        }
    }

    /// <summary>Merges into <paramref name="story"/> the active story most similar to it, while one reaches the merge threshold.</summary>
    private StoryState MergeConverged(StoryState story)
    {
        while (true)
        {
            var terms = story.TermVector();
            var (best, score) = BestCandidate(terms, story.EntityVector(), exclude: story, story.LastDate);
            if (best is null || score < _options.MergeThreshold)
            {
                return story;
            }
            // The older story absorbs the younger, so story ids stay those of first articles.
            var (keep, gone) = best.Id < story.Id ? (best, story) : (story, best);
            keep.Absorb(gone);
            gone.MergedInto = keep;
            Index(keep, keep.TermVector());
            story = keep;
        }
    }

    /// <summary>
    /// The active stories indexed under the article's most salient terms: ranked by the summed weight of the query
    /// terms they share, the best <see cref="StoryOptions.MaxCandidates"/> are scored in full, in id order.
    /// </summary>
    private List<StoryState> Candidates(SparseVector terms)
    {
        var touched = _touched;
        touched.Clear();
        _query++;
        foreach (var (term, weight) in terms.Top(_options.QueryTerms))
        {
            if (!_index.TryGetValue(term, out var list))
            {
                continue;
            }
            if (list.Count > 64 && list.Count >= 2 * CompactedLength(term))
            {
                // Amortised clean-up: drop every closed or absorbed story once the list has doubled since the last one.
                list.RemoveAll(id => _stories[id].MergedInto is not null || !IsActive(_stories[id]));
                _compactedLength[term] = list.Count;
            }
            _stamp++;
            foreach (var id in list)
            {
                var story = Resolve(_stories[id]);
                if (story.Stamp == _stamp)
                {
                    continue; // an absorbed story's postings lead to the story that absorbed it: count each once per term
                }
                story.Stamp = _stamp;
                if (story.Query != _query)
                {
                    story.Query = _query;
                    story.Shared = 0;
                    touched.Add(story);
                }
                story.Shared += weight;
            }
        }
        // The best MaxCandidates by shared weight (ties: the older story), kept sorted by insertion: a full sort of
        // the tens of stories a query touches cost more than scoring the few that are kept.
        var candidates = _candidates;
        candidates.Clear();
        int keep = _options.MaxCandidates;
        foreach (var story in touched)
        {
            if (candidates.Count == keep && !Ahead(story, candidates[^1]))
            {
                continue;
            }
            if (!IsActive(story))
            {
                continue;
            }
            int at = candidates.Count;
            while (at > 0 && Ahead(story, candidates[at - 1]))
            {
                at--;
            }
            if (candidates.Count == keep)
            {
                candidates.RemoveAt(keep - 1);
            }
            candidates.Insert(at, story);
        }
        candidates.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return candidates;
    }

    private static bool Ahead(StoryState a, StoryState b) => a.Shared > b.Shared || (a.Shared == b.Shared && a.Id < b.Id);

    /// <summary>Length of a posting list after its last clean-up (at least 32).</summary>
    private int CompactedLength(int term) =>
        _compactedLength.TryGetValue(term, out var length) ? Math.Max(length, 32) : 32;

    /// <summary>
    /// Still open: fed within the article window, and — on a dated stream — not past the time window behind the
    /// newest date seen, unless it was fed recently (input that is not in date order must not close stories early).
    /// </summary>

    private bool IsActive(StoryState story) =>
        !story.Released
        && _seen - story.LastSeen <= _options.WindowArticles
        && (story.LastDate is not { } last || _latestDate is not { } latest
            || latest.DayNumber - last.DayNumber <= _options.WindowTime.TotalDays
            || _seen - story.LastSeen <= SweepInterval);

    /// <summary>A dated article is compared only with stories whose dates lie within the time window of its own.</summary>
    private bool InTimeWindowOf(StoryState story, DateOnly? date) =>
        date is not { } d || story.FirstDate is not { } first || story.LastDate is not { } last
        || (d.DayNumber >= first.DayNumber - _options.WindowTime.TotalDays && d.DayNumber <= last.DayNumber + _options.WindowTime.TotalDays);

    private static StoryState Resolve(StoryState story)
    {
        while (story.MergedInto is not null)
        {
            story = story.MergedInto;
        }
        return story;
    }

    /// <summary>Similarity of the vectors held in the scratch arrays (see <see cref="BestCandidate"/>) to a story.</summary>
    private double Similarity(StoryState story)
    {
        double t = _termScratch.Cosine(story.TermVector());
        double e = _entityScratch.Cosine(story.EntityVector());
        return Blend(t, e, _options.EntityWeight);
    }

    /// <summary>The similarity of two articles or stories: their vocabulary's cosine, and their entities' at a weight.</summary>
    private static double Blend(double termCosine, double entityCosine, double entityWeight) =>
        (termCosine + entityWeight * entityCosine) / (1 + entityWeight);

    /// <summary>
    /// Sublinear TF × IDF (from the articles seen so far) of one article's counts, scaled to length 1: a story is the
    /// sum of its articles' unit vectors, so each article weighs the same whatever its length, and one article's
    /// share can be taken out again (see <see cref="Revise"/>).
    /// </summary>
    private SparseVector Weigh(KeyValuePair<int, int>[] counts, Vocabulary vocabulary)
    {
        var ids = new int[counts.Length];
        var weights = new double[counts.Length];
        double documents = _seen + _options.IdfPrior;
        double sum = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            var (id, count) = counts[i];
            ids[i] = id;
            double w = (1 + Math.Log(count)) * Math.Log(documents / (vocabulary.DocumentFrequency(id) + 1));
            weights[i] = w;
            sum += w * w;
        }
        if (sum > 0)
        {
            double scale = 1 / Math.Sqrt(sum);
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }
        }
        return new SparseVector(ids, weights);
    }

    /// <summary>One article as the clusterer holds it: metadata and its unit term and entity vectors.</summary>
    private sealed class Member(Article article, string? opening, int seen, string? reprintOf, SparseVector terms, SparseVector entities)
    {
        public Article Article { get; } = article;

        /// <summary>Its body's first sentence (kept when the text is not).</summary>
        public string? Opening { get; } = opening;

        /// <summary>Position in the stream (1-based).</summary>
        public int Seen { get; } = seen;

        public string? ReprintOf { get; } = reprintOf;

        public SparseVector Terms { get; private set; } = terms;

        public SparseVector Entities { get; private set; } = entities;

        /// <summary>True while it is among the recent articles (those that may still move).</summary>
        public bool Recent { get; set; }

        private static readonly SparseVector Empty = new([], []);

        /// <summary>
        /// Lets go of its vectors once nothing can need them again: it can no longer move, and its story is too big to
        /// split. The story's sums keep its share.
        /// </summary>
        public void DropVectors()
        {
            Terms = Empty;
            Entities = Empty;
        }

        /// <summary>The story it belongs to now (it may move while it is among the recent articles).</summary>
        public StoryState? Story { get; set; }

        /// <summary>Its similarity to <see cref="StayStory"/> without it, at that story's <see cref="StayVersion"/>.</summary>
        public double StayScore { get; set; }

        public StoryState? StayStory { get; set; }

        public int StayVersion { get; set; }
    }

    private sealed class StoryState(int id)
    {
        /// <summary>Entries of a centroid used to score candidates (see <see cref="ToVector"/>).</summary>
        private const int MaxCentroidTerms = 1000;

        /// <summary>Below this many articles the story's vectors are rebuilt at every change; above, every 25 % of growth.</summary>
        private const int ExactBelow = 16;

        private SparseVector? _terms;
        private SparseVector? _entities;
        private int _weighedCount;
        private double _termNormSquared;
        private double _entityNormSquared;

        public int Id { get; } = id;

        /// <summary>Changes whenever a member is added or removed.</summary>
        public int Version { get; private set; }

        /// <summary>Sum of the members' unit term vectors (the centroid's direction).</summary>
        public Dictionary<int, double> TermSum { get; } = [];

        /// <summary>Sum of the members' unit entity vectors.</summary>
        public Dictionary<int, double> EntitySum { get; } = [];

        /// <summary>Terms under which the story is in the inverted index.</summary>
        public HashSet<int> IndexedUnder { get; } = [];

        /// <summary>Marks the story as counted for the query term being looked up (see <see cref="Candidates"/>).</summary>
        public int Stamp { get; set; }

        /// <summary>The query (article) <see cref="Shared"/> belongs to.</summary>
        public int Query { get; set; }

        /// <summary>Summed weight of the query's salient terms the story is indexed under.</summary>
        public double Shared { get; set; }

        public List<Member> Members { get; } = [];

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
            if (_terms is null || Count > _weighedCount * 1.25)
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
            int n = sum.Count;
            if (n <= MaxCentroidTerms)
            {
                var ids = new int[n];
                var weights = new double[n];
                int i = 0;
                foreach (var (k, v) in sum)
                {
                    ids[i] = k;
                    weights[i++] = v;
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
                all[j] = k;
                keys[j++] = -v;
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
        public double Score(Member member, double entityWeight)
        {
            double t = Cosine(member.Terms, TermSum, _termNormSquared, without: false);
            double e = Cosine(member.Entities, EntitySum, _entityNormSquared, without: false);
            return Blend(t, e, entityWeight);
        }

        /// <summary>Similarity of a member of the story against the rest of the story.</summary>
        public double ScoreWithout(Member member, double entityWeight)
        {
            double t = Cosine(member.Terms, TermSum, _termNormSquared, without: true);
            double e = Cosine(member.Entities, EntitySum, _entityNormSquared, without: true);
            return Blend(t, e, entityWeight);
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
            return normSquared <= 1e-9 ? 0 : dot / Math.Sqrt(normSquared);
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

        /// <summary>Too big to split (see <see cref="Establish"/>): some members may have let go of their vectors.</summary>
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

        public void Add(Member member)
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
        public void Remove(Member member)
        {
            // Members are in stream order and the ones that move are recent: search from the end.
            Members.RemoveAt(Members.LastIndexOf(member));
            Version++;
            _termNormSquared = Accumulate(TermSum, _termNormSquared, member.Terms, -1);
            _entityNormSquared = Accumulate(EntitySum, _entityNormSquared, member.Entities, -1);
            LastSeen = Members.Count == 0 ? LastSeen : Members[^1].Seen;
            (FirstDate, LastDate) = DateRange(Members);
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
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(into, k, out _) += v;
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
                ref double w = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(into, unit.Ids[i], out _);
                double before = w;
                w += sign * unit.Weights[i];
                normSquared += w * w - before * before;
                if (sign < 0 && Math.Abs(w) < 1e-12)
                {
                    into.Remove(unit.Ids[i]);
                }
            }
            return Math.Max(0, normSquared);
        }

        /// <summary>
        /// The headline whose content words weigh most in the story's centroid (per word); for a story of articles
        /// without headlines, the opening sentence chosen the same way; else the first article's id.
        /// </summary>
        private string RepresentativeTitle(Vocabulary terms)
        {
            var candidates = Members.Select(m => m.Article.Title).OfType<string>().Distinct().ToList();
            if (candidates.Count == 0)
            {
                candidates = Members.Select(m => m.Opening).OfType<string>().Distinct().ToList();
            }
            string? best = null;
            double bestScore = double.MinValue;
            foreach (var title in candidates)
            {
                var stems = Text.Tokenizer.Words(title).Where(t => !Text.Stopwords.Contains(t)).Select(Text.PorterStemmer.Stem).ToList();
                double score = stems.Count == 0 ? 0 : stems.Sum(s => terms.Find(ArticleFeatures.TermKey(s)) is int id ? TermSum.GetValueOrDefault(id) : 0) / stems.Count;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = title;
                }
            }
            return best ?? Members[0].Article.Id;
        }

        public Story ToStory(StoryClusterer owner)
        {
            var articles = Articles;
            var dates = articles.Select(a => a.Published).OfType<DateOnly>().ToList();
            return new Story(
                Id,
                articles.Select(a => a.Id).ToList(),
                RepresentativeTitle(owner._terms),
                articles.Select(a => a.Outlet).Distinct().ToList(),
                dates.Count > 0 ? dates.Min() : null,
                dates.Count > 0 ? dates.Max() : null)
            {
                Reprints = Members.Where(m => m.ReprintOf is not null).ToDictionary(m => m.Article.Id, m => m.ReprintOf!, StringComparer.Ordinal),
            };
        }
    }
}
