namespace Roundup.Stories;

/// <summary>The levers of online story clustering, each with the reason for its default.</summary>
public sealed record StoryOptions
{
    /// <summary>An article joins the best candidate story when its similarity reaches this; otherwise it opens a new one.</summary>
    public double JoinThreshold { get; init; } = 0.2;

    /// <summary>Two active stories whose centroids reach this similarity merge into one (they converged).</summary>
    public double MergeThreshold { get; init; } = 0.65;

    /// <summary>Weight of shared named entities (people, places, organisations) beside shared vocabulary.</summary>
    public double EntityWeight { get; init; } = 0.5;

    /// <summary>Terms of an article used to look up candidate stories (its highest TF-IDF terms).</summary>
    public int QueryTerms { get; init; } = 20;

    /// <summary>Candidate stories scored in full per article (the rest share too little of its salient vocabulary).</summary>
    public int MaxCandidates { get; init; } = 5;

    /// <summary>Terms of a story kept in the inverted index (its highest centroid weights).</summary>
    public int IndexTerms { get; init; } = 40;

    /// <summary>
    /// The newest this many articles may still move to another story when later articles show they fit it better
    /// (a delayed decision; 0 turns it off). Stories are handed out only after their articles left this window.
    /// </summary>
    public int ReviseArticles { get; init; } = 16;

    /// <summary>
    /// A story splits in two when a bisection of its articles gives halves whose centroids are less similar than this
    /// and each half names an entity the other almost never does (two title defences of one boxer); halves whose
    /// dates lie within <see cref="WindowTime"/> of each other never split.
    /// </summary>
    public double SplitThreshold { get; init; } = 0.55;

    /// <summary>A story that received no article in this many articles leaves the candidate set.</summary>
    public int WindowArticles { get; init; } = 50_000;

    /// <summary>
    /// A story that has had no article for this long (from its last article's date) has gone quiet and leaves the
    /// candidate set, when dates are known. A month: a story runs for weeks (a crisis, a trial) and a collection holds
    /// only some of its coverage, so gaps of one or two weeks between the articles one has are common; a week split
    /// such stories wherever their articles thinned out (docs/stories.md).
    /// </summary>
    public TimeSpan WindowTime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Keep each article whole in its story (needed to brief stories); otherwise only its id, outlet, title and date are kept.</summary>
    public bool KeepArticleText { get; init; }

    /// <summary>Pseudo-documents added to the running document count, so early articles' rare words are not over-weighted.</summary>
    public int IdfPrior { get; init; } = 100;
}
