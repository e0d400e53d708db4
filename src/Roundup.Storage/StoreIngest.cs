using System.Collections.Concurrent;
using System.Globalization;
using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Storage;

/// <summary>
/// One ingest into a store: articles are stored (each once) on one thread while the story stream, restored from the
/// store, groups the new ones on the calling thread, in the order they were stored. The changed stories are written
/// with the stream's state every <see cref="CheckpointEvery"/> articles and at the end, so a run stopped at any point
/// leaves a store whose stories match its saved stream, and the next run goes on from there.
/// </summary>
public sealed class StoreIngest
{
    /// <summary>
    /// Articles grouped between saves of the story stream: a run stopped part-way loses at most this much grouping
    /// work, and a save (the stream's state, tens of megabytes on a busy stream) stays rare.
    /// </summary>
    public const int CheckpointEvery = 100_000;

    /// <summary>Stored articles waiting to be grouped: enough to keep both threads busy, few enough to bound memory.</summary>
    private const int QueueLength = 2048;

    private readonly string _path;
    private readonly Action<string> _warn;
    private readonly Action<StoreIngestProgress>? _progress;
    private readonly Dictionary<AddOutcome, int> _counts = [];
    private int _read;
    private int _grouped;

    /// <param name="path">The store: a SQLite file, or a PostgreSQL URL (see <see cref="Stores.Open"/>).</param>
    /// <param name="warn">Hears what went wrong but did not stop the run, in one sentence.</param>
    /// <param name="progress">Hears how far the run got, now and then (from either of the run's two threads).</param>
    public StoreIngest(string path, Action<string> warn, Action<StoreIngestProgress>? progress = null)
    {
        _path = path;
        _warn = warn;
        _progress = progress;
    }

    /// <summary>How many articles were added, replaced or found already stored.</summary>
    public IReadOnlyDictionary<AddOutcome, int> Counts => _counts;

    /// <summary>Articles read from the input.</summary>
    public int Read => _read;

    /// <summary>
    /// Stores <paramref name="articles"/> and groups the new ones into stories. An error reading the input stops the
    /// run after what was read before it is stored and grouped; it is then thrown.
    /// </summary>
    public void Run(IEnumerable<Article> articles)
    {
        using var store = Stores.Open(_path);
        using var held = Lock(store);
        var grouping = CaughtUp(store);

        using var stop = new CancellationTokenSource();
        using var stored = new BlockingCollection<Article>(QueueLength);
        var writer = Task.Run(() => Store(articles, stored, stop.Token));
        try
        {
            grouping.Add(stored.GetConsumingEnumerable());
        }
        catch
        {
            stop.Cancel();
            WaitQuietly(writer);
            throw;
        }
        // The writer's error (the input broke off) is thrown once what it stored is grouped and saved.
        grouping.Save();
        writer.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Stores <paramref name="articles"/> without taking the ingest lock (other workers may store at the same time),
    /// and groups nothing: see <see cref="Group"/>. An error reading the input is thrown after what came before it is stored.
    /// </summary>
    public void StoreOnly(IEnumerable<Article> articles)
    {
        using var store = Stores.Open(_path);
        store.AddAll(articles, (_, outcome, _) => Count(outcome));
    }

    /// <summary>
    /// Groups every stored article the saved stream has not taken in, in the order they were stored, under the
    /// ingest lock: however many workers stored articles, one at a time groups them, so no story is made twice.
    /// </summary>
    public void Group()
    {
        using var store = Stores.Open(_path);
        using var held = Lock(store);
        CaughtUp(store).Save();
    }

    private IDisposable Lock(IStore store) =>
        store.LockForIngest(() => _warn($"Another run is ingesting into {_path}; waiting for it to finish."));

    /// <summary>
    /// The stream restored from the store, fed the articles stored but not grouped yet (by a stopped run, or by other
    /// workers): the stream takes articles in the order they were stored.
    /// </summary>
    private Grouping CaughtUp(IStore store)
    {
        var grouping = Restore(store);
        grouping.Add(store.ArticlesInArrivalOrder(grouping.Last));
        return grouping;
    }

    private void Count(AddOutcome outcome)
    {
        lock (_counts)
        {
            _counts[outcome] = _counts.GetValueOrDefault(outcome) + 1;
        }
        int read = Interlocked.Increment(ref _read);
        if (read % ProgressEvery == 0)
        {
            _progress?.Invoke(new StoreIngestProgress(read, Volatile.Read(ref _grouped)));
        }
    }

    private void Store(IEnumerable<Article> articles, BlockingCollection<Article> stored, CancellationToken stop)
    {
        try
        {
            using var store = Stores.Open(_path);
            store.AddAll(articles, (article, outcome, id) =>
            {
                Count(outcome);
                if (outcome == AddOutcome.Added)
                {
                    stored.Add(article with { Id = id.ToString(CultureInfo.InvariantCulture) }, stop);
                }
            });
        }
        finally
        {
            stored.CompleteAdding();
        }
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is OperationCanceledException or RoundupException)
        {
        }
    }

    /// <summary>The stream as the store saved it; from nothing when none was saved or it cannot be continued (a warning).</summary>
    private Grouping Restore(IStore store)
    {
        var saved = store.StreamState();
        if (saved is not null)
        {
            try
            {
                return new Grouping(this, store, saved);
            }
            catch (RoundupException e)
            {
                _warn($"{e.Message} The stories are made again from every stored article.");
            }
        }
        return new Grouping(this, store, null);
    }

    /// <summary>The story stream of one store, its closed stories not yet written, and the last article it took in.</summary>
    private sealed class Grouping
    {
        private readonly StoreIngest _run;
        private readonly IStore _store;
        private readonly StoryStream _stream;
        private readonly List<Story> _closed = [];
        private bool _saved;

        public Grouping(StoreIngest run, IStore store, StreamCheckpoint? saved)
        {
            _run = run;
            _store = store;
            void OnClosed(Story story, IReadOnlyList<Article> _) => _closed.Add(story);
            _stream = saved is null
                ? new StoryStream(onClosed: OnClosed)
                : StoryStream.Restore(new MemoryStream(saved.State, writable: false), onClosed: OnClosed);
            Last = saved?.LastArticle ?? 0;
            _saved = saved is not null;
        }

        /// <summary>Store number of the last article the stream took in.</summary>
        public long Last { get; private set; }

        public void Add(IEnumerable<Article> articles)
        {
            _stream.AddAll(articles, (article, _) =>
            {
                Last = long.Parse(article.Id, CultureInfo.InvariantCulture);
                int grouped = Interlocked.Increment(ref _run._grouped);
                if (grouped % CheckpointEvery == 0)
                {
                    Save();
                }
                if (grouped % ProgressEvery == 0)
                {
                    _run._progress?.Invoke(new StoreIngestProgress(Volatile.Read(ref _run._read), grouped));
                }
            });
        }

        /// <summary>Writes the stories that closed or changed since the last save, with the stream's state.</summary>
        public void Save()
        {
            var changed = _stream.TakeChanged();
            if (_saved && _closed.Count == 0 && changed.Count == 0)
            {
                return; // nothing new: the saved state is this one
            }
            using var state = new MemoryStream();
            _stream.Save(state);
            _store.SaveStories([.. _closed, .. changed], new StreamCheckpoint(Last, state.ToArray()));
            _closed.Clear();
            _saved = true;
        }
    }

    /// <summary>Progress is reported every this many articles grouped.</summary>
    private const int ProgressEvery = 250;
}

/// <summary>How far an ingest got: articles read from the input, and articles grouped into stories.</summary>
public sealed record StoreIngestProgress(int Read, int Grouped);
