namespace Roundup.Model;

/// <summary>A story: the articles about one event, as the clusterer has grouped them.</summary>
/// <param name="Id">Story number, in order of the story's first article.</param>
/// <param name="ArticleIds">Ids of its articles, in arrival order.</param>
/// <param name="Title">The most representative headline (or opening sentence) of its articles.</param>
/// <param name="Outlets">Distinct outlets, in order of first appearance.</param>
/// <param name="First">Earliest publication date among its articles, when known.</param>
/// <param name="Last">Latest publication date among its articles, when known.</param>
public sealed record Story(int Id, IReadOnlyList<string> ArticleIds, string Title, IReadOnlyList<string> Outlets, DateOnly? First, DateOnly? Last)
{
    /// <summary>Its articles that reprint an earlier article (wire copy): article id → id of the article reprinted.</summary>
    public IReadOnlyDictionary<string, string> Reprints { get; init; } = new Dictionary<string, string>();

    /// <summary>Articles that are not reprints: the story's independent sources.</summary>
    public int Independent => ArticleIds.Count(id => !Reprints.ContainsKey(id));
}
