using Roundup.State;

namespace Roundup.Stories;

/// <summary>
/// Where the stream is (articles seen, newest date) and which stories are still within reach of it: a story leaves
/// the candidate set once it has gone a window of articles or of days without a new article.
/// </summary>
internal sealed class StoryWindow(StoryOptions options)
{
    /// <summary>
    /// Open stories are checked for closing once per this many articles (a sweep visits every open story); a story fed
    /// within this many articles also stays open on a dated stream whose dates jump ahead.
    /// </summary>
    public const int SweepInterval = 1024;

    private DateOnly? _latestDate;

    /// <summary>Articles seen so far.</summary>
    public int Seen { get; private set; }

    /// <summary>True when the article just observed makes it time to sweep the open stories.</summary>
    public bool SweepDue => Seen % SweepInterval == 0;

    /// <summary>Counts one more article of the stream, published on <paramref name="date"/> if known.</summary>
    public void Observe(DateOnly? date)
    {
        Seen++;
        if (date is { } d && (_latestDate is null || d > _latestDate))
        {
            _latestDate = d;
        }
    }

    /// <summary>
    /// Still open: fed within the article window, and — on a dated stream — not past the time window behind the
    /// newest date seen, unless it was fed recently (input that is not in date order must not close stories early).
    /// </summary>
    public bool IsActive(StoryState story) =>
        !story.Released
        && Seen - story.LastSeen <= options.WindowArticles
        && (story.LastDate is not { } last || _latestDate is not { } latest
            || latest.DayNumber - last.DayNumber <= options.WindowTime.TotalDays
            || Seen - story.LastSeen <= SweepInterval);

    /// <summary>A dated article is compared only with stories whose dates lie within the time window of its own.</summary>
    public bool InTimeWindowOf(StoryState story, DateOnly? date) =>
        date is not { } d || story.FirstDate is not { } first || story.LastDate is not { } last
        || (d.DayNumber >= first.DayNumber - options.WindowTime.TotalDays && d.DayNumber <= last.DayNumber + options.WindowTime.TotalDays);

    public void Write(SnapshotWriter writer)
    {
        writer.Int(Seen);
        writer.Date(_latestDate);
    }

    public void Read(SnapshotReader reader)
    {
        Seen = SnapshotReader.NonNegative(reader.Int());
        _latestDate = reader.Date();
    }
}
