using Roundup.Model;

namespace Roundup.Stories;

/// <summary>One article as the clusterer holds it: metadata and its unit term and entity vectors.</summary>
internal sealed class StoryMember(Article article, string? opening, int seen, string? reprintOf, SparseVector terms, SparseVector entities)
{
    private static readonly SparseVector Empty = new([], []);

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

    /// <summary>The story it belongs to now (it may move while it is among the recent articles).</summary>
    public StoryState? Story { get; set; }

    /// <summary>Its similarity to <see cref="StayStory"/> without it, at that story's <see cref="StayVersion"/>.</summary>
    public double StayScore { get; set; }

    public StoryState? StayStory { get; set; }

    public int StayVersion { get; set; }

    /// <summary>
    /// Lets go of its vectors once nothing can need them again: it can no longer move, and its story is too big to
    /// split. The story's sums keep its share.
    /// </summary>
    public void DropVectors()
    {
        Terms = Empty;
        Entities = Empty;
    }

    /// <summary>Earliest and latest publication date among <paramref name="members"/>, when any is dated.</summary>
    public static (DateOnly? From, DateOnly? To) DateRange(List<StoryMember> members)
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
}
