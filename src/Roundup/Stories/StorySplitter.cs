namespace Roundup.Stories;

/// <summary>
/// Finds stories that hold two events: a young story whose articles fall into two groups naming different people or
/// places, not tied together by their dates, is split in two. Also marks stories too big to split from then on.
/// </summary>
/// <param name="options">The split threshold and the time window.</param>
/// <param name="similarity">The dense arrays the bisection's seed is held in.</param>
/// <param name="index">Where the new half is indexed.</param>
/// <param name="openStory">Opens the story the leaving half moves to.</param>
internal sealed class StorySplitter(StoryOptions options, Similarity similarity, CandidateIndex index, Func<StoryState> openStory)
{
    /// <summary>Each half of a split holds at least this many articles: smaller groups are a story's stray reports.</summary>
    private const int MinSide = 5;

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
    private const int MaxMembers = 128;

    /// <summary>A story is checked again each time it grows by a fifth: halving it costs a pass over its articles.</summary>
    private const double CheckGrowth = 1.2;

    /// <summary>An entity marks its half when at least this share of the half's articles name it ...</summary>
    private const double MarkInSide = 0.6;

    /// <summary>... and at most this share of the other half's.</summary>
    private const double MarkInOther = 0.1;

    /// <summary>2-means rounds at most: the halves of a news story settle in two or three.</summary>
    private const int MaxRounds = 10;

    private readonly StoryBisector _bisector = new(options.EntityWeight, similarity);

    /// <summary>
    /// After <paramref name="story"/> grew: marks it established once it is too big to split, else splits it when it
    /// holds two events (checked each time it grows by a fifth).
    /// </summary>
    public void Check(StoryState story)
    {
        if (story.Count > MaxMembers && !story.Established)
        {
            Establish(story);
        }
        else if (!story.Established && story.Count >= 2 * MinSide && story.Count >= story.CheckedForSplitAt * CheckGrowth)
        {
            story.CheckedForSplitAt = story.Count;
            SplitIfTwoEvents(story);
        }
    }

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
        if (story.FirstDate is { } from && story.LastDate is { } to && to.DayNumber - from.DayNumber <= options.WindowTime.TotalDays
            && members.TrueForAll(m => m.Article.Published is not null))
        {
            return; // every way of halving it leaves two groups tied by their dates
        }
        var partition = _bisector.Bisect(StoryState.Resolve(members[0].Story!), members, MaxRounds);
        if (partition is not { } halves)
        {
            return;
        }
        var (first, second, between) = halves;
        if (first.Count < MinSide || second.Count < MinSide || TiedByTime(first, second))
        {
            return;
        }
        if (between >= options.SplitThreshold || Exclusive(first, second) == 0 || Exclusive(second, first) == 0)
        {
            return;
        }
        var leaving = first.Contains(members[0]) ? second : first;
        var target = openStory();
        foreach (var m in leaving)
        {
            story.Remove(m);
            target.Add(m);
            index.Index(target, m.Terms);
        }
        story.CheckedForSplitAt = story.Count;
        target.CheckedForSplitAt = target.Count;
    }

    /// <summary>
    /// True when both groups hold dated articles within the time window of each other: the dates say one event,
    /// and differing content is then two angles on it (two agencies' copy), not two events.
    /// </summary>
    private bool TiedByTime(List<StoryMember> first, List<StoryMember> second)
    {
        var (firstFrom, firstTo) = StoryMember.DateRange(first);
        var (secondFrom, secondTo) = StoryMember.DateRange(second);
        if (firstFrom is not { } a0 || firstTo is not { } a1 || secondFrom is not { } b0 || secondTo is not { } b1)
        {
            return false;
        }
        double window = options.WindowTime.TotalDays;
        return b0.DayNumber <= a1.DayNumber + window && a0.DayNumber <= b1.DayNumber + window;
    }

    /// <summary>
    /// Entities among the <see cref="SalientEntities"/> most salient of at least <see cref="MarkInSide"/> of
    /// <paramref name="side"/>'s articles and found in at most <see cref="MarkInOther"/> of <paramref name="other"/>'s.
    /// </summary>
    private static int Exclusive(List<StoryMember> side, List<StoryMember> other)
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
}
