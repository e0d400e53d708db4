using Roundup.Text.Dates;

namespace Roundup.Tests.Text;

/// <summary>Which date, if any, a sentence reports its event on (sentences invented for these tests).</summary>
public class EventDateTests
{
    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Published = new(2026, 4, 15);

    private static string? Of(string sentence) => EventDate.Of(sentence, Published)?.ToString();

    [Theory]
    [InlineData("Flood waters reached the harbour on Monday.", "2026-04-13")]
    [InlineData("The council will vote on Monday.", "2026-04-20")]
    [InlineData("The bridge reopened on 3 March 2026, its owner said.", "2026-03-03")]
    [InlineData("The strike began in March.", "2026-03")]
    [InlineData("The port was built in 1998.", "1998")]
    [InlineData("In March 2026 the mayor resigned, on March 9.", "2026-03-09")]
    public void A_sentence_with_one_date_or_nested_dates_reports_its_event_on_the_finest(string sentence, string expected) =>
        Assert.Equal(expected, Of(sentence));

    [Theory]
    [InlineData("The ferry sank on Monday and the captain was arrested on Tuesday.")] // two dates: which one is the sentence's?
    [InlineData("It was the worst loss since the league was founded in 1998.")] // dates the founding, not the loss
    [InlineData("Divers searched the wreck after it sank in March.")] // dates the sinking, not the search
    [InlineData("Prices have doubled since 2019.")] // a state since then
    [InlineData("The bridge stays closed until Friday.")] // a bound, not an event day
    [InlineData("Pilots flew 40 sorties from Friday to Saturday.")] // a span
    [InlineData("The mayor, who took office in May 2024, resigned.")] // the relative clause dates itself only
    [InlineData("The mayor (elected in 2024) resigned.")]
    [InlineData("The mayor resigned, citing health reasons.")] // no date written
    [InlineData("Officials expect more rain in the coming weeks.")]
    public void A_sentence_whose_date_belongs_to_another_event_or_to_no_one_gets_none(string sentence) =>
        Assert.Null(Of(sentence));

    [Fact]
    public void Without_a_publication_date_only_absolute_dates_count()
    {
        Assert.Null(EventDate.Of("The dam burst on Monday.", null));
        Assert.Equal("2026-03-02", EventDate.Of("The dam burst on March 2, 2026.", null)?.ToString());
    }
}
