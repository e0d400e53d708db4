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
