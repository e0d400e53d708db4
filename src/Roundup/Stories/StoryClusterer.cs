using Roundup.Model;
using Roundup.State;

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
/// <remarks>
/// The work is shared by one class per concern: <see cref="CandidateIndex"/> (which stories to score),
/// <see cref="StoryReviser"/> (recent articles moved), <see cref="StorySplitter"/> (two events in one story),
/// <see cref="StoryMerger"/> (two stories of one event), <see cref="StoryWindow"/> (which stories are still open) and
/// <see cref="StoryState"/> (one story's sums, vectors and title).
/// </remarks>
public sealed class StoryClusterer
{
    private readonly StoryOptions _options;
    private readonly Action<Story, IReadOnlyList<Article>>? _onClosed;
    private readonly List<StoryState> _stories = [];
    private readonly List<StoryState> _open = [];
    private readonly Vocabulary _terms = new();
    private readonly Vocabulary _entities = new();
    private readonly List<StoryState> _nearby = [];
    private readonly StoryWindow _window;
    private readonly CandidateIndex _index;
    private readonly StoryReviser _reviser;
    private readonly StoryMerger _merger;
    private readonly StorySplitter _splitter;

    /// <param name="options">Thresholds and limits.</param>
    /// <param name="onClosed">
    /// Receives each story (and its articles) once it can receive no more articles; without it, closed stories are
    /// kept for <see cref="Stories"/>.
    /// </param>
    public StoryClusterer(StoryOptions? options = null, Action<Story, IReadOnlyList<Article>>? onClosed = null)
    {
        _options = options ?? new StoryOptions();
        _onClosed = onClosed;
        _window = new StoryWindow(_options);
        // One pair of dense arrays serves every stage in turn: they are sized by the vocabulary, which grows with the stream.
        var similarity = new Similarity(_options.EntityWeight);
        _index = new CandidateIndex(_options, _stories, _window, similarity);
        _reviser = new StoryReviser(_options, _window, _index, similarity, OpenStory);
        _merger = new StoryMerger(_options, _index);
        _splitter = new StorySplitter(_options, similarity, _index, OpenStory);
    }

    /// <summary>Number of articles added so far.</summary>
    public int ArticleCount => _window.Seen;

    /// <summary>The stories so far (merged stories are folded into the story that absorbed them), by id.</summary>
    public IReadOnlyList<Story> Stories => Retained.Select(s => s.ToStory(_terms)).ToList();

    private IEnumerable<StoryState> Retained => _stories.Where(s => s.MergedInto is null && !s.Released);

    /// <summary>
    /// The articles of each story, by story id, as added (whole only with <see cref="StoryOptions.KeepArticleText"/>;
    /// otherwise their id, outlet, title and date).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Article>> StoryArticles =>
        Retained.Select(s => (IReadOnlyList<Article>)s.Articles).ToList();

    /// <summary>The open stories whose articles changed since the last call, by id (see <see cref="StoryStream.TakeChanged"/>).</summary>
    internal IReadOnlyList<Story> TakeChanged()
    {
        var changed = new List<Story>();
        foreach (var story in _open.OrderBy(s => s.Id))
        {
            if (story.MergedInto is null && !story.Released && story.Count > 0 && story.Version != story.ReportedVersion)
            {
                story.ReportedVersion = story.Version;
                changed.Add(story.ToStory(_terms));
            }
        }
        return changed;
    }

    /// <summary>Closes every open story (the stream has ended), handing each to the callback in id order.</summary>
    public void Complete()
    {
        foreach (var story in _open.OrderBy(s => s.Id).ToList())
        {
            Close(story);
        }
        _open.Clear();
    }

    /// <summary>Adds one article and returns the id of the story it joined or opened.</summary>
    /// <param name="article">The next article of the stream.</param>
    /// <param name="reprintOf">The id of the earlier article it reprints (see <see cref="Dedup.ReprintDetector"/>), if any.</param>
    public int Add(Article article, string? reprintOf = null) => Add(article, ArticleFeatures.From(article), reprintOf);

    /// <summary>Adds an article whose features were extracted beforehand (perhaps on another thread).</summary>
    internal int Add(Article article, ArticleFeatures features, string? reprintOf)
    {
        _window.Observe(article.Published);
        if (_window.SweepDue)
        {
            Sweep();
        }
        var member = new StoryMember(
            _options.KeepArticleText ? article : Shown(article),
            article.Title is null || _options.KeepArticleText ? features.Opening : null,
            _window.Seen,
            reprintOf,
            Weigh(_terms.Count(features.Terms), _terms),
            Weigh(_entities.Count(features.Entities), _entities));
        var (best, score) = _index.Best(member.Terms, member.Entities, exclude: null, article.Published, _nearby);
        if (best is null || score < _options.JoinThreshold)
        {
            best = OpenStory();
        }
        best.Add(member);
        _index.Index(best, member.Terms);
        _merger.Check(best);
        _reviser.Revise(member, _nearby);
        _splitter.Check(StoryState.Resolve(member.Story!));
        _reviser.Remember(member);
        return StoryState.Resolve(member.Story!).Id;
    }

