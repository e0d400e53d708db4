using Roundup.Model;
using Roundup.Stories;
using Roundup.Text;

namespace Roundup.Tests.Stories;

public class ArticleFeaturesTests
{
    private static Article Make(string? title, params string[] paragraphs) =>
        new("a", "a.txt", "outlet", title, null, null, null, null, paragraphs);

    private static int Entity(ArticleFeatures features, string name) =>
        features.Entities.FirstOrDefault(e => e.Key == TokenHash.Of(name)).Value;

    private static int Term(ArticleFeatures features, string word) =>
        features.Terms.FirstOrDefault(t => t.Key == ArticleFeatures.TermKey(PorterStemmer.Stem(word))).Value;

    [Fact]
    public void A_surname_matches_the_full_name_and_the_possessive()
    {
        // Beyond the lead (its first two paragraphs), so that each mention counts once.
        var features = ArticleFeatures.From(Make(null,
            "It was a long night.",
            "The arena was full.",
            "On Saturday Wladimir Klitschko won again.",
            "Later, the crowd cheered Klitschko's jab and Klitschko smiled."));

        Assert.Equal(1, Entity(features, "wladimir klitschko"));
        Assert.Equal(3, Entity(features, "klitschko"));
        Assert.Equal(0, Entity(features, "klitschko's"));
    }

    [Fact]
    public void The_title_and_lead_weigh_more_than_the_rest()
    {
        var features = ArticleFeatures.From(Make("Earthquake strikes Chile",
            "An earthquake struck the coast on Tuesday.",
            "Officials met on Wednesday.",
            "Schools reopened and the earthquake was forgotten by Friday."));

        Assert.Equal(2 * ArticleFeatures.LeadWeight + 1, Term(features, "earthquake"));
        Assert.Equal(1, Term(features, "schools"));
    }

    [Fact]
    public void A_text_in_one_block_has_a_lead_of_its_first_sentences_only()
    {
        // A corpus document wrapped as one block: its lead is its opening sentences, not the whole body.
        var features = ArticleFeatures.From(Make(null,
            "An earthquake struck Valparaiso on Tuesday. Buildings shook in Santiago. Officials counted the damage. "
            + "Schools in Valparaiso reopened on Friday. The earthquake was the strongest in years."));

        Assert.Equal(ArticleFeatures.LeadWeight + 1, Term(features, "earthquake"));
        Assert.Equal(ArticleFeatures.LeadWeight, Term(features, "officials"));
        Assert.Equal(1, Term(features, "schools"));
        Assert.Equal(ArticleFeatures.LeadWeight + 1, Entity(features, "valparaiso"));
    }
}
