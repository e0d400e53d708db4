using Roundup.Text.Dates;

namespace Roundup.Tests.Text;

/// <summary>Dates fixed by news sentences (invented for these tests), resolved against a publication date.</summary>
public class TemporalExpressionTests
{
    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Published = new(2026, 4, 15);

    private static List<string> Dates(string sentence, DateOnly? published = null) =>
        TemporalExpressions.Find(sentence, published ?? Published).Select(m => $"{m.Text}={m.Point}").ToList();

    [Theory]
    [InlineData("The bridge was opened on 27 March 2016 by the mayor.", "27 March 2016=2016-03-27")]
    [InlineData("The bridge was opened on March 27, 2016, by the mayor.", "March 27, 2016=2016-03-27")]
    [InlineData("The report, dated 2016-03-27, was leaked.", "2016-03-27=2016-03-27")]
    [InlineData("Talks resumed on Mar. 27 in Geneva.", "Mar. 27=2026-03-27")]
    [InlineData("The ferry sank on the 3rd of April, officials said.", "3rd of April=2026-04-03")]
    [InlineData("The council first met on May 23 last year.", "May 23 last year=2025-05-23")]
    [InlineData("The poll is set for November 2 of this year.", "November 2 of this year=2026-11-02")]
    [InlineData("The line opens on 1 June next year.", "1 June next year=2027-06-01")]
    public void Absolute_days_are_read_in_every_common_form(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence));

    [Theory]
    [InlineData("Rebels seized the town in May 2015.", "May 2015=2015-05")]
    [InlineData("The strike has gone on since 2011.", "2011=2011")]
    [InlineData("Prices rose in January, the office said.", "January=2026-01")]
    [InlineData("Fighting broke out last September.", "last September=2025-09")]
    [InlineData("The vote is set for next June.", "next June=2026-06")]
    [InlineData("The mill closed earlier this month.", "earlier this month=2026-04")]
    [InlineData("Exports fell last year.", "last year=2025")]
    [InlineData("The mill burned down in February, 2003.", "February, 2003=2003-02")]
    [InlineData("The heist took place at the end of July.", "July=2025-07")]
    public void A_month_or_a_year_keeps_its_granularity(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence));

    [Theory]
    [InlineData("Troops entered the city on Sunday after heavy shelling.", "Sunday=2026-04-12")]
    [InlineData("The minister resigned on Wednesday.", "Wednesday=2026-04-15")]
    [InlineData("The minister will resign on Friday.", "Friday=2026-04-17")]
    [InlineData("The court is to rule on Monday.", "Monday=2026-04-20")]
    [InlineData("Talks continue next Tuesday.", "next Tuesday=2026-04-21")]
    [InlineData("Police said the fire started yesterday.", "yesterday=2026-04-14")]
    // The aside looks ahead, the report does not: the release was on the past Friday.
    [InlineData("The plan for the vote, which will be held in June, was released on Friday.", "June=2026-06", "Friday=2026-04-10")]
    public void A_weekday_is_the_past_one_unless_the_sentence_looks_ahead(string sentence, params string[] expected) =>
        Assert.Equal(expected, Dates(sentence));

    [Theory]
    [InlineData("Three months after the flood, the road is still closed.")]
    [InlineData("You may see delays, and a march is planned by students.")]
    [InlineData("Some 2014 people signed the petition last week.")]
    [InlineData("The company recently said it would hire 300 staff.")]
    [InlineData("The offensive began in June 2\u1B57014, on March 2\u0663.")] // digits of other scripts are not a date's digits
    [InlineData("Held since June \u0662\u0660\u0661\u0664 by the group.")]
    public void A_sentence_that_fixes_no_date_gives_none(string sentence) =>
        Assert.Empty(Dates(sentence));

    [Fact]
    public void Relative_dates_need_a_publication_date_and_absolute_ones_do_not()
    {
        var found = TemporalExpressions.Find("The vote on Sunday followed the crisis of 27 March 2016.", null);

        Assert.Equal(["27 March 2016=2016-03-27"], found.Select(m => $"{m.Text}={m.Point}"));
    }

    [Theory]
    [InlineData("The dam was finished in October.", "October=2025-10")]
    [InlineData("The dam will be finished in October.", "October=2026-10")]
    [InlineData("The lock was repaired on May 3.", "May 3=2025-05-03")]
    [InlineData("The lock will be repaired on May 3.", "May 3=2026-05-03")]
    [InlineData("The inquiry will examine why the crack found on March 2 was not repaired.", "March 2=2026-03-02")] // not a year ahead
    [InlineData("Rebels captured the city in May last year.", "May last year=2025-05")]
    public void A_date_without_its_year_is_the_one_the_tense_points_at(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence));
}

/// <summary>The dates of the bundled example, each resolved against its article's publication date.</summary>
public class ExampleDateTests
{
    [Fact]
    public void The_example_dates_its_background_and_its_event_correctly()
    {
        using var reader = new Roundup.Ingest.CorpusReader();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in reader.Read([TestPaths.Palmyra], _ => { }))
        {
            var published = article.Published ?? new DateOnly(2016, 3, 27);
            foreach (var paragraph in article.Paragraphs)
            {
                foreach (var mention in TemporalExpressions.Find(paragraph, published))
                {
                    found.Add($"{mention.Text}={mention.Point}");
                }
            }
        }

        Assert.Contains("May last year=2015-05", found);
        Assert.Contains("September=2015-09", found);
        Assert.Contains("Friday=2016-03-25", found);
        Assert.Contains("Sunday=2016-03-27", found);
        Assert.DoesNotContain("September=2016-09", found); // the intervention was the September before, as its tense says
        Assert.Contains("next month=2016-04", found); // and what is announced is dated ahead
    }
}