    /// <summary>
    /// What a story shows of an article kept without its text: its id, outlet, title and date (a story's title is
    /// chosen among its articles' titles, or their opening sentences when none has one). An open story holds every
    /// article it took in, so this is most of the clusterer's memory, and of a saved stream.
    /// </summary>
    private static Article Shown(Article article) =>
        new(article.Id, "", article.Outlet, article.Title, article.Published, null, null, null, []);

    private StoryState OpenStory()
    {
        var story = new StoryState(_stories.Count);
        _stories.Add(story);
        _open.Add(story);
        return story;
    }

    private void Close(StoryState story)
    {
        if (_onClosed is null || story.MergedInto is not null || story.Released)
        {
            return;
        }
        _onClosed(story.ToStory(_terms), story.Articles);
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
            if (_window.IsActive(story))
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

    /// <summary>Kinds of entry in a saved story list.</summary>
    private enum Saved : byte
    {
        Live,
        Merged,
        Released,
    }

    /// <summary>
    /// Writes the whole clustering state: the options it was made with, the window, both vocabularies, every story
    /// (open ones whole; closed and absorbed ones as the marks that keep ids and index entries meaningful), the
    /// open list, the index and the recent articles.
    /// </summary>
    internal void Write(SnapshotWriter writer)
    {
        WriteOptions(writer, _options);
        _window.Write(writer);
        _terms.Write(writer);
        _entities.Write(writer);
        writer.Int(_stories.Count);
        foreach (var story in _stories)
        {
            if (story.MergedInto is { } into)
            {
                writer.Int((int)Saved.Merged);
                writer.Int(into.Id);
            }
            else if (story.Released)
            {
                writer.Int((int)Saved.Released);
            }
            else
            {
                writer.Int((int)Saved.Live);
                story.Write(writer);
            }
        }
        writer.Ints(_open.Select(s => s.Id).ToList());
        _index.Write(writer);
        _reviser.Write(writer);
    }

    /// <summary>Reads what <see cref="Write"/> wrote into this new clusterer, made with the same options.</summary>
    internal void Read(SnapshotReader reader)
    {
        ReadOptions(reader, _options);
        _window.Read(reader);
        _terms.Read(reader);
        _entities.Read(reader);
        reader.IdLimit = Math.Max(_terms.Size, _entities.Size);
        int n = reader.Count();
        for (int i = 0; i < n; i++)
        {
            _stories.Add(new StoryState(i));
        }
        var bySeen = new Dictionary<int, StoryMember>();
        foreach (var story in _stories)
        {
            switch ((Saved)reader.Int())
            {
                case Saved.Live:
                    story.Read(reader);
                    foreach (var member in story.Members)
                    {
                        if (!bySeen.TryAdd(member.Seen, member))
                        {
                            throw SnapshotReader.Damaged();
                        }
                    }
                    break;
                case Saved.Merged:
                    story.MergedInto = _stories[SnapshotReader.Index(reader.Int(), n)];
                    break;
                case Saved.Released:
                    story.Release();
                    break;
                default:
                    throw SnapshotReader.Damaged();
            }
        }
        foreach (var story in _stories)
        {
            // An absorbed story leads to a live or closed one in fewer steps than there are stories: no cycle.
            var at = story;
            for (int steps = 0; at.MergedInto is not null; steps++)
            {
                at = steps < n ? at.MergedInto : throw SnapshotReader.Damaged();
            }
        }
        foreach (var id in reader.Ints())
        {
            _open.Add(_stories[SnapshotReader.Index(id, n)]);
        }
        _index.Read(reader);
        _reviser.Read(reader, bySeen);
    }

    private static void WriteOptions(SnapshotWriter writer, StoryOptions o)
    {
        foreach (var value in OptionValues(o))
        {
            writer.Double(value);
        }
    }

    private static void ReadOptions(SnapshotReader reader, StoryOptions o)
    {
        foreach (var value in OptionValues(o))
        {
            if (reader.Double() != value)
            {
                throw new InvalidDataException("it was made with other story options");
            }
        }
    }

    /// <summary>Every option that shapes the state, as numbers: a state made with other options is not continued.</summary>
    private static double[] OptionValues(StoryOptions o) =>
    [
        o.JoinThreshold, o.MergeThreshold, o.EntityWeight, o.QueryTerms, o.MaxCandidates, o.IndexTerms, o.ReviseArticles,
        o.SplitThreshold, o.WindowArticles, o.WindowTime.TotalDays, o.KeepArticleText ? 1 : 0, o.IdfPrior,
    ];

    /// <summary>
    /// Sublinear TF × IDF (from the articles seen so far) of one article's counts, scaled to length 1: a story is the
    /// sum of its articles' unit vectors, so each article weighs the same whatever its length, and one article's
    /// share can be taken out again (see <see cref="StoryReviser"/>).
    /// </summary>
    private SparseVector Weigh(KeyValuePair<int, int>[] counts, Vocabulary vocabulary)
    {
        var ids = new int[counts.Length];
        var weights = new double[counts.Length];
        double documents = _window.Seen + _options.IdfPrior;
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
}
