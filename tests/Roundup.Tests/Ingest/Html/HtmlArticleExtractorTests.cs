using System.IO.Compression;
using System.Text;
using Roundup.Ingest;
using Roundup.Ingest.Html;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Html;

public class HtmlArticleExtractorTests
{
    private const string Body = """
        <p>Syrian government forces backed by Russian air strikes drove Islamic State fighters out of Palmyra on Sunday, the army said, ending a ten-month occupation.</p>
        <p>Army sappers were defusing mines and bombs planted in the ancient ruins, a military source said, while residents began to return to the eastern districts.</p>
        <h2>Biggest defeat</h2>
        <p>The Syrian Observatory for Human Rights said 400 militants had died in the battle, which it called the group's biggest single defeat since 2014.</p>
        """;

    private static string Page(string head, string article) => $$"""
        <!DOCTYPE html><html lang="en"><head>{{head}}</head><body>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <div class="cookie-banner">This website uses cookies to improve your experience. Accept or read more about our policy.</div>
        <main><article class="story-body">
        <h1>Syrian army retakes Palmyra from Islamic State</h1>
        <p class="byline">By Jane Doe</p>
        <figure><img src="a.jpg"><figcaption>Soldiers in the ancient city on Sunday. (Photo: AFP)</figcaption></figure>
        {{article}}
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        </article>
        <aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story about something else entirely in the region</a></li></ul></aside>
        </main>
        <footer>Copyright 2016 Example News. All rights reserved. Terms of use and privacy policy apply to this site.</footer>
        <script>var tracking = "This script text is not the article and must never appear in it at all.";</script>
        </body></html>
        """;

    [Fact]
    public void Finds_the_article_body_without_furniture()
    {
        var article = HtmlArticleExtractor.Extract(Page("<title>Syrian army retakes Palmyra | Example News</title>", Body), "p.html", "p");

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("Syrian government forces backed by Russian air strikes", article.Paragraphs[0]);
        Assert.Equal("Biggest defeat", article.Paragraphs[2]);
        var text = string.Join('\n', article.Paragraphs);
        foreach (var furniture in new[] { "cookies", "Share on", "Copyright", "Another story", "By Jane Doe", "Photo: AFP", "tracking", "Home" })
        {
            Assert.DoesNotContain(furniture, text);
        }
    }

    [Fact]
    public void On_a_blog_page_listing_more_posts_the_post_with_the_headline_is_the_article()
    {
        static string Teaser(int i) => $$"""
            <article class="postbox post-{{i}}"><h2><a href="/post-{{i}}">Another reflection number {{i}}</a></h2>
            <p>Life asks of us optimism and courage, to hope for the best and to make the best happen; pessimism only stiffens the smile, number {{i}}, and keeps everyone where they are …</p>
            <p>What we need to learn is not to complain at the first fall, but to take in what was learnt, get up and go back to the fight with enthusiasm {{i}} …</p></article>
            """;
        var html = $$"""
            <html><head><title>Only those who love themselves</title></head><body><div id="primary">
            <article class="articlebox post-1"><h1>Only those who love themselves</h1>
            <p>Living a true experience of love is one of the greatest pleasures of life. To like is to feel with the soul, but expressing feelings depends on the ideas of each one.</p>
            <p>We condition love to our neurotic needs and end up finishing it. We live trying to make others responsible for our needs, while we abandon ourselves.</p></article>
            <h3 class="related">More posts</h3>
            {{string.Concat(Enumerable.Range(2, 6).Select(Teaser))}}
            </div></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html, "blog.html", "blog");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Living a true experience of love", article.Paragraphs[0]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("optimism", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_marked_with_schema_org_microdata_beats_a_longer_ticker_beside_it()
    {
        var ticker = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"ticker-item\"><span>Minister says talks on item {i} of the coalition agreement will resume, officials and aides say</span><ul><li>By STAFF</li><li>11/20/2019 01:{i:00} PM</li></ul></div>"));
        var html = $$"""
            <html><head><title>Son of former president stabbed</title></head><body><div class="page">
            <div class="row"><div class="content" itemprop="articleBody">The son of a former German president was stabbed to death while giving a talk at a Berlin clinic, police said on Wednesday.
            The suspect, a 57-year-old man, was arrested at the scene; another man was critically injured trying to stop the attacker, the clinic said in a statement.</div></div>
            <div class="row"><div class="list">{{ticker}}</div></div>
            </div></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html, "item.html", "item");

