using Roundup.Ingest;
using Roundup.Ingest.Metadata;

namespace Roundup.Tests.Ingest.Metadata;

public class DateTextTests
{
    [Theory]
    [InlineData("Mar 28, 2016", 2016, 3, 28)]
    [InlineData("27 March, 2016", 2016, 3, 27)]
    [InlineData("Published: Sunday 27 March 2016 10:30 GMT", 2016, 3, 27)]
    [InlineData("Updated: 2016-03-28", 2016, 3, 28)]
    [InlineData("March 27th, 2016 | 4:12 pm", 2016, 3, 27)]
    public void Recognises_date_lines(string line, int y, int m, int d)
    {
        Assert.True(DateText.IsDateLine(line, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("The group had taken over the citadel on May 23 last year.")]
    [InlineData("On 27 March, 2016 the army entered the city and raised the flag over the citadel.")]
    [InlineData("Top Stories")]
    public void Prose_is_not_a_date_line(string line) => Assert.False(DateText.IsDateLine(line, out _));

    [Theory]
    [InlineData("http://www.pakistantoday.com.pk/2016/03/28/foreign/x/", 2016, 3, 28)]
    [InlineData("https://example.com/news/2016-03-27/palmyra", 2016, 3, 27)]
    public void Reads_the_date_in_a_url_path(string url, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DateText.FromUrl(url));

    [Theory]
    [InlineData("27 March, 201\u1bb8")] // a Sundanese digit: a regex \d matches it, int.Parse does not read it
    [InlineData("27 March, \u0662\u0660\u0661\u0666")] // Arabic-Indic digits
    [InlineData("https://example.com/\u0662\u0660\u0661\u0666/03/27/story")]
    public void Digits_of_other_scripts_are_no_date_and_no_error(string text)
    {
        Assert.False(DateText.IsDateLine(text, out _));
        Assert.Null(DateText.FromUrl(text));
    }

    [Theory]
    [InlineData("APW19981016.0240", "1998-10-16")]
    [InlineData("AFP_ENG_20050101.0001", "2005-01-01")]
    [InlineData("NYT19980231.0001", null)] // no 31 February
    [InlineData("FT922-5992", null)]
    [InlineData("ID1199810160", null)] // eight digits inside a longer number are no date
    public void Reads_the_date_in_a_corpus_document_number(string number, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateText.FromDocumentNumber(number));

    [Fact]
    public void Impossible_dates_are_not_dates() => Assert.Null(DateText.FromUrl("https://example.com/2016/02/31/story"));
}
