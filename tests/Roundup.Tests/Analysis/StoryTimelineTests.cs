using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Analysis;

/// <summary>A story's dated timeline, on invented reports of an invented event.</summary>
public class StoryTimelineTests
{
    private static Article Make(string id, DateOnly? published, params string[] paragraphs) =>
        new(id, id + ".txt", null, null, published, null, null, null, paragraphs);

    /// <summary>Two outlets on a dam that failed on Monday 13 April 2026, reported the next days.</summary>
    private static readonly IReadOnlyList<Article> Story =
    [
        Make("a", new DateOnly(2026, 4, 14),
            "The Varnholt dam failed on Monday, flooding the lower town of Brackenmoor.",
            "Engineers had reported a crack in the western wall in March.",
            "The regional council will meet on Friday to discuss compensation.",
            "Residents described scenes of panic as the water rose."),
        Make("b", new DateOnly(2026, 4, 15),
            "The Varnholt dam failed on Monday, flooding the lower town of Brackenmoor.",
            "The dam was built in 1961 by a state company.",
            "Thousands of residents spent the night in schools and sports halls."),
        Make("c", new DateOnly(2026, 4, 14),
            "The Varnholt dam burst on Monday, sending water through the lower town of Brackenmoor.",
            "Rescue teams were still searching flooded cellars."),
    ];

    [Fact]
    public void Entries_are_dated_merged_across_articles_and_in_time_order()
    {
        var timeline = SourceAnalyzer.Compare(Story).Timeline;
        Assert.Equal(["1961", "2026-03", "2026-04-13", "2026-04-17"], timeline.Select(t => t.Label));
        // "Monday" in Tuesday's and in Wednesday's paper is the same day, and c tells the same fact in its own words:
        // one entry, the sentence most articles carry, all three sources.
        var failure = timeline.Single(t => t.Label == "2026-04-13");
        Assert.Equal(["a", "b", "c"], failure.Sources);
        Assert.StartsWith("The Varnholt dam failed", failure.Text);
        // The announced meeting is the coming Friday, not the past one.
        Assert.Contains("will meet on Friday", timeline[3].Text);
        // A sentence that fixes no date is not in the timeline.
        Assert.DoesNotContain(timeline, t => t.Text.Contains("panic", StringComparison.Ordinal));
        Assert.Equal(Roundup.Text.Dates.DateGranularity.Year, timeline[0].Granularity);
    }

    [Fact]
    public void Brief_sentences_are_ordered_by_the_time_of_what_they_report()
    {
        Article[] articles =
        [
            Make("a", new DateOnly(2026, 11, 20),
                "Lahoud is to be sworn in on Nov. 24 before parliament in Beirut.",
                "Lahoud pledged in his acceptance speech to fight corruption in Beirut.",
                "Lahoud first entered parliament in 1992 as a deputy for Beirut."),
        ];
        var brief = new Briefer(new Lead()).Brief(articles, 200); // the lead takes all three, so only the order is tested
        Assert.Equal(3, brief.Summary.Count);
        Assert.StartsWith("Lahoud first entered parliament in 1992", brief.Summary[0].Text);
        Assert.StartsWith("Lahoud pledged", brief.Summary[1].Text);
        Assert.StartsWith("Lahoud is to be sworn in", brief.Summary[2].Text);
    }

    [Fact]
    public void The_example_timeline_dates_the_seizure_the_intervention_the_citadel_and_the_recapture()
    {
        using var reader = new CorpusReader();
        var timeline = SourceAnalyzer.Compare(reader.Read([TestPaths.Palmyra], _ => { }).ToList()).Timeline;
        // Every entry, with what it must be about: no entry carries a wrong date.
        string[][] expected =
        [
            ["2015-05-23", "taken over the citadel on May 23 last year"],
            ["2015-09", "intervention in September"],
            ["2016-03-24", "On Thursday, the Iraqi army announced"],
            ["2016-03-25", "On Friday, soldiers recaptured the citadel"],
            ["2016-03-27", "recaptured the famed ancient city of Palmyra from the Islamic State in Iraq and Syria (ISIS) yesterday"],
            ["2016-03-27", "from Palmyra on Sunday"],
        ];
        Assert.Equal(expected.Length, timeline.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i][0], timeline[i].Label);
            Assert.Contains(expected[i][1], timeline[i].Text, StringComparison.Ordinal);
        }
        // The New Arab's "Syrian soldiers have recaptured the famed ancient city of Palmyra ... on Sunday" reports the
        // same fact of the same day: one entry, both outlets.
        Assert.Equal(2, timeline[4].Sources.Count);
    }
}
