using Roundup.State;

namespace Roundup.Stories;

/// <summary>
/// The delayed decision: the newest articles are placed again when a later article changes where they belong.
/// An article decides on the little evidence that exists when it arrives: the first report of a second boxing match
/// finds only the first match's story, and the next reports of the second match then follow it there. Once the second
/// match has a story of its own, its earlier reports move to it. Only the last
/// <see cref="StoryOptions.ReviseArticles"/> articles move, so a story handed out is final and the work per article
/// is bounded.
/// </summary>
/// <param name="options">How many articles may move, and the thresholds they move by.</param>
/// <param name="window">Which stories are open and within the time window.</param>
/// <param name="index">Where a story that gains an article is indexed anew.</param>
/// <param name="similarity">The dense arrays a story's centroid is held in while the recent articles are scored.</param>
/// <param name="openStory">Opens a new story (for an article that no longer fits its own).</param>
internal sealed class StoryReviser(StoryOptions options, StoryWindow window, CandidateIndex index, Similarity similarity, Func<StoryState> openStory)
{
    /// <summary>
    /// An article moves to another story only when that story beats both its stay score and the join threshold; the
    /// comparison is strict, so this margin lets a score exactly at the threshold qualify, as it does for a join.
    /// </summary>
    private const double TieMargin = 1e-12;

    private readonly Queue<StoryMember> _recent = new();
    private readonly List<StoryState> _affected = [];

    /// <summary>Keeps the newest articles, the ones whose story can still be revised.</summary>
    public void Remember(StoryMember member)
    {
        if (options.ReviseArticles <= 0)
        {
            return;
        }
        if (_recent.Count == options.ReviseArticles)
        {
            var leaving = _recent.Dequeue();
            leaving.Recent = false;
            if (StoryState.Resolve(leaving.Story!).Established)
            {
                leaving.DropVectors();
            }
        }
        member.Recent = true;
        _recent.Enqueue(member);
    }

    /// <summary>
    /// After <paramref name="added"/> joined (or opened) its story, the recent articles are placed again where that
    /// story changed the answer. An article of one of the <paramref name="nearby"/> stories the new article was
    /// compared with moves to the new article's story when it now fits there better than in its own story without
    /// it; an article of the new article's story moves to one of those stories when that fits it better, or stands
    /// alone again when it no longer fits its story at all.
    /// </summary>
    public void Revise(StoryMember added, List<StoryState> nearby)
    {
        var story = StoryState.Resolve(added.Story!);
        if (_recent.Count == 0)
        {
            return;
        }
        var affected = _affected;
        affected.Clear();
        foreach (var other in nearby)
        {
            var resolved = StoryState.Resolve(other);
            if (resolved != story && !affected.Contains(resolved) && window.IsActive(resolved))
            {
                affected.Add(resolved);
            }
        }
        // Articles of other stories are scored against the new article's story, held in the dense arrays once needed.
        bool held = false;
        foreach (var member in _recent)
        {
            var own = StoryState.Resolve(member.Story!);
            member.Story = own;
            StoryState? target = null;
            if (own == story)
            {
                target = BetterStoryFor(member, own, affected);
            }
            else if (affected.Contains(own) && window.InTimeWindowOf(story, member.Article.Published))
            {
                if (!held)
                {
                    similarity.Hold(story.TermVector(), story.EntityVector());
                    held = true;
                }
                double into = similarity.To(member.Terms, member.Entities);
                if (into >= options.JoinThreshold && into > Stay(member, own))
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
            index.Index(target, member.Terms);
        }
        similarity.Release();
    }

    /// <summary>How well a member fits its own story without it (cached until the story changes).</summary>
    private double Stay(StoryMember member, StoryState own)
    {
        if (member.StayVersion != own.Version || member.StayStory != own)
        {
            member.StayScore = own.Count > 1 ? own.ScoreWithout(member, options.EntityWeight) : double.MinValue;
            member.StayStory = own;
            member.StayVersion = own.Version;
        }
        return member.StayScore;
    }

    /// <summary>
    /// The story a member of <paramref name="own"/> belongs in now: one of <paramref name="others"/> that it fits
    /// better than its own story, a story of its own when it no longer fits its story, else null (it stays).
    /// </summary>
    private StoryState? BetterStoryFor(StoryMember member, StoryState own, List<StoryState> others)
    {
        double stay = Stay(member, own);
        StoryState? target = null;
        double best = Math.Max(stay, options.JoinThreshold - TieMargin);
        foreach (var other in others)
        {
            if (!window.InTimeWindowOf(other, member.Article.Published))
            {
                continue;
            }
            double score = other.Score(member, options.EntityWeight);
            if (score > best)
            {
                best = score;
                target = other;
            }
        }
        if (target is null && stay < options.JoinThreshold && own.Count > 1)
        {
            // Its company moved on: it stands alone again.
            target = openStory();
        }
        return target;
    }

    /// <summary>Writes the recent articles, oldest first, by their place in the stream (those of closed stories are done with).</summary>
    public void Write(SnapshotWriter writer) =>
        writer.Ints(_recent.Where(m => !StoryState.Resolve(m.Story!).Released).Select(m => m.Seen).ToList());

    /// <summary>Reads the recent articles, finding each among the restored stories' members by its place in the stream.</summary>
    public void Read(SnapshotReader reader, IReadOnlyDictionary<int, StoryMember> bySeen)
    {
        foreach (var seen in reader.Ints())
        {
            _recent.Enqueue(bySeen.TryGetValue(seen, out var member) && member.Recent ? member : throw SnapshotReader.Damaged());
        }
    }
}
