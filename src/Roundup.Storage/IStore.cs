using Roundup.Model;

namespace Roundup.Storage;

/// <summary>
/// A store of articles, stories and briefs: one SQLite file (<see cref="Sqlite.SqliteStore"/>) or one PostgreSQL database
/// (<see cref="Postgres.PostgresStore"/>), with the same behaviour. One instance is one connection: use one per thread.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>Where the store is, as the user named it (a PostgreSQL URL without its password).</summary>
    string Location { get; }

    /// <summary>The schema version the store is at.</summary>
    int SchemaVersion { get; }

    /// <summary>How many articles the store holds.</summary>
    long ArticleCount { get; }

    /// <summary>How many stories the store holds.</summary>
    long StoryCount { get; }

    /// <summary>
    /// Takes the store's ingest lock, waiting while another process holds it (<paramref name="waiting"/> hears once
    /// that it waits): one run at a time adds articles and continues the story stream. Released when disposed, or when
    /// the process ends however it ends.
    /// </summary>
    IDisposable LockForIngest(Action? waiting = null);

    /// <summary>
    /// Adds <paramref name="article"/>: an article with the same URL is replaced when its text changed and left alone
    /// when not; without a URL, an article with the same outlet, title and body is the same article.
    /// </summary>
    AddOutcome Add(Article article);

    /// <summary>
    /// Adds every article as <see cref="Add"/> does, committing them in batches (a run stopped part-way keeps the
    /// batches it committed, and what was read before an input error is kept). <paramref name="stored"/> hears each
    /// article's outcome and store number once its batch is committed.
    /// </summary>
    void AddAll(IEnumerable<Article> articles, Action<Article, AddOutcome, long>? stored = null);

    /// <summary>The ids of the articles whose title or body hold all the words of <paramref name="query"/>, best first.</summary>
    IReadOnlyList<string> Search(string query);

    /// <summary>
    /// The stored articles after store number <paramref name="after"/>, in the order they were stored, with their store
    /// number as their id; read a page at a time on a connection of their own, so the caller may write meanwhile.
    /// </summary>
    IEnumerable<Article> ArticlesInArrivalOrder(long after = 0);

    /// <summary>The story stream's saved state and the last article it took in, or null when none was saved.</summary>
    StreamCheckpoint? StreamState();

    /// <summary>
    /// Writes <paramref name="stories"/> as they now are (articles move to them from the stories they were in; a story
    /// left with no article goes, and so do the kept briefs of changed stories) and the stream's
    /// <paramref name="checkpoint"/>, in one transaction. A story's id is the store number of its first article.
    /// </summary>
    void SaveStories(IEnumerable<Story> stories, StreamCheckpoint checkpoint);

    /// <summary>The brief of story <paramref name="id"/> kept for this budget and format, or null when none is kept or its story changed since.</summary>
    string? KeptBrief(long id, int words, string format);

    /// <summary>Keeps <paramref name="content"/> as the brief of story <paramref name="id"/> (as it is now) for this budget and format.</summary>
    void KeepBrief(long id, int words, string format, string content);

    /// <summary>
    /// The stored stories, latest first: those with an article published on or after <paramref name="since"/> (when
    /// given) and with an article holding all the words of <paramref name="query"/> (when given), at most <paramref name="limit"/>
    /// after skipping <paramref name="offset"/>.
    /// </summary>
    IReadOnlyList<StoredStory> Stories(DateOnly? since = null, string? query = null, int limit = int.MaxValue, int offset = 0);

    /// <summary>The outlets of story <paramref name="id"/>'s articles, most articles first, at most <paramref name="max"/>.</summary>
    IReadOnlyList<string> StoryOutlets(long id, int max);

    /// <summary>Story <paramref name="id"/>, or null when there is none.</summary>
    StoredStory? Story(long id);

    /// <summary>The articles of story <paramref name="id"/> in arrival order, with the ids they came with; empty when there is no such story.</summary>
    IReadOnlyList<Article> StoryArticles(long id);

    /// <summary>Each stored story's id with the source ids of its articles, in arrival order; stories by id.</summary>
    IReadOnlyList<(long Id, IReadOnlyList<string> Articles)> StoryMembers();

    /// <summary>Adds the feeds not yet in the store, due at <paramref name="now"/>; returns how many were new.</summary>
    int AddFeeds(IEnumerable<string> urls, DateTimeOffset now);

    /// <summary>Every feed the store watches, by URL.</summary>
    IReadOnlyList<FeedState> Feeds();

    /// <summary>Writes a feed's state after a fetch.</summary>
    void SaveFeed(FeedState feed);

    /// <summary>
    /// Adds input files (or URLs) to the store's work queue, which several ingest workers share; an item queued before
    /// (done or not) is left as it is. Returns how many were new.
    /// </summary>
    int Enqueue(IEnumerable<string> items, DateTimeOffset now);

    /// <summary>
    /// Claims the first queued item no worker holds — never one another worker claimed less than
    /// <paramref name="lease"/> ago (a worker that died lets go of its item once its lease runs out) — or null when none is left.
    /// </summary>
    string? Claim(string worker, TimeSpan lease, DateTimeOffset now);

    /// <summary>Marks a claimed item done.</summary>
    void Finish(string item, DateTimeOffset now);
}