        Assert.Contains(article.Paragraphs, p => p.StartsWith("The son of a former German president", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("coalition", StringComparison.Ordinal) || p.Contains("PM", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lead_a_page_marks_as_its_articles_description_comes_before_the_marked_body()
    {
        var html = """
            <html><head><title>Pool to close for two years</title><meta itemprop="description" content="Short summary for search engines."></head><body>
            <div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
            <h1 itemprop="headline">Pool to close for two years</h1>
            <div class="teaser-text" itemprop="description"><p>The council of Varnholt voted on Monday to close the public pool for two years, citing repairs that would cost more than two million crowns.</p></div>
            <div class="news-img-wrap"><img src="pool.jpg" alt=""></div>
            <div class="news-text-wrap" itemprop="articleBody"><p>Swimmers and school teams said they would lose their only indoor pool in the district. A petition against the closure has gathered four thousand names.</p>
            <p>The council said the roof and the filters were beyond repair, and that a new pool would be planned with the neighbouring towns over the coming year.</p></div>
            </div></div>
            <div class="list"><div class="teaser-text" itemprop="description"><p>Another story of the region, with a teaser long enough to count as text on the page, and then some more.</p></div></div>
            </body></html>
            """;

        var paragraphs = HtmlArticleExtractor.Extract(html, "pool.html", "pool").Paragraphs;

        Assert.StartsWith("The council of Varnholt voted on Monday", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Swimmers and school teams", paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Another story", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("entry-excerpt")]
    [InlineData("teaser-text")]
    [InlineData("chapo")]
    public void A_lead_named_so_above_the_article_is_read_first_but_not_a_list_of_excerpts_or_a_header_of_labels(string name)
    {
        const string body = """
            <div class="entry-content"><p>Swimmers and school teams said they would lose their only indoor pool in the district. A petition against the closure has gathered four thousand names, and more are coming in.</p>
            <p>The council said the roof and the filters were beyond repair, and that a new pool would be planned with the neighbouring towns over the coming year.</p>
            <p>Opponents of the plan said they would take the council to court, and that the pool could be repaired for half the money the council named.</p></div>
            """;
        const string lead = "The council of Varnholt voted on Monday to close the public pool for two years, citing repairs that would cost more than two million crowns.";
        var led = HtmlArticleExtractor.Extract(
            $"<html><body><main><article><header><h1>Pool to close</h1><div class=\"{name}\"><p>{lead}</p></div></header>{body}</article></main></body></html>", "a.html", "a").Paragraphs;
        var listed = HtmlArticleExtractor.Extract(
            $"<html><body><main><div class=\"more\"><div class=\"{name}\"><p>{lead}</p></div><div class=\"{name}\"><p>Another story of the region, with a teaser long enough to count as text on the page.</p></div></div><article>{body}</article></main></body></html>", "b.html", "b").Paragraphs;
        var labelled = HtmlArticleExtractor.Extract(
            $"<html><head><title>Pool to close for two years after the council of Varnholt voted on Monday night in the town hall</title></head><body><main><article><div class=\"article-intro\"><div class=\"category\"><a href=\"/region\">REGION</a></div><h1>Pool to close for two years after the council of Varnholt voted on Monday night in the town hall</h1><div class=\"author\">JAN BERG, VARNHOLT POST</div><div class=\"date\">18 NOV 2019</div></div>{body}</article></main></body></html>", "c.html", "c").Paragraphs;

        Assert.Equal(lead, led[0]);
        Assert.DoesNotContain(lead, listed);
        Assert.StartsWith("Swimmers and school teams", labelled[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_paragraph_set_right_under_the_headline_above_the_article_is_its_lead()
    {
        const string lead = "The council of Varnholt voted on Monday to close the public pool for two years, citing repairs that would cost more than two million crowns.";
        var html = $"""
            <html><head><title>Pool to close for two years</title></head><body>
            <header class="top"><p class="kicker">Region</p><h1>Pool to close for two years</h1><p class="text-xl leading-snug">{lead}</p></header>
            <div class="story"><p>Swimmers and school teams said they would lose their only indoor pool in the district. A petition against the closure has gathered four thousand names, and more are coming in.</p>
            <p>The council said the roof and the filters were beyond repair, and that a new pool would be planned with the neighbouring towns over the coming year.</p>
            <p>Opponents of the plan said they would take the council to court, and that the pool could be repaired for half the money the council named.</p></div>
            </body></html>
            """;

        var paragraphs = HtmlArticleExtractor.Extract(html, "pool.html", "pool").Paragraphs;

        Assert.Equal(lead, paragraphs[0]);
        Assert.StartsWith("Swimmers and school teams", paragraphs[1], StringComparison.Ordinal);
        Assert.Single(paragraphs, p => p == lead);
    }

    [Fact]
    public void A_body_marked_with_microdata_inside_an_aside_or_a_sidebar_box_is_kept()
    {
        var html = """
            <html><head><title>Novelist wins book prize</title></head><body><div class="page">
            <nav><a href="/">Home</a> <a href="/culture">Culture</a></nav>
            <aside class="content-pane sidebar"><section itemscope itemtype="http://schema.org/Article"><h1>Novelist wins book prize</h1>
            <div itemprop="articleBody"><p>Hamburg (agency) - A novel about a family of lock keepers has won this year's national book prize, the jury said on Monday evening in Hamburg.</p>
            <p>The prize, first awarded in 2005, is the trade's most important award, and the winner receives a sum of money and a year of readings across the country.</p></div>
            </section></aside>
            <aside class="related"><p>Read more: the longlist, the shortlist and the jury's reasons for each of the twenty titles it chose.</p></aside>
            </div></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html, "prize.html", "prize");

        Assert.Contains(article.Paragraphs, p => p.StartsWith("Hamburg (agency) - A novel about a family", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The prize, first awarded in 2005", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("longlist", StringComparison.Ordinal));
    }

    [Fact]
    public void Microdata_values_shown_as_text_are_not_paragraphs_but_tables_of_numbers_and_spelled_out_links_are()
    {
        var html = Page("<title>x</title>", Body + """
            <span itemprop="datePublished">2019-11-19T08:57:40+01:00</span>
            <span itemprop="image">https://static.example.com/images/palmyra-500-250.jpg</span>
            <p>Buy the book: https://amzn.to/2iJFhRj</p>
            <p>https://amzn.to/2hZfWFJ</p>
            <table><tr><td>180</td><td>400</td></tr></table>
            """);

        var paragraphs = HtmlArticleExtractor.Extract(html, "a.html", "a").Paragraphs;

        Assert.DoesNotContain("2019-11-19T08:57:40+01:00", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Contains("https://amzn.to/2hZfWFJ", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("180", StringComparison.Ordinal));
    }

    [Fact]
    public void The_body_declared_in_json_ld_replaces_a_fragment_rendered_in_the_page_even_after_stray_json()
    {
        const string declared = "Astronomers using a radio dish in the Andes have found traces of ice on Talca, a small moon of a distant gas giant.The finding suggests the moon once held liquid water, which life needs.Indeed, the team believes a shallow sea may lie under its frozen crust.Ana Ortiz, who led the survey, said the next step is to measure the crust from orbit.";
        var html = $$"""
            <html><head><title>Ice on a distant moon</title>
            <script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Astronomers find ice on a distant moon", "articleBody": "{{declared}}"} }</script>
            </head><body><div class="story"><p>Ana Ortiz, who led the survey, said the next step is to measure the crust from orbit.</p></div></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html, "moon.html", "moon");

        Assert.Equal("Astronomers find ice on a distant moon", article.Title);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("Astronomers using a radio dish", article.Paragraphs[0]);
        Assert.StartsWith("The finding suggests", article.Paragraphs[1]);
    }

    [Fact]
    public void A_how_to_rendered_by_script_is_read_from_its_json_ld_steps()
    {
        var html = """
            <html><head><title>How to sew a round tablecloth</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "HowTo", "name": "How to sew a round tablecloth",
             "description": "<p>A round table looks best under a cloth cut to its shape. You need fabric, chalk and an afternoon.</p>",
             "step": [{"@type": "HowToStep", "name": "Measure", "itemListElement": {"@type": "HowToDirection", "text": "<p>Measure the table across its middle and add twice the drop you want.</p>"}},
                      {"@type": "HowToStep", "name": "Cut", "text": "Fold the fabric in four, mark the radius with chalk and cut along the arc."}]}</script>
            </head><body><div id="app"></div><footer><a href="/about">About us</a></footer></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html, "howto.html", "howto");

        Assert.Equal(
            ["A round table looks best under a cloth cut to its shape. You need fabric, chalk and an afternoon.",
             "Measure the table across its middle and add twice the drop you want.",
             "Fold the fabric in four, mark the radius with chalk and cut along the arc."],
            article.Paragraphs);
    }

    [Fact]
    public void Prose_behind_a_paywall_class_inside_the_marked_body_is_kept_and_its_share_bar_is_not()
    {
        var html = $$"""
            <html><head><title>Marisol Tools trims its outlook</title></head><body>
            <div class="article__body" itemprop="articleBody">
            <p>Shares of the hardware chain Marisol Tools fell in early trading on Wednesday after the company lowered its forecast for the year.</p>
            <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <span>Email this article to a friend</span></div>
            <div class="paywall">
            <p>Marisol Tools earned $1.17 a share in the summer quarter, a cent above what analysts had forecast. The stock lost 4% by noon.</p>
            <p>Company management said sales at stores open a year would grow 2.5%, down from the 3% it had promised. Traders had expected a smaller cut.</p>
            </div></div>
            <div class="paywall-prompt"><p>Subscribe now to keep reading: your first month is free, and you can cancel at any time online.</p></div>
            <div class="markets">{{string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Market report {i}: stocks in Asia rose on Tuesday, led by exporters, as investors weighed trade talks, oil prices and the outlook for interest rates in the region.</p>"))}}</div>
            </body></html>
            """;

        var paragraphs = HtmlArticleExtractor.Extract(html, "tools.html", "tools").Paragraphs;

        Assert.Equal(3, paragraphs.Count);
        Assert.Contains(paragraphs, p => p.StartsWith("Company management said", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Subscribe", StringComparison.Ordinal) || p.Contains("Tweet", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_split_into_blocks_of_the_same_markup_by_figures_is_collected_whole()
    {
        static string Block(string first, string second) => $"""
            <section class="outer"><div class="container"><div class="post__content wysiwyg">
            <p>{first}</p><p>{second}</p></div></div></section>
            """;
        var html = $$"""
            <html><head><title>Cells that taste danger</title></head><body><main>
            {{Block("When the immunologist looked deep inside the lungs of infected mice, he thought he was seeing things. He had found a strange-looking cell.", "The cell had a distinctive thatch of projections atop a pear-shaped body, and it was strangely common in the damaged tissue.")}}
            <section class="figure"><figure><img src="a.jpg"><figcaption>Tuft cells in the lung.</figcaption></figure></section>
            {{Block("Researchers later found the same cells in the gut, where they sense parasites. The discovery surprised the field.", "Tuft cells, it turns out, taste their surroundings with receptors once thought to belong only to the tongue, and raise the alarm.")}}
            <section class="pullquote"><blockquote>A cell that tastes the air in the lungs? Surely not.</blockquote></section>
            {{Block("The findings could change how allergies and asthma are understood. Too many of these cells may be a danger.", "This article was reprinted on another site, with the permission of the magazine, a few days after it was first published.")}}
            </main><aside class="sidebar"><p>Sign up for our weekly newsletter, which brings you the best of our science coverage every Friday.</p></aside></body></html>
            """;

        var paragraphs = HtmlArticleExtractor.Extract(html, "quanta.html", "quanta").Paragraphs;

        Assert.StartsWith("When the immunologist", paragraphs[0]);
        Assert.Contains(paragraphs, p => p.StartsWith("Tuft cells, it turns out", StringComparison.Ordinal));
        Assert.StartsWith("This article was reprinted", paragraphs[^1]);
        Assert.DoesNotContain(paragraphs, p => p.Contains("newsletter", StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_text_written_into_a_column_beside_a_link_heavy_sidebar_is_the_article()
    {
        var archive = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/news?m={i}\">Month {i} <span>({i})</span></a></li>"));
        var html = $$"""
            <html><head><title>Vehicles broken into</title></head><body><div class="container"><div class="row">
            <div class="col-md-3"><ul>{{archive}}</ul></div>
            <div class="col-md-9">
            <p class="titulo">Home care service reports two vehicles broken into</p>
            <small><b>05/10/2018</b> - Published by: Clarissa - Tags: <a href="/t/sad">sad</a></small><br><br>
            <img src="a.jpg">The home care team of the Amizade district found this morning that two of the unit's five cars had been broken into. The vehicles had their batteries taken and were damaged.<br>
            <br>
            A police report was filed and officers came to see the damage. Patients booked for this morning are being rescheduled, and service should be back to normal in the afternoon.<br>
            <div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
            </div></div></div>
            <div class="rodape"><div style="text-align: center;">City Hall - Street Walter Marquardt, 1111 - Postal code 89259-565 - Phone (047) 2106-8000</div></div>
            </body></html>
            """;

        var paragraphs = HtmlArticleExtractor.Extract(html, "city.html", "city").Paragraphs;

        Assert.Contains(paragraphs, p => p.StartsWith("The home care team of the Amizade district", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("A police report was filed", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Postal code", StringComparison.Ordinal) || p.Contains("Month 7", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_metadata_from_json_ld()
    {
        const string head = """
            <title>ignored | Example News</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"Palmyra retaken","datePublished":"2016-03-27T14:05:00+02:00",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"Example News"}}]}</script>
            <link rel="canonical" href="https://news.example.com/world/palmyra-retaken">
            """;

        var article = HtmlArticleExtractor.Extract(Page(head, Body), "p.html", "p");

        Assert.Equal("Palmyra retaken", article.Title);
        Assert.Equal(new DateOnly(2016, 3, 27), article.Published);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal("https://news.example.com/world/palmyra-retaken", article.Url);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Reads_metadata_from_opengraph_only()
    {
        const string head = """
            <meta property="og:title" content="Army retakes Palmyra">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="og:url" content="https://daily.example.org/2016/03/28/palmyra">
            <meta property="article:published_time" content="2016-03-28T08:00:00Z">
            <meta name="author" content="Jane Doe">
            """;

        var article = HtmlArticleExtractor.Extract(Page(head, Body), "p.html", "p");

        Assert.Equal("Army retakes Palmyra", article.Title);
        Assert.Equal("The Daily Example", article.Outlet);
        Assert.Equal(new DateOnly(2016, 3, 28), article.Published);
        Assert.Equal(["Jane Doe"], article.Authors);
    }

    [Fact]
    public void Without_metadata_falls_back_to_the_visible_page_and_the_url()
    {
        var article = HtmlArticleExtractor.Extract(Page("", Body), "p.html", "p", fallbackUrl: "https://www.example.net/2016/03/27/palmyra");

        Assert.Equal("Syrian army retakes Palmyra from Islamic State", article.Title);
        Assert.Equal("example.net", article.Outlet);
        Assert.Equal(new DateOnly(2016, 3, 27), article.Published);
    }

    [Fact]
    public void Pages_written_with_line_breaks_instead_of_paragraphs_are_read()
    {
        const string page = """
            <html><body><div class="menu"><a href="/">Home</a></div>
            <div id="news_body">Government forces drove the militants out of the ancient city on Sunday, officials said.<br><br>
            Residents were told to stay away from the ruins until sappers had cleared the mines, the army added.<br><br>
            The city had been held for ten months by the group, which destroyed several of its temples.</div>
            </body></html>
            """;

        var article = HtmlArticleExtractor.Extract(page, "p.html", "p");

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("Residents were told", article.Paragraphs[1]);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed paragraph about the army retaking the city on Sunday, officials said.<div><p>Another one, with more text about the ruins and the mines in the city")]
    [InlineData("<html><head><script>document.write('only script');</script></head><body></body></html>")]
    [InlineData("")]
    [InlineData("<<<>>> not html at all &&& ;;;")]
    public void Broken_and_empty_pages_do_not_throw(string html)
    {
        var article = HtmlArticleExtractor.Extract(html, "p.html", "p");

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("only script", StringComparison.Ordinal));
    }

    [Fact]
    public void Five_megabytes_of_nested_divs_are_handled_quickly()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500_000)) +
            "<p>Deep inside the page, the army said it had retaken the ancient city on Sunday after heavy fighting.</p>" +
            string.Concat(Enumerable.Repeat("</div>", 500_000)) + "</body></html>";

        var article = HtmlArticleExtractor.Extract(html, "p.html", "p");

        Assert.Contains(article.Paragraphs, p => p.StartsWith("Deep inside the page", StringComparison.Ordinal));
    }
}

public class HtmlDecoderTests
{
    private const string Sample = "<html><head><meta charset=\"{0}\"></head><body><p>Café Syria’s army</p></body></html>";

    [Fact]
    public void Honours_a_declared_single_byte_charset()
    {
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sample, "windows-1252").Replace("’", "'", StringComparison.Ordinal);
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        Assert.Contains("Café Syria's army", HtmlDecoder.Decode(bytes, "p.html"));
    }

    [Fact]
    public void Prefers_valid_utf8_over_a_wrong_declaration()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sample, "iso-8859-1"));

        Assert.Contains("Café Syria’s army", HtmlDecoder.Decode(bytes, "p.html"));
    }

    [Fact]
    public void Reads_gzip_compressed_pages_and_rejects_broken_gzip()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sample, "utf-8"));
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        Assert.Contains("Café", HtmlDecoder.Decode(buffer.ToArray(), "p.html.gz"));
        Assert.Throws<RoundupException>(() => HtmlDecoder.Decode([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02], "bad.html.gz"));
    }

    [Fact]
    public void Corpus_reader_reads_html_and_html_gz_files()
    {
        using var dir = new TempFolder();
        var page = "<html><head><title>Palmyra retaken | News</title></head><body><article><p>Troops retook the ancient city of Palmyra on Sunday, the army said, after three weeks of fighting.</p></article></body></html>";
        dir.File("a.html", page);
        using (var stream = File.Create(Path.Combine(dir.Path, "b.html.gz")))
        using (var gz = new GZipStream(stream, CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(page));
        }

        var articles = new CorpusReader().Read([dir.Path], _ => { }).ToList();

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.All(articles, a => Assert.Equal("Palmyra retaken", a.Title));
    }
}

public class HtmlPageShapeTests
{
    private const string Prose = """
        <p>Government forces drove the militants out of the ancient city on Sunday, officials said, after weeks of fighting.</p>
        <p>Residents were told to stay away from the ruins until sappers had cleared the mines, the army added on Monday.</p>
        """;

    [Fact]
    public void A_page_wrapped_in_a_form_keeps_its_article()
    {
        var page = $"<html><body><form id=\"aspnetForm\"><div class=\"menu\"><a href=\"/\">Home</a></div><article>{Prose}</article></form></body></html>";

        var article = HtmlArticleExtractor.Extract(page, "p.html", "p");

        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_column_named_non_ad_is_not_an_ad()
    {
        var page = $"<html><body><section class=\"non-ad-column\"><article>{Prose}</article></section><div class=\"ad-slot\">Advertisement: buy our product today at a special price for readers.</div></body></html>";

        var article = HtmlArticleExtractor.Extract(page, "p.html", "p");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Advertisement", StringComparison.Ordinal));
    }
}
