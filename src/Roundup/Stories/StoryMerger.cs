namespace Roundup.Stories;

/// <summary>
/// Merges stories that converge: two stories opened for one event (its first reports too different to join) that
/// come to resemble each other closely enough become one.
/// </summary>
/// <param name="options">The merge threshold.</param>
/// <param name="index">Finds the story most similar to a story, and indexes the merged one.</param>
internal sealed class StoryMerger(StoryOptions options, CandidateIndex index)
{
    /// <summary>A story is checked for merges each time it grows by half: its centroid moves little in between.</summary>
    private const double CheckGrowth = 1.5;

    /// <summary>
    /// After <paramref name="story"/> grew: when it has grown enough since the last check, merges into it the stories
    /// it now resembles; returns the story its articles are in now.
    /// </summary>
    public StoryState Check(StoryState story)
    {
        if (story.Count > 1 && story.Count >= story.CheckedForMergeAt * CheckGrowth)
        {
            story.CheckedForMergeAt = story.Count;
            return MergeConverged(story);
        }
        return story;
    }

    /// <summary>Merges into <paramref name="story"/> the active story most similar to it, while one reaches the merge threshold.</summary>
    private StoryState MergeConverged(StoryState story)
    {
        while (true)
        {
            var terms = story.TermVector();
            var (best, score) = index.Best(terms, story.EntityVector(), exclude: story, story.LastDate);
            if (best is null || score < options.MergeThreshold)
            {
                return story;
            }
            // The older story absorbs the younger, so story ids stay those of first articles.
            var (keep, gone) = best.Id < story.Id ? (best, story) : (story, best);
            keep.Absorb(gone);
            gone.MergedInto = keep;
            index.Index(keep, keep.TermVector());
            story = keep;
        }
    }
}
