using Roundup.Concurrency;
using Roundup.Dedup;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.State;

namespace Roundup.Stories;

/// <summary>
/// The whole stream job: each article is checked for being a reprint of an earlier one (wire copy), then clustered
/// into a story. The work that needs no shared state — shingling and MinHash signatures, term and entity
/// extraction — runs on worker threads ahead of the in-order part (LSH lookup and story assignment), so a
/// multi-core machine shares it; results are identical to adding the articles one by one.
/// </summary>
public sealed class StoryStream
{
    private readonly ReprintDetector _reprints;
    private readonly StoryClusterer _clusterer;

    /// <param name="options">Story clustering options.</param>
    /// <param name="onClosed">Receives each story once it is closed (see <see cref="StoryClusterer"/>).</param>
    /// <param name="reprintWindow">Recent articles a reprint is looked for among (see <see cref="ReprintDetector"/>).</param>
    public StoryStream(StoryOptions? options = null, Action<Story, IReadOnlyList<Article>>? onClosed = null, int reprintWindow = 20_000)
    {
        _reprints = new ReprintDetector(reprintWindow);
        _clusterer = new StoryClusterer(options, onClosed);
    }

    /// <summary>Articles added so far.</summary>
    public int ArticleCount => _clusterer.ArticleCount;

    /// <summary>Articles found to reprint an earlier one so far.</summary>
    public int ReprintCount { get; private set; }

    /// <summary>The stories so far (when no <c>onClosed</c> callback takes them).</summary>
    public IReadOnlyList<Story> Stories => _clusterer.Stories;

    /// <summary>Adds one article; returns its story id.</summary>
    public int Add(Article article) => Add(Prepare(article));

    /// <summary>
    /// Adds every article in order, preparing them in parallel; <paramref name="added"/> (if given) is called after
    /// each, on the calling thread.
    /// </summary>
    public void AddAll(IEnumerable<Article> articles, Action<Article, int>? added = null)
    {
        foreach (var prepared in Prefetch.Map(articles, Prepare))
        {
            int story = Add(prepared);
            added?.Invoke(prepared.Article, story);
        }
    }

    /// <summary>
    /// The open stories that gained or lost articles since the last call (or since the stream began or was restored),
    /// by id: what a store must write again to stay in step. Closed stories go to the <c>onClosed</c> callback instead.
    /// </summary>
    public IReadOnlyList<Story> TakeChanged() => _clusterer.TakeChanged();

    /// <summary>Closes every open story: the stream has ended.</summary>
    public void Complete() => _clusterer.Complete();

    /// <summary>Marks the start of a saved stream, and the version of its layout: a stream saved otherwise is not read.</summary>
    private const string SnapshotMagic = "roundup-stream/1";

    /// <summary>
    /// Writes everything the stream has in hand — its open stories with their articles' vectors and metadata (not their
    /// text), the vocabulary and its document counts, the reprint window, the index and the recent decisions — so that
    /// <see cref="Restore"/> continues it exactly: the same articles added after a save and a restore make the same
    /// stories as added to this stream. Closed stories handed out are not kept.
    /// </summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new SnapshotWriter(output);
        writer.String(SnapshotMagic);
        writer.Int(ReprintCount);
        _reprints.Write(writer);
        _clusterer.Write(writer);
    }

    /// <summary>
    /// A stream continued from what <see cref="Save"/> wrote, with the same options (a state saved with other options,
    /// by another layout, or damaged is refused with a <see cref="RoundupException"/>).
    /// </summary>
    public static StoryStream Restore(Stream input, StoryOptions? options = null, Action<Story, IReadOnlyList<Article>>? onClosed = null, int reprintWindow = 20_000)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stream = new StoryStream(options, onClosed, reprintWindow);
        try
        {
            using var reader = new SnapshotReader(input);
            if (reader.String() != SnapshotMagic)
            {
                throw new InvalidDataException("it was saved by another version of Roundup");
            }
            stream.ReprintCount = SnapshotReader.NonNegative(reader.Int());
            stream._reprints.Read(reader);
            stream._clusterer.Read(reader);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            var reason = e switch
            {
                EndOfStreamException => "it is cut short",
                InvalidDataException => e.Message,
                _ => "it is damaged",
            };
            throw new RoundupException($"The saved story state cannot be continued: {reason}.", e);
        }
        return stream;
    }

    private sealed record Prepared(Article Article, ReprintSketch Sketch, ArticleFeatures Features);

    private static Prepared Prepare(Article article)
    {
        // One tokenization of the body serves both: its word hashes make the reprint sketch.
        var words = t_words ??= [];
        words.Clear();
        var features = ArticleFeatures.From(article, words);
        return new Prepared(article, ReprintDetector.Sketch(article.Id, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words)), features);
    }

    [ThreadStatic]
    private static List<ulong>? t_words;

    private int Add(Prepared prepared)
    {
        var source = _reprints.Add(prepared.Sketch);
        if (source is not null)
        {
            ReprintCount++;
        }
        return _clusterer.Add(prepared.Article, prepared.Features, source);
    }
}
