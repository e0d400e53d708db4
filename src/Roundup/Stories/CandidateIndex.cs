using Roundup.State;

namespace Roundup.Stories;

/// <summary>
/// The inverted index from salient terms to the stories indexed under them, and the search for the story an article
/// (or a story) fits best: only the few stories that share its most salient terms are scored in full.
/// </summary>
/// <param name="options">Query and index sizes, the candidate count and the similarity weights.</param>
/// <param name="stories">Every story by id (the clusterer's list, which only grows).</param>
/// <param name="window">Which stories are still open and within the time window.</param>
/// <param name="similarity">The dense arrays candidates are scored with.</param>
internal sealed class CandidateIndex(StoryOptions options, IReadOnlyList<StoryState> stories, StoryWindow window, Similarity similarity)
{
    /// <summary>Posting lists shorter than this are never cleaned: scanning a few closed stories costs less.</summary>
    private const int MinCompactedLength = 32;

    /// <summary>A posting list is cleaned once it holds this many entries and has doubled since its last clean-up.</summary>
    private const int CompactFrom = 64;

    private readonly Dictionary<int, List<int>> _index = [];
    private readonly Dictionary<int, int> _compactedLength = [];
    private readonly List<StoryState> _touched = [];
    private readonly List<StoryState> _candidates = [];
    private int _query;
    private int _stamp;

    /// <summary>Indexes a story under the most salient terms of <paramref name="terms"/> (an article's or its own).</summary>
    public void Index(StoryState story, SparseVector terms)
    {
        foreach (var (term, _) in terms.Top(options.IndexTerms))
        {
            if (!story.IndexedUnder.Add(term))
            {
                continue; // each story appears once in a posting list
            }
            if (!_index.TryGetValue(term, out var list))
            {
                _index[term] = list = [];
            }
            list.Add(story.Id);
        }
    }

    /// <summary>
    /// The candidate story most similar to the vector pair and its score (null and <see cref="double.MinValue"/> when
    /// there is none), skipping <paramref name="exclude"/> and stories outside the time window of <paramref name="date"/>.
    /// Candidates scoring at least half the join threshold are listed in <paramref name="scored"/>, when given: they
    /// are the stories the decision may have changed.
    /// </summary>
    public (StoryState? Story, double Score) Best(SparseVector terms, SparseVector entities, StoryState? exclude, DateOnly? date, List<StoryState>? scored = null)
    {
        StoryState? best = null;
        double bestScore = double.MinValue;
        scored?.Clear();
        similarity.Hold(terms, entities);
        foreach (var story in Candidates(terms))
        {
            if (story == exclude || !window.InTimeWindowOf(story, date))
            {
                continue;
            }
            double score = similarity.To(story);
            if (scored is not null && score >= options.JoinThreshold / 2)
            {
                scored.Add(story);
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = story;
            }
        }
        similarity.Release();
        return (best, bestScore);
    }

    /// <summary>
    /// The active stories indexed under the article's most salient terms: ranked by the summed weight of the query
    /// terms they share, the best <see cref="StoryOptions.MaxCandidates"/> are scored in full, in id order.
    /// </summary>
    private List<StoryState> Candidates(SparseVector terms)
    {
        var touched = _touched;
        touched.Clear();
        _query++;
        foreach (var (term, weight) in terms.Top(options.QueryTerms))
        {
            if (!_index.TryGetValue(term, out var list))
            {
                continue;
            }
            if (list.Count > CompactFrom && list.Count >= 2 * CompactedLength(term))
            {
                // Amortised clean-up: drop every closed or absorbed story once the list has doubled since the last one.
                list.RemoveAll(id => stories[id].MergedInto is not null || !window.IsActive(stories[id]));
                _compactedLength[term] = list.Count;
            }
            _stamp++;
            foreach (var id in list)
            {
                var story = StoryState.Resolve(stories[id]);
                if (story.Stamp == _stamp)
                {
                    continue; // an absorbed story's postings lead to the story that absorbed it: count each once per term
                }
                story.Stamp = _stamp;
                if (story.Query != _query)
                {
                    story.Query = _query;
                    story.Shared = 0;
                    touched.Add(story);
                }
                story.Shared += weight;
            }
        }
        // The best MaxCandidates by shared weight (ties: the older story), kept sorted by insertion: a full sort of
        // the tens of stories a query touches cost more than scoring the few that are kept.
        var candidates = _candidates;
        candidates.Clear();
        int keep = options.MaxCandidates;
        foreach (var story in touched)
        {
            if (candidates.Count == keep && !Ahead(story, candidates[^1]))
            {
                continue;
            }
            if (!window.IsActive(story))
            {
                continue;
            }
            int at = candidates.Count;
            while (at > 0 && Ahead(story, candidates[at - 1]))
            {
                at--;
            }
            if (candidates.Count == keep)
            {
                candidates.RemoveAt(keep - 1);
            }
            candidates.Insert(at, story);
        }
        candidates.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return candidates;
    }

    private static bool Ahead(StoryState a, StoryState b) => a.Shared > b.Shared || (a.Shared == b.Shared && a.Id < b.Id);

    /// <summary>Length of a posting list after its last clean-up (at least <see cref="MinCompactedLength"/>).</summary>
    private int CompactedLength(int term) =>
        _compactedLength.TryGetValue(term, out var length) ? Math.Max(length, MinCompactedLength) : MinCompactedLength;

    /// <summary>Writes the posting lists and the query counters (a story's marks are per query and need no keeping).</summary>
    public void Write(SnapshotWriter writer)
    {
        writer.Int(_index.Count);
        foreach (var (term, list) in _index)
        {
            writer.Int(term);
            writer.Ints(list);
        }
        writer.Int(_compactedLength.Count);
        foreach (var (term, length) in _compactedLength)
        {
            writer.Int(term);
            writer.Int(length);
        }
        writer.Int(_query);
        writer.Int(_stamp);
    }

    /// <summary>Reads what <see cref="Write"/> wrote into this empty index (its stories are read already).</summary>
    public void Read(SnapshotReader reader)
    {
        int n = reader.Count();
        for (int i = 0; i < n; i++)
        {
            int term = reader.Int();
            var list = reader.Ints();
            foreach (var id in list)
            {
                SnapshotReader.Index(id, stories.Count);
            }
            if (!_index.TryAdd(term, list))
            {
                throw SnapshotReader.Damaged();
            }
        }
        n = reader.Count();
        for (int i = 0; i < n; i++)
        {
            if (!_compactedLength.TryAdd(reader.Int(), reader.Int()))
            {
                throw SnapshotReader.Damaged();
            }
        }
        _query = reader.Int();
        _stamp = reader.Int();
    }
}
