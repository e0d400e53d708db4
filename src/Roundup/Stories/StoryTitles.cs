using Roundup.Text;

namespace Roundup.Stories;

/// <summary>The title a story is shown under: chosen from its own articles, never written.</summary>
internal static class StoryTitles
{
    /// <summary>
    /// The headline whose content words weigh most in the story's centroid (per word); for a story of articles
    /// without headlines, the opening sentence chosen the same way; else the first article's id.
    /// </summary>
    public static string Representative(List<StoryMember> members, Dictionary<int, double> termSum, Vocabulary terms)
    {
        var candidates = members.Select(m => m.Article.Title).OfType<string>().Distinct().ToList();
        if (candidates.Count == 0)
        {
            candidates = members.Select(m => m.Opening).OfType<string>().Distinct().ToList();
        }
        double Weight(string stem) => terms.Find(ArticleFeatures.TermKey(stem)) is int id ? termSum.GetValueOrDefault(id) : 0;
        return ContentWords.BestTitle(candidates, Weight) ?? members[0].Article.Id;
    }
}
