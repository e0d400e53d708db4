using Roundup.Ingest.Html;

namespace Roundup.Tests.Ingest.Html;

/// <summary>
/// Names that look like furniture but are not (pages invented for the tests): a wrapper that says what sits beside
/// the article, a page builder's component names, an article given in &lt;noscript&gt; for readers without script.
/// </summary>
public class FurnitureNameTests
{
    private const string Prose = """
        <p>The council of Varnholt voted on Monday to close the public pool for two years. It cited repairs that would cost more than two million crowns.</p>
        <p>Swimmers and school teams said they would lose their only indoor pool. A petition against the closure has gathered four thousand names.</p>
        """;

    /// <summary>Links to other stories: more text than the article, so no element holding only the article is "most of the page".</summary>
    private static readonly string Teasers = "<ul>" + string.Concat(Enumerable.Range(1, 12).Select(i =>
        $"<li><a href=\"/story/{i}\">Another story of the region, number {i}, with a headline long enough to count as text on the page</a></li>")) + "</ul>";

    private static List<string> Extract(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>", "p.html", "p").Paragraphs.ToList();

    [Fact]
    public void A_wrapper_named_for_what_sits_beside_it_is_not_furniture()
    {
        var paragraphs = Extract($"<div class=\"page with-sidebar-right below-banner\"><article>{Prose}</article></div><div class=\"more\">{Teasers}</div>");

        Assert.StartsWith("The council of Varnholt voted", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_with_nothing_under_it_goes_in_any_language_and_a_chapter_with_sections_stays()
    {
        var paragraphs = Extract(
            $"<article><h2>Der Beschluss</h2><h3>Im Rat</h3>{Prose}<h2>Weitere Themen</h2>" +
            "<ul><li><a href=\"/a\">Ein anderes Thema aus der Region</a></li><li><a href=\"/b\">Noch ein Thema</a></li></ul></article>");

        Assert.Equal(["Der Beschluss", "Im Rat"], paragraphs.Take(2));
        Assert.DoesNotContain("Weitere Themen", paragraphs);
    }

    [Fact]
    public void A_label_that_introduces_only_a_dropped_link_list_or_ends_the_text_goes()
    {
        var paragraphs = Extract(
            $"<article>{Prose}<p><strong>Das könnte Sie auch interessieren:</strong></p>" +
            "<ul><li><a href=\"/a\">Ein anderes Thema aus der Region</a></li><li><a href=\"/b\">Noch ein Thema</a></li></ul>" +
            "<p>The council meets again in June.</p><p>Teilen</p></article>");

        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("The council meets again in June.", paragraphs[^1]);
    }

    [Fact]
    public void Labels_left_at_the_end_go_one_after_another_but_a_closing_list_keeps_its_items()
    {
        var stragglers = Extract($"<article>{Prose}<p>Verwandte Artikel</p><p>Foto: Jan Berg</p><p>Kommentieren</p></article>");
        var list = Extract(
            $"<article>{Prose}<p>Teams still in the cup:</p><ul><li>Varnholt (Group A): third round</li>" +
            "<li>Ostmark (Group B): fourth round</li><li>Lindau (Group C): second round</li></ul></article>");

        Assert.Equal(2, stragglers.Count);
        Assert.Contains("Varnholt (Group A): third round", list);
        Assert.Contains("Ostmark (Group B): fourth round", list);
    }

    [Fact]
    public void A_sentence_in_chinese_or_japanese_is_no_label_but_a_short_heading_is()
    {
        const string sentence = "市议会周一投票决定关闭公共游泳池两年，理由是维修费用超过两百万克朗";
        var closing = Extract($"<article>{Prose}<p>{sentence}</p></article>");
        var labelled = Extract($"<article>{Prose}<p>{sentence}。</p><p>热门推荐</p></article>");

        Assert.Equal(sentence, closing[^1]);
        Assert.Equal(sentence + "。", labelled[^1]);
    }

    [Theory]
    [InlineData("Foto: Jan Berg")]
    [InlineData("Crédits photos : Agence Varn")]
    [InlineData("(Foto: dpa)")]
    [InlineData("Image: Varnholt city council")]
    [InlineData("© Council of Varnholt | Jan Berg")]
    public void A_pictures_credit_left_among_the_paragraphs_goes(string credit)
    {
        var paragraphs = Extract($"<article><p>{credit}</p>{Prose}<p>{credit}</p><p>The council meets again in June.</p></article>");

        Assert.DoesNotContain(credit, paragraphs);
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void A_control_named_a_button_is_furniture()
    {
        var paragraphs = Extract(
            $"<article>{Prose}<a href=\"/notepad\" class=\"e005-button\"><span class=\"e005-button-text\">Merken</span></a>" +
            "<div class=\"kb-tip-action-bar-button\"><span class=\"kb-tip-action-bar-button-text\">Tipp drucken</span></div>" +
            "<p>The council meets again in June, when the plans for a new pool will be shown to the public.</p></article>");

        Assert.DoesNotContain("Merken", paragraphs);
        Assert.DoesNotContain("Tipp drucken", paragraphs);
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void Words_spelled_with_look_alike_letters_of_another_script_are_not_prose()
    {
        // "Advertise with us: your content reaches thousands" with Cyrillic о, е, а, і in the Latin words.
        const string obfuscated = "Аdvеrtіsе wіth us: yоur соntеnt rеасhеs thоusаnds оf rеаdеrs еvеry dаy, саll us nоw fоr а quоtе.";
        var paragraphs = Extract($"<article>{Prose}<p>{obfuscated}</p><p>Городской совет проголосовал за закрытие бассейна на два года.</p></article>");

        Assert.DoesNotContain(obfuscated, paragraphs);
        Assert.Contains("Городской совет проголосовал за закрытие бассейна на два года.", paragraphs); // one script: prose
    }

    [Fact]
    public void A_class_that_negates_furniture_is_not_furniture()
    {
        var paragraphs = Extract($"<section class=\"row non-paywall\"><article>{Prose}</article></section>{Teasers}");

        Assert.StartsWith("The council of Varnholt voted", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sticky_sidebar_wrapper_around_the_post_keeps_the_post_whatever_lies_between()
    {
        var paragraphs = Extract($"<div class=\"stickySidebar\"><div class=\"post-entry\"><div class=\"wrap\">{Prose}</div></div></div>{Teasers}");

        Assert.StartsWith("The council of Varnholt voted", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_builders_widget_is_content_but_a_sidebar_widget_is_not()
    {
        var paragraphs = Extract(
            $"<div class=\"builder-widget-container\">{Prose}</div>" +
            "<div class=\"widget widget_text\"><p>Subscribe to our weekly letter and never miss a story from the valley, sent every Friday morning.</p></div>" +
            $"<div class=\"more\">{Teasers}</div>");

        Assert.StartsWith("The council of Varnholt voted", paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Contains("weekly letter", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_given_in_noscript_is_read()
    {
        var paragraphs = Extract($"<div id=\"app\"></div><noscript>{Prose}</noscript><p>Menu</p>");

        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void A_furniture_named_wrapper_around_named_content_keeps_the_content()
    {
        var paragraphs = Extract($"<div id=\"socialicons-sticky\"><div class=\"entry-content\">{Prose}</div></div><div class=\"more\">{Teasers}</div>");

        Assert.StartsWith("The council of Varnholt voted", paragraphs[0], StringComparison.Ordinal);
    }
    [Fact]
    public void A_shop_form_holding_the_product_description_is_content_and_a_comment_form_is_not()
    {
        const string Product = """
            <form action="/basket" method="post"><h1>Wool blanket, two layers</h1>
            <p>Price: 36.00 EUR. Delivery: 15 to 21 days.</p><input type="number" name="amount" value="1"><button>Add to basket</button>
            <div class="description"><p>A warm blanket of two layers of wool, sewn by hand in Varnholt. Each one carries the name you choose, embroidered in the corner.</p>
            <p>It can be washed at thirty degrees. The wool comes from farms of the region, and the dyes are free of metals.</p></div></form>
            """;
        const string Comments = """<form action="/comment"><p>Your address will not be published. Required fields are marked.</p><textarea name="c"></textarea></form>""";

        var paragraphs = Extract($"{Product}<div class=\"more\">{Teasers}</div>{Comments}");

        Assert.Contains(paragraphs, p => p.StartsWith("A warm blanket of two layers", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("will not be published", StringComparison.Ordinal));
    }
}
