using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Tests.Briefing;

/// <summary>Support counts sources, not copies: a wire story run by two outlets is one source.</summary>
public class IndependentSupportTests
{
    private static Article Make(string id, params string[] paragraphs) =>
        new(id, id + ".txt", id, null, null, null, null, null, paragraphs);

    /// <summary>A wire story (written for this test) and an outlet's lightly edited copy of it.</summary>
    private static readonly string[] Wire =
    [
        "Floodwaters swept through the river town of Calder on Thursday, forcing hundreds of families from their homes as the levee gave way.",
        "The regional governor declared an emergency and asked the army to send boats and helicopters to reach villages cut off by the water.",
        "Forecasters warned that more rain was expected over the weekend and that the river could rise another metre before it crested.",
        "Shops along the main street were flooded to the windows, and the town's only bridge was closed to traffic.",
    ];

    /// <summary>Carried by the wire story and by an outlet's own report, not by the copy: two sources, two articles.</summary>
    private const string SharedFact = "The mayor of Calder said four people had drowned and two were still missing.";

    private static IReadOnlyList<Article> Story()
    {
        var wire = Make("wire", [.. Wire, SharedFact]);
        var copy = Make("copy", [.. Wire.Select(p => p.Replace("on Thursday", "on Thursday evening", StringComparison.Ordinal))]);
        var own = Make("own",
            SharedFact,
            "Volunteers filled sandbags through the night at the school on the hill, which was turned into a shelter for those who fled.",
            "Farmers upstream said the water had ruined the harvest in fields that were due to be cut next week.");
        return [wire, copy, own];
    }

    [Fact]
    public void A_reprint_has_the_origin_of_the_story_it_copies()
    {
        var corpus = Corpus.Build(Story());

        Assert.Equal([0, 0, 2], corpus.OriginOf);
        Assert.Equal(2, corpus.Independent([0, 1, 2]));
        Assert.Equal(1, corpus.Independent([0, 1]));
    }

    [Fact]
    public void A_sentence_counts_every_article_in_support_and_each_story_once_as_independent()
    {
        var brief = new Briefer().Brief(Story(), 120);

        var fact = Assert.Single(brief.Summary, s => s.Text == SharedFact);
        Assert.Equal((2, 2), (fact.Support, fact.Independent));
        var wire = brief.Summary.Where(s => s.Sources.Contains("wire") && s.Sources.Contains("copy")).ToList();
        Assert.NotEmpty(wire);
        Assert.All(wire, s => Assert.Equal((2, 1), (s.Support, s.Independent)));
    }

    [Fact]
    public void A_fact_two_independent_sources_confirm_comes_before_one_wire_story_reprinted()
    {
        var brief = new Briefer().Brief(Story(), 25);

        Assert.Equal(SharedFact, Assert.Single(brief.Summary).Text);
    }
}
