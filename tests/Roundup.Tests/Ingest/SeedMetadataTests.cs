using Roundup.Ingest;
using Roundup.Model;

namespace Roundup.Tests.Ingest;

/// <summary>The five bundled reports of the Palmyra recapture, read as a user's folder would be.</summary>
public class SeedMetadataTests
{
    private static Article Read(string prefix)
    {
        var warnings = new List<IngestWarning>();
        var article = new CorpusReader().Read([TestPaths.PalmyraFile(prefix)], warnings.Add).Single();
        Assert.Empty(warnings);
        return article;
    }

    [Theory]
    [InlineData("000", "pakistantoday.com.pk", "Islamic State driven out of Syria’s ancient Palmyra city", "2016-03-28")]
    [InlineData("001", null, "Islamic State driven out of Syria’s ancient Palmyra city", null)]
    [InlineData("002", null, "Islamic State driven out of Syria's ancient Palmyra city", null)]
    [InlineData("003", null, "Russia-backed Syrian forces recapture Palmyra from ISIS", "2016-03-28")]
    [InlineData("004", "The New Arab", "Palmyra recaptured in major symbolic victory against IS", "2016-03-27")]
    public void Finds_outlet_title_and_date_of_each_seed(string prefix, string? outlet, string title, string? date)
    {
        var article = Read(prefix);

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(title, article.Title);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), article.Published);
    }

    [Fact]
    public void Url_line_is_metadata_and_stray_numbers_are_dropped()
    {
        var article = Read("000");

        Assert.Equal("http://www.pakistantoday.com.pk/2016/03/28/foreign/islamic-state-driven-out-of-syrias-ancient-palmyra-city/", article.Url);
        Assert.StartsWith("Government forces backed by Russian airstrikes", article.Paragraphs[0]);
        Assert.DoesNotContain(article.Paragraphs, p => p is "202" or "20" || p.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void Doubled_photo_caption_is_not_body_text_and_afp_dateline_is_removed()
    {
        var article = Read("001");

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Photo captured", StringComparison.Ordinal));
        Assert.Equal("PALMYRA, Syria", article.Dateline);
        Assert.Equal("AFP", article.Agency);
        Assert.StartsWith("Syrian government forces backed by heavy Russian air support", article.Paragraphs[0]);
    }

    [Fact]
    public void Colon_dateline_crosshead_and_repeated_standfirst_are_removed()
    {
        var article = Read("002");

        Assert.Equal("Palmyra", article.Dateline);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Syrian government forces backed by heavy Russian air support", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Palmyra:", StringComparison.Ordinal));
        Assert.DoesNotContain("BIGGEST DEFEAT", article.Paragraphs);
        Assert.Single(article.Paragraphs, p => p.StartsWith("The loss of Palmyra represents", StringComparison.Ordinal));
    }

    [Fact]
    public void Top_stories_label_and_date_line_are_not_body_text()
    {
        var article = Read("003");

        Assert.StartsWith("SYRIAN troops backed by Russian forces", article.Paragraphs[0]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Top Stories", StringComparison.Ordinal) || p.Contains("Mar 28, 2016", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_time_repeated_title_and_credited_caption_are_dropped()
    {
        var article = Read("004");

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("min read", StringComparison.Ordinal)
            || p.Contains("[Getty]", StringComparison.Ordinal) || p == article.Title || p.Contains("27 March, 2016", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Syrian soldiers have recaptured", StringComparison.Ordinal));
    }
}
