using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Tests.Stories;

public class StoryClustererTests
{
    private static Article Make(string id, string text, DateOnly? date = null) =>
        new(id, id + ".txt", "outlet-" + id, null, date, null, null, null, [text]);

    private static readonly Article[] Stream =
    [
        Make("quake1", "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, shaking buildings in Santiago and Valparaiso."),
        Make("vote1", "Voters in Portugal elected Antonio Costa's Socialists on Sunday, giving the prime minister a clear majority in parliament."),
        Make("quake2", "The Chile earthquake of magnitude 7.1 shook Valparaiso and Santiago on Tuesday; officials reported no deaths."),
        Make("vote2", "Antonio Costa's Socialists won an outright majority in Portugal's parliamentary election on Sunday, results showed."),
        Make("quake3", "Residents of Valparaiso swept up broken glass a day after the 7.1 earthquake off Chile's coast."),
    ];

    [Fact]
    public void Groups_a_small_stream_into_its_two_events()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in Stream)
        {
            clusterer.Add(article);
        }

        var stories = clusterer.Stories;

        Assert.Equal(2, stories.Count);
        Assert.Equal(["quake1", "quake2", "quake3"], stories[0].ArticleIds);
        Assert.Equal(["vote1", "vote2"], stories[1].ArticleIds);
    }

    [Fact]
    public void Output_is_identical_across_runs()
    {
        static string Run()
        {
            var clusterer = new StoryClusterer();
            foreach (var article in Stream)
            {
                clusterer.Add(article);
            }
            return string.Join('|', clusterer.Stories.Select(s => $"{s.Id}:{s.Title}:{string.Join(',', s.ArticleIds)}"));
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void A_story_outside_the_window_is_no_longer_a_candidate()
    {
        var clusterer = new StoryClusterer(new StoryOptions { WindowArticles = 1 });
        clusterer.Add(Stream[0]);
        clusterer.Add(Stream[1]);

        // quake2 arrives two articles after quake1's story was last fed: it must open a new story.
        int story = clusterer.Add(Stream[2]);

        Assert.Equal(2, story);
        Assert.Equal(3, clusterer.Stories.Count);
    }

    [Fact]
    public void Story_keeps_outlets_dates_and_a_representative_title()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(Make("a", "Floods forced thousands from their homes in the river valley on Monday.", new DateOnly(2020, 5, 2)) with { Title = "Floods force thousands from homes" });
        clusterer.Add(Make("b", "Thousands left their homes as floods hit the river valley on Monday.", new DateOnly(2020, 5, 1)) with { Title = "Weekend weather roundup" });

        var story = Assert.Single(clusterer.Stories);

        Assert.Equal(["outlet-a", "outlet-b"], story.Outlets);
        Assert.Equal(new DateOnly(2020, 5, 1), story.First);
        Assert.Equal(new DateOnly(2020, 5, 2), story.Last);
        Assert.Equal("Floods force thousands from homes", story.Title);
    }
}

public class StoryTitleTests
{
    [Fact]
    public void Articles_without_headlines_give_their_story_an_opening_sentence_as_title()
    {
        const string Long = "Residents of Valparaiso, the port city that took the brunt of the magnitude 7.1 earthquake off Chile's central coast on Tuesday, spent a second night outdoors as aftershocks rattled buildings and officials counted the damage.";
        var clusterer = new StoryClusterer();
        clusterer.Add(new Article("q1", "q1.txt", "o1", null, null, null, null, null, ["A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday. Buildings shook in Santiago."]));
        clusterer.Add(new Article("q2", "q2.txt", "o2", null, null, null, null, null, [Long]));

        var story = Assert.Single(clusterer.Stories);

        Assert.Contains(story.Title, new[] { "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday.", Long[..Long.LastIndexOf(' ', 160)] + "…" });
    }

    [Fact]
    public void A_long_opening_sentence_is_cut_at_a_word()
    {
        const string Long = "Residents of Valparaiso, the port city that took the brunt of the magnitude 7.1 earthquake off Chile's central coast on Tuesday, spent a second night outdoors as aftershocks rattled buildings and officials counted the damage.";
        var clusterer = new StoryClusterer();
        clusterer.Add(new Article("q", "q.txt", "o", null, null, null, null, null, [Long]));

        var story = Assert.Single(clusterer.Stories);

        Assert.Equal("Residents of Valparaiso, the port city that took the brunt of the magnitude 7.1 earthquake off Chile's central coast on Tuesday, spent a second night outdoors…", story.Title);
    }
}

public class StoryClosingTests
{
    private static Article Make(string id, string text, DateOnly? date = null) =>
        new(id, id + ".txt", "outlet", null, date, null, null, null, [text]);

    private const string Quake = "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, shaking buildings in Santiago and Valparaiso.";

    [Fact]
    public void The_same_words_weeks_apart_are_two_stories()
    {
        var clusterer = new StoryClusterer();

        int first = clusterer.Add(Make("a", Quake, new DateOnly(2020, 1, 1)));
        int second = clusterer.Add(Make("b", Quake, new DateOnly(2020, 3, 1)));
        int third = clusterer.Add(Make("c", Quake, new DateOnly(2020, 3, 3)));

        Assert.NotEqual(first, second);
        Assert.Equal(second, third);
    }

    [Fact]
    public void A_story_covered_every_two_or_three_weeks_stays_one_story()
    {
        // A collection holds only some of a long story's coverage: gaps of two or three weeks are not silence.
        var clusterer = new StoryClusterer();

        int first = clusterer.Add(Make("a", Quake, new DateOnly(2020, 1, 1)));
        int second = clusterer.Add(Make("b", "Chile counted the cost of the magnitude 7.1 earthquake that shook Santiago and Valparaiso.", new DateOnly(2020, 1, 15)));
        int third = clusterer.Add(Make("c", "Rebuilding began in Valparaiso, weeks after the 7.1 earthquake off the coast of central Chile.", new DateOnly(2020, 2, 4)));

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void Stories_that_leave_the_window_are_handed_out_once_and_released()
    {
        var closed = new List<(Story Story, int Articles)>();
        var clusterer = new StoryClusterer(new StoryOptions { WindowArticles = 10 }, (s, members) => closed.Add((s, members.Count)));
        clusterer.Add(Make("quake", Quake));
        for (int i = 0; i < 2100; i++)
        {
            clusterer.Add(Make($"x{i}", $"Filler report number {i} about an unrelated local matter, item {i * 7919 % 10007} of the day."));
        }

        Assert.Contains(closed, c => c.Story.ArticleIds.SequenceEqual(["quake"]) && c.Articles == 1);
        Assert.DoesNotContain(clusterer.Stories, s => s.ArticleIds.Contains("quake"));
        int before = closed.Count;
        clusterer.Complete();
        Assert.Equal(closed.Count, closed.Select(c => c.Story.Id).Distinct().Count());
        Assert.True(closed.Count > before);
        Assert.Equal(2101, closed.Sum(c => c.Story.ArticleIds.Count));
    }
}
