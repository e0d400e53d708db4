using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Tests.Stories;

/// <summary>Decisions the clusterer takes back: recent articles that move, stories that split in two.</summary>
public class StoryRevisionTests
{
    private static Article Make(string id, string title, string text, DateOnly? date = null) =>
        new(id, id + ".txt", "outlet-" + id, title, date, null, null, null, [text]);

    // Two title defences of one champion: the same frame (boxer, belts, knockout), different challengers and venues.
    private static readonly Article[] Rahman =
    [
        Make("a1", "Klitschko stops Rahman in seventh round", "Wladimir Klitschko retained his heavyweight belts by stopping Hasim Rahman in the seventh round at the SAP Arena in Mannheim."),
        Make("a2", "Rahman no match for Klitschko in Mannheim", "Hasim Rahman, a former champion, was outclassed by Wladimir Klitschko before 13,000 fans at the SAP Arena in Mannheim, Germany."),
        Make("a3", "Klitschko beats Rahman", "The referee waved off the fight in the seventh round after Klitschko landed a series of left jabs on Rahman in Mannheim."),
        Make("a4", "Mannheim: Klitschko keeps his titles", "Rahman, 35, said he had no answer to the jab. Klitschko retained the IBF and WBO belts at the SAP Arena."),
        Make("a5", "Klitschko too strong for Rahman", "Klitschko dropped Rahman in the sixth round and finished him in the seventh before the crowd at the SAP Arena in Mannheim."),
    ];

    private static readonly Article[] Thompson =
    [
        Make("b1", "Klitschko stops Thompson in sixth round", "Wladimir Klitschko retained his heavyweight belts by stopping Tony Thompson in the sixth round at the Stade de Suisse in Bern."),
        Make("b2", "Thompson no match for Klitschko in Bern", "Tony Thompson, the American challenger, was outclassed by Wladimir Klitschko before 26,000 fans at the Stade de Suisse in Bern, Switzerland."),
        Make("b3", "Klitschko beats Thompson", "Thompson's corner threw in the towel in the sixth round after Klitschko landed a series of right hands on Thompson in Bern."),
        Make("b4", "Bern: Klitschko keeps his titles", "Thompson, 40, said he had no answer to the right hand. Klitschko retained the WBA and IBF belts at the Stade de Suisse."),
        Make("b5", "Klitschko too strong for Thompson", "Klitschko dropped Thompson in the fifth round and finished him in the sixth before the crowd at the Stade de Suisse in Bern."),
    ];

    /// <summary>The two events' reports, alternating (as a stream interleaves them).</summary>
    private static IEnumerable<Article> Interleaved(DateOnly? rahmanDate = null, DateOnly? thompsonDate = null) =>
        Rahman.Zip(Thompson).SelectMany(p => new[] { p.First with { Published = rahmanDate }, p.Second with { Published = thompsonDate } });

    private static List<List<string>> Cluster(IEnumerable<Article> articles, StoryOptions options)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }
        return clusterer.Stories.Select(s => s.ArticleIds.Order(StringComparer.Ordinal).ToList()).ToList();
    }

    // Everything joins one story at first (a threshold no pair misses), and no recent article may move: only the
    // split can separate the two fights.
    private static readonly StoryOptions JoinAll = new() { JoinThreshold = 0.001, ReviseArticles = 0 };

    [Fact]
    public void A_story_holding_two_undated_events_splits_into_them()
    {
        var stories = Cluster(Interleaved(), JoinAll);

        Assert.Equal(2, stories.Count);
        Assert.Contains(["a1", "a2", "a3", "a4", "a5"], stories);
        Assert.Contains(["b1", "b2", "b3", "b4", "b5"], stories);
    }

    [Fact]
    public void Groups_dated_within_the_window_of_each_other_do_not_split()
    {
        var date = new DateOnly(2012, 7, 7);

        var stories = Cluster(Interleaved(date, date.AddDays(1)), JoinAll);

        Assert.Single(stories);
    }

    [Fact]
    public void Undated_groups_that_name_the_same_people_do_not_split()
    {
        // Two angles on one fight (ringside and the record books) differ in vocabulary but share the names.
        var sameFight = Rahman.Concat(Rahman.Select(a => a with
        {
            Id = a.Id + "r",
            Title = "Rahman record: Klitschko's 50th win",
            Paragraphs = ["Klitschko's record improved to 50 wins against Rahman, whose career began in 1994; Klitschko was paid more than Rahman for the Mannheim bout at the SAP Arena."],
        }));

        var stories = Cluster(sameFight, JoinAll);

        Assert.Single(stories);
    }

    [Fact]
    public void A_recent_article_moves_to_the_story_it_fits_once_that_story_exists()
    {
        // b1 arrives when only the first fight has a story, and joins it; b2 and b3, which dwell on the second
        // fight's challenger and venue, open and grow its own story, where b1 belongs.
        var stream = new[]
        {
            Rahman[0],
            Thompson[0],
            Make("b2", "Thompson: the American challenger in Bern", "Tony Thompson, the American challenger, fought in front of 26,000 at the Stade de Suisse in Bern, Switzerland, and lost in the sixth round."),
            Make("b3", "Bern crowd watches Thompson fall", "At the Stade de Suisse in Bern the Swiss crowd saw Tony Thompson, the American, stopped in the sixth round."),
        };
        // A threshold at which b1 joins a1's story but b2 does not, and no splits: only the revision can move b1.
        var noSplit = new StoryOptions { SplitThreshold = 0, JoinThreshold = 0.4 };

        var decidedOnce = Cluster(stream, noSplit with { ReviseArticles = 0 });
        var revised = Cluster(stream, noSplit);

        Assert.Contains(["a1", "b1"], decidedOnce);
        Assert.Contains(["b2", "b3"], decidedOnce);
        Assert.Equal(2, revised.Count);
        Assert.Contains(["a1"], revised);
        Assert.Contains(["b1", "b2", "b3"], revised);
    }
}
