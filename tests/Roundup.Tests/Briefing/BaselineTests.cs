using Roundup.Briefing;
using Roundup.Evaluation;
using Roundup.Model;

namespace Roundup.Tests.Briefing;

/// <summary>Each baseline on small inputs whose correct choice is known.</summary>
public class BaselineTests
{
    private static Article Make(string id, DateOnly? published, params string[] paragraphs) =>
        new(id, id + ".txt", id, null, published, null, null, null, paragraphs);

    private static List<string> Pick(ISummarizer method, IReadOnlyList<Article> articles, int words)
    {
        var corpus = Corpus.Build(articles);
        return method.Select(corpus, words).Select(i => corpus.Sentences[i].Text).ToList();
    }

    // Three reports of a flood; one sentence of each shares the story's common words, the others are asides.
    private const string Hub = "Floods in the river valley forced thousands of residents from their homes on Monday.";
    private static readonly Article[] Flood =
    [
        Make("a", new DateOnly(2020, 5, 1), Hub, "A local football club postponed its weekend fixture against a rival team."),
        Make("b", new DateOnly(2020, 5, 2), "The river valley floods forced residents from homes, officials said Monday.",
            "A museum curator described rare paintings recovered from a basement archive."),
        Make("c", new DateOnly(2020, 5, 3), "Thousands of residents fled their homes as floods hit the valley on Monday.",
            "Separately, a bakery chain announced record profits for the spring quarter."),
    ];

    public static TheoryData<string> GraphAndCentroidMethods => new() { "lexrank", "textrank", "centroid", "klsum", "roundup" };

    [Theory]
    [MemberData(nameof(GraphAndCentroidMethods))]
    public void Content_methods_pick_a_sentence_about_the_shared_story_first(string method)
    {
        var picked = Pick(Roundup.Evaluation.SummaryEvaluation.Create(method, []), Flood, 16);

        var sentence = Assert.Single(picked);
        Assert.Contains("flood", sentence, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("residents", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Centroid_and_lexrank_pick_the_hub_sentence_that_shares_words_with_all_others()
    {
        Assert.Equal([Hub], Pick(new LexRank(), Flood, 15));
        Assert.Equal([Hub], Pick(new Centroid(), Flood, 15));
    }

    [Fact]
    public void Lead_takes_the_opening_of_the_most_recent_article()
    {
        Assert.Equal(["Thousands of residents fled their homes as floods hit the valley on Monday."], Pick(new Lead(), Flood, 20));
    }

    [Fact]
    public void Lead_takes_the_first_article_when_nothing_is_dated()
    {
        var undated = Flood.Select(a => a with { Published = null }).ToList();

        Assert.Equal([Hub], Pick(new Lead(), undated, 15));
    }

    [Fact]
    public void Oracle_picks_what_the_reference_says()
    {
        IReadOnlyList<IReadOnlyList<string>> references = [["A museum curator recovered rare paintings from a basement archive."]];

        Assert.Equal(["A museum curator described rare paintings recovered from a basement archive."], Pick(new GreedyOracle(references), Flood, 12));
    }

    [Theory]
    [InlineData("roundup")]
    [InlineData("lead")]
    [InlineData("lexrank")]
    [InlineData("textrank")]
    [InlineData("centroid")]
    [InlineData("klsum")]
    [InlineData("oracle")]
    public void Every_method_keeps_the_budget_and_one_sentence_per_group(string method)
    {
        var articles = Flood.Append(Make("d", null, Hub)).ToList();
        var corpus = Corpus.Build(articles);
        var summarizer = Roundup.Evaluation.SummaryEvaluation.Create(method, [[Hub]]);

        foreach (var budget in new[] { 5, 14, 30, 200 })
        {
            var chosen = summarizer.Select(corpus, budget);
            Assert.True(chosen.Sum(i => corpus.Sentences[i].Words) <= budget);
            Assert.Equal(chosen.Count, chosen.Select(i => corpus.GroupOf[i]).Distinct().Count());
        }
        Assert.Empty(summarizer.Select(Corpus.Build([Make("e", null)]), 100));
    }
}
