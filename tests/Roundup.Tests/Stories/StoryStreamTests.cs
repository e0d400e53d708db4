using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Tests.Stories;

public class StoryStreamTests
{
    private static readonly string[] Events =
    [
        "A magnitude {0} earthquake struck off the coast of central Chile on Tuesday, shaking buildings in Santiago and Valparaiso; officials counted the damage in {1} towns.",
        "Voters in Portugal elected Antonio Costa's Socialists on Sunday, giving the prime minister a majority of {0} seats; turnout was {1} per cent.",
        "Firefighters battled a wildfire near Athens for a {0}th day as winds fanned flames towards {1} villages north of the Greek capital.",
    ];

    /// <summary>A stream of 300 articles on three events, each article worded a little differently; every fifth a copy of an earlier one.</summary>
    private static List<Article> MakeStream()
    {
        var articles = new List<Article>();
        for (int i = 0; i < 300; i++)
        {
            int e = i % Events.Length;
            var body = i % 5 == 4 && i >= 10
                ? articles[i - 9].Paragraphs
                : [string.Format(Events[e], 5 + i % 7, 10 + i % 11), $"Reporter {i} filed this account from the scene, where residents described what they saw in their own words {i}."];
            articles.Add(new Article($"a{i}", $"a{i}", $"outlet{i % 13}", null, new DateOnly(2026, 3, 1).AddDays(i / 100), null, null, null, body));
        }
        return articles;
    }

    [Fact]
    public void Parallel_preparation_gives_the_same_stories_as_adding_one_by_one()
    {
        var articles = MakeStream();
        var sequential = new StoryStream();
        var assigned = articles.Select(sequential.Add).ToList();
        var parallel = new StoryStream();
        var assignedInParallel = new List<int>();

        parallel.AddAll(articles, (_, story) => assignedInParallel.Add(story));

        Assert.Equal(assigned, assignedInParallel);
        Assert.Equal(sequential.ReprintCount, parallel.ReprintCount);
        Assert.Equal(sequential.Stories.Select(s => s.ArticleIds), parallel.Stories.Select(s => s.ArticleIds));
    }

    [Fact]
    public void Stories_name_their_reprints_and_count_independent_sources()
    {
        var stream = new StoryStream();
        stream.AddAll(MakeStream());
        stream.Complete();

        var reprints = stream.Stories.SelectMany(s => s.Reprints).ToList();
        Assert.NotEmpty(reprints);
        Assert.Equal(stream.ReprintCount, reprints.Count);
        foreach (var story in stream.Stories)
        {
            Assert.All(story.Reprints.Keys, id => Assert.Contains(id, story.ArticleIds));
            Assert.Equal(story.ArticleIds.Count - story.Reprints.Count, story.Independent);
        }
        // Every copy (every fifth article from the tenth on) is recognised as a reprint.
        Assert.All(Enumerable.Range(0, 300).Where(i => i % 5 == 4 && i >= 10), i => Assert.Contains(reprints, r => r.Key == $"a{i}"));
    }
}
