using Roundup.Analysis.Timelines;
using Roundup.Model;

namespace Roundup.Tests.Analysis;

/// <summary>The timeline of an invented long-running story: a dam crisis covered over three weeks.</summary>
public class CollectionTimelineTests
{
    private static Article Make(string id, DateOnly published, params string[] paragraphs) =>
        new(id, id + ".txt", "Outlet " + id, null, published, null, null, null, paragraphs);

    /// <summary>
    /// The crack is found on Monday 2 March 2026 and the dam fails on Saturday 14 March; most articles are published
    /// on quiet follow-up days, so publication counts alone would pick the wrong days.
    /// </summary>
    internal static readonly IReadOnlyList<Article> Coverage =
    [
        Make("a1", new DateOnly(2026, 3, 3), "Engineers found a crack in the western wall of the Varnholt dam on Monday, the water authority said.", "The authority said the reservoir was being lowered as a precaution."),
        Make("a2", new DateOnly(2026, 3, 4), "The crack found in the Varnholt dam on Monday is two metres long, inspectors told the regional council.", "Residents of Brackenmoor asked whether they should leave their homes."),
        Make("a3", new DateOnly(2026, 3, 9), "Council members visited the Varnholt dam again to inspect the repair works on the western wall.", "The mayor of Brackenmoor said the town was calm and the schools stayed open."),
        Make("a4", new DateOnly(2026, 3, 9), "Residents of Brackenmoor held a public meeting about the safety of the Varnholt dam.", "Several speakers demanded an independent inspection of the reservoir."),
        Make("a5", new DateOnly(2026, 3, 9), "A local newspaper published old photographs of the Varnholt dam under construction.", "The photographs show workers pouring the western wall by hand."),
        Make("a6", new DateOnly(2026, 3, 15), "The Varnholt dam failed on Saturday, flooding the lower town of Brackenmoor within an hour.", "Rescue teams searched flooded streets through the night for missing residents."),
        Make("a7", new DateOnly(2026, 3, 16), "Three people died when the Varnholt dam failed on Saturday, the regional police said.", "Thousands of residents spent a second night in schools and sports halls."),
        Make("a8", new DateOnly(2026, 3, 17), "Since the failure of the Varnholt dam on March 14, some 4,000 people have slept in shelters.", "The regional council promised compensation to every household that lost its home."),
        Make("a9", new DateOnly(2026, 3, 20), "Prosecutors opened an inquiry into the Varnholt dam failure on Thursday, a spokesman said.", "The inquiry will examine why the crack found on March 2 was not repaired in time."),
    ];

    [Fact]
    public void The_days_the_coverage_refers_to_outrank_the_days_it_was_written()
    {
        var timeline = CollectionTimeline.Build(Coverage, new TimelineOptions(Dates: 2, Sentences: 1));

        // The crack (Monday 2 March) and the failure (Saturday 14 March) are named by three articles each; 9 March, with
        // the most articles published (three) and nothing named, does not make the two days.
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 14)], timeline.Select(d => d.Date));
        var failure = timeline[1];
        Assert.Equal(0, failure.Published);
        Assert.Contains("failed on Saturday", Assert.Single(failure.Summary).Text, StringComparison.Ordinal);
        Assert.Equal(3, failure.Mentions);
    }

    [Fact]
    public void Each_sentence_is_verbatim_and_credited_to_its_own_article()
    {
        var timeline = CollectionTimeline.Build(Coverage, new TimelineOptions(Dates: 10, Sentences: 2));
        var texts = Coverage.SelectMany(a => a.Paragraphs.Select(p => (a.Id, Text: p))).ToList();
        foreach (var sentence in timeline.SelectMany(d => d.Summary))
        {
            var carrier = Assert.Single(sentence.Sources);
            Assert.Contains((carrier, sentence.Text), texts);
        }
        // A sentence dated to another day than its article's is filed under the day it names.
        var crack = timeline.Single(d => d.Date == new DateOnly(2026, 3, 2));
        Assert.All(crack.Summary, s => Assert.Contains("Monday", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Keywords_keep_only_the_sentences_of_the_topic()
    {
        var timeline = CollectionTimeline.Build(Coverage, new TimelineOptions(Dates: 10, Sentences: 2) { Keywords = ["Inquiries"] });

        // Only a9 speaks of the inquiry: its Thursday (19 March) and the March 2 it names, nothing else.
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 19)], timeline.Select(d => d.Date));
        Assert.All(timeline.SelectMany(d => d.Summary), s => Assert.Contains("inquiry", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void From_and_to_bound_the_days()
    {
        var timeline = CollectionTimeline.Build(Coverage, new TimelineOptions(Dates: 10, Sentences: 1, From: new DateOnly(2026, 3, 10), To: new DateOnly(2026, 3, 16)));

        Assert.NotEmpty(timeline);
        Assert.All(timeline, d => Assert.InRange(d.Date, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 16)));
    }
}
