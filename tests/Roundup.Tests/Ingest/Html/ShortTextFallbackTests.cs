using Roundup.Ingest.Html;

namespace Roundup.Tests.Ingest.Html;

/// <summary>
/// When the best-scoring block holds less than a short article, the page less its furniture is read whole (pages
/// invented for the tests): a shop page or a fact sheet writes its text in lines too short to score as prose.
/// </summary>
public class ShortTextFallbackTests
{
    private static List<string> Extract(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>", "p.html", "p").Paragraphs.ToList();

    /// <summary>A product described in short lines, none long enough to score; a delivery note beside it scores.</summary>
    private const string ProductPage = """
        <div class="product">
          <h1>Woollen blanket, moss green</h1>
          <ul>
            <li>Size: 150 x 200 cm</li><li>Wool from Jutland</li><li>Washable at 30 degrees</li>
            <li>Woven by hand</li><li>Fringes on both ends</li><li>Weight: 1.2 kg</li>
          </ul>
          <div>Soft and warm.</div><div>Made to last.</div><div>Ideal for the sofa.</div>
          <ul>
            <li>Colour: moss</li><li>Also in grey</li><li>Also in sand</li><li>Gift box included</li>
            <li>Delivery: 3 to 5 days</li><li>Made in Denmark</li><li>Certified organic</li>
            <li>No synthetic dyes</li><li>Pilling-resistant yarn</li><li>Care label sewn in</li>
          </ul>
        </div>
        <div class="box"><p>Free delivery, returns within 30 days, secure payment.</p></div>
        """;

    [Fact]
    public void A_page_of_short_lines_is_read_whole_when_the_best_block_is_only_a_note()
    {
        var text = string.Join("\n", Extract(ProductPage));

        Assert.Contains("Wool from Jutland", text, StringComparison.Ordinal);
        Assert.Contains("Pilling-resistant yarn", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_article_is_not_replaced_by_a_page_that_holds_little_more()
    {
        var paragraphs = Extract("""
            <article><p>The ferry to Holmsund will not sail on Sunday, the operator said, because of the storm.</p></article>
            <div><ul><li>Weather</li><li>Traffic</li><li>Sport</li></ul></div>
            """);

        Assert.Equal(["The ferry to Holmsund will not sail on Sunday, the operator said, because of the storm."], paragraphs);
    }
}
