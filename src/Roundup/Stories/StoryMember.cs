using Roundup.Model;
using Roundup.State;

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

    /// <summary>Writes the member (its story is the one written around it; its cached stay score is not kept).</summary>
    public void Write(SnapshotWriter writer)
    {
        var a = Article;
        writer.String(a.Id);
        writer.String(a.Path);
        writer.String(a.Outlet);
        writer.String(a.Title);
        writer.Date(a.Published);
        writer.String(a.Url);
        writer.String(a.Dateline);
        writer.String(a.Agency);
        writer.Strings(a.Paragraphs);
        writer.Strings(a.Authors);
        writer.String(a.Language);
        writer.String(Opening);
        writer.Int(Seen);
        writer.String(ReprintOf);
        writer.Vector(Terms);
        writer.Vector(Entities);
        writer.Bool(Recent);
    }

    /// <summary>Reads a member written by <see cref="Write"/>, as a member of <paramref name="story"/>.</summary>
    public static StoryMember Read(SnapshotReader reader, StoryState story)
    {
        var article = new Article(
            Required(reader.String()), Required(reader.String()), reader.String(), reader.String(), reader.Date(),
            reader.String(), reader.String(), reader.String(), reader.Strings())
        {
            Authors = reader.Strings(),
            Language = reader.String(),
        };
        var member = new StoryMember(article, reader.String(), SnapshotReader.NonNegative(reader.Int()), reader.String(), reader.Vector(), reader.Vector())
        {
            Recent = reader.Bool(),
            Story = story,
        };
        return member;
    }

    private static string Required(string? value) => value ?? throw SnapshotReader.Damaged();

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
