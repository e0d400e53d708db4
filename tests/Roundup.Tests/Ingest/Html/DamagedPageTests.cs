using System.Text;
using Roundup.Ingest;
using Roundup.Ingest.Html;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Html;

/// <summary>Pages as they are found: metadata of the wrong shape, charsets .NET refuses, placeholder dates.</summary>
public class DamagedPageTests
{
    private const string Body =
        "<p>Troops retook the ancient city of Palmyra on Sunday, the army said in a statement, after weeks of fighting.</p>" +
        "<p>The recapture was hailed as a major victory by officials, who said the city had been cleared of mines.</p>";

    private static string Page(string head) => $"<html><head>{head}</head><body><article>{Body}</article></body></html>";

    private static string LdJson(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Palmyra retaken\",\"author\":null}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Palmyra retaken\",\"author\":5}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Palmyra retaken\",\"author\":[null, 7, {\"name\": null}],\"publisher\":\"Example\"}")]
    public void Json_ld_of_an_unexpected_shape_leaves_the_page_readable(string json)
    {
        var article = HtmlArticleExtractor.Extract(Page(LdJson(json)), "p.html", "p");

        Assert.Equal("Palmyra retaken", article.Title);
        Assert.Empty(article.Authors);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Json_ld_with_half_a_surrogate_pair_keeps_its_text()
    {
        var article = HtmlArticleExtractor.Extract(Page(LdJson("{\"@type\":\"NewsArticle\",\"headline\":\"Palmyra \\ud83d retaken\"}")), "p.html", "p");

        Assert.Equal("Palmyra \uFFFD retaken", article.Title);
    }

    [Fact]
    public void A_charset_dotnet_refuses_falls_back_to_detection()
    {
        var text = HtmlDecoder.Decode(Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-7\">")), "p.html");

        Assert.Contains("Troops retook the ancient city", text);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("2999-12-31")]
    public void A_placeholder_date_gives_way_to_the_date_in_the_url(string placeholder)
    {
        var html = Page(LdJson($"{{\"@type\":\"NewsArticle\",\"datePublished\":\"{placeholder}\"}}")
            + "<link rel=\"canonical\" href=\"https://example.com/2019/11/19/palmyra\">");

        var article = HtmlArticleExtractor.Extract(html, "p.html", "p");

        Assert.Equal(new DateOnly(2019, 11, 19), article.Published);
    }

    [Fact]
    public async Task Thousands_of_items_sharing_one_id_get_unique_ids_in_linear_time()
    {
        using var dir = new TempFolder();
        const int Count = 20_000;
        var file = dir.File("same.jsonl", string.Join("\n", Enumerable.Range(0, Count).Select(i =>
            $"{{\"id\": \"dup\", \"text\": \"Troops retook the ancient city of Palmyra on Sunday, statement {i}.\"}}")));

        // Bounded so that quadratic work fails the test instead of stalling the suite.
        var ids = await Task.Run(() => new CorpusReader().Read([file], _ => { }).Select(a => a.Id).ToList()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Count, ids.Distinct().Count());
        Assert.Equal(["dup", "dup-2", "dup-3"], ids.Take(3));
        Assert.Equal($"dup-{Count}", ids[^1]);
    }
}

public class DeepPageTests
{
    [Fact]
    public async Task A_hundred_thousand_self_closed_divs_are_cut_like_open_ones()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div/>", 100_000))
            + "<p>Troops retook the ancient city of Palmyra on Sunday, the army said in a statement, after weeks of fighting.</p></body></html>";

        // Bounded so that a parser walking a 100,000-deep stack fails the test instead of stalling the suite.
        var article = await Task.Run(() => HtmlArticleExtractor.Extract(html, "deep.html", "deep")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Troops retook the ancient city of Palmyra", string.Join(" ", article.Paragraphs));
    }
}

public class BrokenMarkupTests
{
    [Fact]
    public void A_winning_block_whose_tag_name_is_no_valid_selector_is_still_extracted()
    {
        // Broken markup ("<di&amp;v") makes a tag name that a CSS selector cannot name.
        var html = "<html><body><di&amp;v class=\"story\"><p>Troops retook the ancient city of Palmyra on Sunday, the army said in a statement. " +
            "It was a major victory.</p><p>The recapture was hailed by officials, who said the city had been cleared. Engineers began work.</p></di&amp;v></body></html>";

        var article = HtmlArticleExtractor.Extract(html, "broken.html", "broken");

        Assert.Contains("Troops retook the ancient city of Palmyra", string.Join(" ", article.Paragraphs));
    }
}
