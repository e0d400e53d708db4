namespace Roundup.Stories;

/// <summary>
/// Online clustering of a stream of articles into stories. Each arriving article is compared only with
/// candidate stories found through an inverted index over salient terms (its highest TF-IDF terms), scored by
/// TF-IDF cosine of vocabulary and of named entities, and joins the best story above the threshold or opens a
/// new one; a story that comes to resemble another closely enough absorbs it. IDF comes from the articles seen
/// so far (with a prior), never from the future. Stories that receive no article within the window leave the
/// candidate set and are closed: handed to <c>onClosed</c> (when given) and their state released, so memory stays
/// bounded on an endless stream. Deterministic for a given input order.
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
    private int _query;
    private readonly DenseScratch _termScratch = new();
    private readonly DenseScratch _entityScratch = new();
    private int _stamp;
    private readonly List<StoryState> _stories = [];
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
        var termCounts = _terms.Count(features.Terms);
        var entityCounts = _entities.Count(features.Entities);
        var terms = Weigh(termCounts, 1, _terms);
        var entities = Weigh(entityCounts, 1, _entities);
        var (best, score) = BestCandidate(terms, entities, exclude: null, article.Published);
        if (best is null || score < _options.JoinThreshold)
        {
            best = new StoryState(_stories.Count);
            _stories.Add(best);
            _open.Add(best);
        }
        best.Add(_options.KeepArticleText ? article : article with { Paragraphs = [] }, termCounts, entityCounts, _seen, reprintOf);
        Index(best, terms);
        if (best.Count > 1 && best.Count >= best.CheckedForMergeAt * 1.5)
        {
            best.CheckedForMergeAt = best.Count;
            best = MergeConverged(best);
        }
        return best.Id;
    }

    private (StoryState? Story, double Score) BestCandidate(SparseVector terms, SparseVector entities, StoryState? exclude, DateOnly? date)
    {
        StoryState? best = null;
        double bestScore = double.MinValue;
        _termScratch.Hold(terms);
        _entityScratch.Hold(entities);
        foreach (var story in Candidates(terms))
        {
            if (story == exclude || !InTimeWindowOf(story, date))
            {
                continue;
            }
            double score = Similarity(story);
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
            var terms = story.TermVector(this);
            var (best, score) = BestCandidate(terms, story.EntityVector(this), exclude: story, story.LastDate);
            if (best is null || score < _options.MergeThreshold)
            {
                return story;
            }
            // The older story absorbs the younger, so story ids stay those of first articles.
            var (keep, gone) = best.Id < story.Id ? (best, story) : (story, best);
            keep.Absorb(gone);
            gone.MergedInto = keep;
            Index(keep, keep.TermVector(this));
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
        touched.RemoveAll(story => !IsActive(story));
        touched.Sort(static (a, b) => a.Shared != b.Shared ? b.Shared.CompareTo(a.Shared) : a.Id.CompareTo(b.Id));
        var candidates = touched.GetRange(0, Math.Min(touched.Count, _options.MaxCandidates));
        candidates.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return candidates;
    }

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
        double t = _termScratch.Cosine(story.TermVector(this));
        double e = _entityScratch.Cosine(story.EntityVector(this));
        return (t + _options.EntityWeight * e) / (1 + _options.EntityWeight);
    }

    /// <summary>Sublinear TF × IDF of mean counts over <paramref name="members"/> articles.</summary>
    private SparseVector Weigh(ICollection<KeyValuePair<int, int>> counts, int members, Vocabulary vocabulary)
    {
        var ids = new int[counts.Count];
        var weights = new double[counts.Count];
        int n = 0;
        double documents = _seen + _options.IdfPrior;
        foreach (var (id, count) in counts)
        {
            double mean = count / (double)members;
            double tf = 1 + Math.Log(mean);
            if (tf > 0)
            {
                ids[n] = id;
                weights[n++] = tf * Math.Log(documents / (vocabulary.DocumentFrequency(id) + 1));
            }
        }
        if (n < ids.Length)
        {
            Array.Resize(ref ids, n);
            Array.Resize(ref weights, n);
        }
        return new SparseVector(ids, weights);
    }

    private sealed class StoryState(int id)
    {
        private SparseVector? _terms;
        private SparseVector? _entities;
        private int _weighedAt;
        private int _weighedCount;

        public int Id { get; } = id;

        public Dictionary<int, int> TermCounts { get; } = [];

        public Dictionary<int, int> EntityCounts { get; } = [];

        /// <summary>Terms under which the story is in the inverted index.</summary>
        public HashSet<int> IndexedUnder { get; } = [];

        /// <summary>Reprinted articles among its articles: id → id of the article reprinted.</summary>
        public Dictionary<string, string> Reprints { get; } = new(StringComparer.Ordinal);

        /// <summary>Marks the story as counted for the query term being looked up (see <see cref="Candidates"/>).</summary>
        public int Stamp { get; set; }

        /// <summary>The query (article) <see cref="Shared"/> belongs to.</summary>
        public int Query { get; set; }

        /// <summary>Summed weight of the query's salient terms the story is indexed under.</summary>
        public double Shared { get; set; }

        public List<Article> Articles { get; } = [];

        public int Count => Articles.Count;

        public int LastSeen { get; private set; }

        public DateOnly? LastDate { get; private set; }

        public DateOnly? FirstDate { get; private set; }

        public StoryState? MergedInto { get; set; }

        /// <summary>The story's TF-IDF vector, recomputed when the story changed or IDF drifted (10 % more articles).</summary>
        public SparseVector TermVector(StoryClusterer owner)
        {
            Refresh(owner);
            return _terms!;
        }

        public SparseVector EntityVector(StoryClusterer owner)
        {
            Refresh(owner);
            return _entities!;
        }

        /// <summary>
        /// Re-weighs the story when IDF has drifted (10 % more articles seen) or the story has grown by 10 % since the
        /// last weighing: exact for small stories, amortised for big ones, whose centroid a few articles barely move.
        /// </summary>
        private void Refresh(StoryClusterer owner)
        {
            if (_terms is null || owner._seen > _weighedAt * 1.1 || Count > _weighedCount * 1.1)
            {
                _terms = owner.Weigh(TermCounts, Count, owner._terms);
                _entities = owner.Weigh(EntityCounts, Count, owner._entities);
                _weighedAt = owner._seen;
                _weighedCount = Count;
            }
        }

        /// <summary>Size at the last convergence check; merges are looked for each time the story grows by half.</summary>
        public int CheckedForMergeAt { get; set; }

        /// <summary>True once the story was closed and handed out: its articles and counts are gone.</summary>
        public bool Released { get; private set; }

        public void Release()
        {
            Released = true;
            Articles.Clear();
            TermCounts.Clear();
            EntityCounts.Clear();
            IndexedUnder.Clear();
            Reprints.Clear();
            _terms = null;
            _entities = null;
        }

        public void Add(Article article, KeyValuePair<int, int>[] terms, KeyValuePair<int, int>[] entities, int seen, string? reprintOf)
        {
            Articles.Add(article);
            if (reprintOf is not null)
            {
                Reprints[article.Id] = reprintOf;
            }
            LastSeen = seen;
            if (article.Published is { } date)
            {
                LastDate = LastDate is { } last && last > date ? last : date;
                FirstDate = FirstDate is { } first && first < date ? first : date;
            }
            Accumulate(TermCounts, terms);
            Accumulate(EntityCounts, entities);
        }

        public void Absorb(StoryState other)
        {
            Articles.AddRange(other.Articles);
            LastSeen = Math.Max(LastSeen, other.LastSeen);
            if (other.LastDate is { } date)
            {
                LastDate = LastDate is { } last && last > date ? last : date;
            }
            if (other.FirstDate is { } otherFirst)
            {
                FirstDate = FirstDate is { } first && first < otherFirst ? first : otherFirst;
            }
            Accumulate(TermCounts, other.TermCounts);
            Accumulate(EntityCounts, other.EntityCounts);
            foreach (var (id, of) in other.Reprints)
            {
                Reprints[id] = of;
            }
            _terms = null;
        }

        private static void Accumulate(Dictionary<int, int> into, IEnumerable<KeyValuePair<int, int>> from)
        {
            foreach (var (k, v) in from)
            {
                into[k] = into.GetValueOrDefault(k) + v;
            }
        }

        /// <summary>The headline whose content words the story's articles use most (per word), else the first article's id.</summary>
        private string RepresentativeTitle(Vocabulary terms)
        {
            string? best = null;
            double bestScore = double.MinValue;
            foreach (var title in Articles.Select(a => a.Title).OfType<string>().Distinct())
            {
                var stems = Text.Tokenizer.Words(title).Where(t => !Text.Stopwords.Contains(t)).Select(Text.PorterStemmer.Stem).ToList();
                double score = stems.Count == 0 ? 0 : stems.Sum(s => terms.Find(ArticleFeatures.TermKey(s)) is int id ? (double)TermCounts.GetValueOrDefault(id) : 0) / stems.Count;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = title;
                }
            }
            return best ?? Articles[0].Id;
        }

        public Story ToStory(StoryClusterer owner)
        {
            var dates = Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
            return new Story(
                Id,
                Articles.Select(a => a.Id).ToList(),
                RepresentativeTitle(owner._terms),
                Articles.Select(a => a.Outlet).Distinct().ToList(),
                dates.Count > 0 ? dates.Min() : null,
                dates.Count > 0 ? dates.Max() : null)
            {
                Reprints = new Dictionary<string, string>(Reprints, StringComparer.Ordinal),
            };
        }
    }
}
