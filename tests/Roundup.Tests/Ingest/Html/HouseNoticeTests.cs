using Roundup.Ingest.Html;

namespace Roundup.Tests.Ingest.Html;

/// <summary>
/// A publication's notices about itself at the end of an article go, and so does the box that presents its author; the
/// same words inside the story stay (invented pages).
/// </summary>
public class HouseNoticeTests
{
    private static List<string> Extract(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>", "p.html", "p").Paragraphs.ToList();

    [Fact]
    public void A_copyright_notice_and_a_call_to_subscribe_that_close_the_article_go()
    {
        var paragraphs = Extract("""
            <p>The council of Varnholt voted on Monday to close the public pool for two years, citing repairs that would cost more than two million crowns.</p>
            <p>Swimmers and school teams said they would lose their only indoor pool, and a petition has gathered four thousand names.</p>
            <p>Subscribe now to our weekend edition for the full story.</p>
            <p>This article is the copyrighted property of the Varnholt Courier. Written permission is needed to reprint it.</p>
            """);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("Swimmers and school teams", paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_authors_box_after_the_post_goes()
    {
        var paragraphs = Extract("""
            <p>The council of Varnholt voted on Monday to close the public pool for two years, citing repairs that would cost more than two million crowns.</p>
            <p>Swimmers and school teams said they would lose their only indoor pool, and a petition has gathered four thousand names.</p>
            <div class="post-author-box"><p>Hello, I am Marit, a swimmer and a teacher, and I have written about our town, its pools and its parks for ten years.</p></div>
            """);

        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Copyright_inside_the_story_stays()
    {
        var paragraphs = Extract("""
            <p>The court ruled on Tuesday that the band's copyright had been infringed by the advertisement.</p>
            <p>The band said its copyright lawyers would now ask the agency for damages.</p>
            """);

        Assert.Equal(2, paragraphs.Count);
    }
}
