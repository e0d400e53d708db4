using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Tests.Briefing;

public class BrieferTests
{
    private static Article Make(string id, params string[] paragraphs) =>
        new(id, id + ".txt", id, null, null, null, null, null, paragraphs);

    [Fact]
    public void One_article_gives_a_brief_of_its_own_sentences()
    {
        var article = Make("solo",
            "Government troops recaptured the ancient city of Palmyra on Sunday after three weeks of fighting.",
            "The army said sappers were clearing mines laid by the militants across the ancient ruins.");

        var brief = new Briefer().Brief([article], 40);

        Assert.NotEmpty(brief.Summary);
        Assert.All(brief.Summary, s => Assert.Equal(["solo"], s.Sources));
    }

    [Fact]
    public void Shared_wire_sentence_is_chosen_once_with_all_its_outlets()
    {
        const string wire = "Government troops recaptured the ancient city of Palmyra from Islamic State fighters on Sunday, the army said.";
        var a = Make("a", wire, "Residents began returning to the eastern districts of the city on Monday morning.");
        var b = Make("b", wire.Replace("on Sunday", "on Sunday (March 27)", StringComparison.Ordinal), "The Syrian Observatory said hundreds of fighters died in the battle.");
        var c = Make("c", "A local official described the damage to the museum as severe but repairable.");

        var brief = new Briefer().Brief([a, b, c], 20);

        var lead = Assert.Single(brief.Summary);
        Assert.Equal(["a", "b"], lead.Sources);
        Assert.Equal(2, lead.Support);
    }

    [Fact]
    public void Rejects_an_empty_article_list_and_a_non_positive_budget()
    {
        Assert.Throws<ArgumentException>(() => new Briefer().Brief([], 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Briefer().Brief([Make("a", "Some text here that is long enough.")], 0));
    }
}

public class BriefBudgetTests
{
    private static Article Make(string id, params string[] paragraphs) =>
        new(id, id + ".txt", id, null, null, null, null, null, paragraphs);

    [Fact]
    public void Articles_that_share_nothing_still_fill_the_budget_from_both()
    {
        var shortReport = Make("short", "Syrian troops retook Palmyra from Islamic State on Sunday, a war monitor and state media said, after three weeks of fighting.");
        var longReport = Make("long",
            "The recapture opened the road east to Deir al-Zor, where government troops have been besieged for three years.",
            "Engineers began clearing mines from the ancient ruins, which the militants had rigged with explosives.",
            "The museum director said most of the statues removed before the city fell were safe in Damascus.",
            "Russian aircraft flew dozens of sorties over the desert in support of the advance, the defence ministry said.");

        var brief = new Briefer().Brief([shortReport, longReport], 60);

        Assert.True(brief.Words > 40, $"{brief.Words} words of 60");
        Assert.Contains(brief.Summary, s => s.Sources.Contains("long"));
        Assert.True(brief.Words <= 60);
    }

    [Fact]
    public async Task Thousands_of_copies_of_one_sentence_are_one_group_and_brief_quickly()
    {
        var article = Make("copies", Enumerable.Repeat("Ok.", 30_000).Prepend("Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.").ToArray());

        // Bounded so that comparing every pair of copies fails the test instead of stalling the suite.
        var (corpus, brief) = await Task.Run(() => (Corpus.Build([article]), new Briefer().Brief([article], 120))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, corpus.Groups.Count);
        Assert.True(brief.Summary.Count(s => s.Text == "Ok.") <= 1);
        Assert.Contains(brief.Summary, s => s.Text.StartsWith("Troops retook", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_of_punctuation_is_not_taken_for_a_short_sentence()
    {
        var article = Make("debris",
            "The council approved the budget on Monday after a long debate.",
            new string(',', 100_000) + " The mayor said the vote was close.",
            "Residents had asked for more money for schools and roads.");

        var brief = new Briefer().Brief([article], 120);

        Assert.Equal(2, brief.Summary.Count);
        Assert.All(brief.Summary, s => Assert.True(s.Text.Length < 200, s.Text[..Math.Min(80, s.Text.Length)]));
    }

    [Fact]
    public void A_sentence_that_leaves_a_quote_open_is_not_chosen_while_whole_ones_fill_the_brief()
    {
        // News leaves a quote open at a paragraph's end when the next paragraph goes on quoting.
        const string open = "“The bridge will stay closed until the engineers are sure it is safe for heavy trucks.";
        var a = Make("a", open, "It could take months,” the mayor of Lindholm said on Tuesday.",
            "The bridge over the Lind river was closed on Monday after inspectors found cracks in two of its piers.");
        var b = Make("b", open, "Trucks are being sent on a detour of forty kilometres through the hills, the road agency said.");

        var brief = new Briefer().Brief([a, b], 60);

        Assert.DoesNotContain(brief.Summary, s => s.Text == open);
        Assert.Contains(brief.Summary, s => s.Text.StartsWith("The bridge over the Lind river", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_opens_by_referring_back_is_not_chosen_while_others_can_fill_the_brief()
    {
        var a = Make("a",
            "The Northern Fisheries Council said on Monday that the cod quota for next year would be cut by a third.",
            "The Council said stocks in the northern bay had fallen for five years in a row.",
            "Fishermen in the port of Skarvik said the cut would cost them half their income next year.");
        var b = Make("b",
            "The prime minister and the fisheries minister flew to Skarvik on Tuesday to meet the fishermen.",
            "The two ministers promised aid of ten million crowns for the boats that stay in port.",
            "Fishermen in the port of Skarvik said the cut would cost them half their income next year.");

        var brief = new Briefer().Brief([a, b], 60);

        Assert.DoesNotContain(brief.Summary, s => s.Text.StartsWith("The Council said", StringComparison.Ordinal));
        Assert.DoesNotContain(brief.Summary, s => s.Text.StartsWith("The two ministers", StringComparison.Ordinal));
        Assert.Contains(brief.Summary, s => s.Text.StartsWith("Fishermen in the port", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_about_part_of_something_its_article_spoke_of_before_is_not_chosen()
    {
        var a = Make("a",
            "The mayor of Lindholm wrote a letter to the transport minister on Monday asking for money to repair the bridge.",
            "A copy of the letter was shown to reporters on Tuesday by an aide to the mayor.",
            "The bridge over the Lind river was closed last week after inspectors found cracks in two of its piers.");
        var b = Make("b", "The bridge over the Lind river was closed last week after inspectors found cracks in two of its piers.");

        var brief = new Briefer().Brief([a, b], 60);

        Assert.DoesNotContain(brief.Summary, s => s.Text.StartsWith("A copy of the letter", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He said the plan was “a disaster” for the town.", true)]
    [InlineData("\"We will rebuild,\" the mayor said.", true)]
    [InlineData("“It will take years to rebuild the harbour.", false)]
    [InlineData("\"It will take years to rebuild the harbour.", false)]
    public void Quotes_are_closed(string text, bool closed) =>
        Assert.Equal(closed, ConceptCoverage.QuotesClosed(text));

    [Theory]
    [InlineData("The council approved the budget on Monday.", true)]
    [InlineData("Das Parlament stimmte am Montag über den Haushalt ab.", true)]
    [InlineData("संसद ने सोमवार को बजट पारित किया।", true)]
    [InlineData("|----|----|----|----| Total |", false)]
    [InlineData("<< >> {{ }} ;; -- ok.", false)]
    public void Prose_is_mostly_letters_and_digits(string text, bool prose) =>
        Assert.Equal(prose, ConceptCoverage.IsProse(text));
}
