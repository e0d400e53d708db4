using Roundup.Ingest;
using Roundup.Ingest.PlainText;

namespace Roundup.Tests.Ingest.PlainText;

/// <summary>Reports the boilerplate rules were not written for: they must hold on layouts never seen.</summary>
public class PlainTextParserTests
{
    [Fact]
    public void Cleans_page_furniture_of_an_unseen_report()
    {
        const string text = """
            Home | World | Americas
            Share
            Earthquake strikes off Chile coast, no tsunami warning
            By Maria Lopez
            Published: Tuesday 4 April 2017 10:32 GMT
            3 minute read
            Rescue workers search the rubble in Valparaiso on Tuesday. (AP Photo/Esteban Felix)
            SANTIAGO, Chile (AP) — A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, shaking buildings in the capital, officials said.
            Advertisement
            The quake was centered 35 kilometers west of Valparaiso at a depth of 10 kilometers, the U.S. Geological Survey said.
            Read more
            Rescue workers search the rubble in Valparaiso on Tuesday. (AP Photo/Esteban Felix)
            Chile's emergency office said there were no immediate reports of injuries.
            14
            """;

        var article = PlainTextParser.Parse(text, "chile.txt", "chile");

        Assert.Equal("Earthquake strikes off Chile coast, no tsunami warning", article.Title);
        Assert.Equal(new DateOnly(2017, 4, 4), article.Published);
        Assert.Equal("SANTIAGO, Chile", article.Dateline);
        Assert.Equal("AP", article.Agency);
        Assert.Equal(
            [
                "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, shaking buildings in the capital, officials said.",
                "The quake was centered 35 kilometers west of Valparaiso at a depth of 10 kilometers, the U.S. Geological Survey said.",
                "Chile's emergency office said there were no immediate reports of injuries.",
            ],
            article.Paragraphs);
        Assert.Null(article.Outlet); // nothing in the text names it: no outlet is made up from the file name
    }

    [Fact]
    public void A_bracketed_credit_marks_a_caption_but_an_editors_insertion_in_a_quote_does_not()
    {
        const string text = """
            Strike closes the port of Varnholt

            Dock workers march past the harbour office on Monday [Anna Berg/Reuters]

            "We will not go back until the pay offer is doubled," a union leader told reporters [in Varnholt].

            The port authority said talks would resume on Thursday.

            Pickets outside the container terminal at dawn [Getty Images].
            """;

        var article = PlainTextParser.Parse(text, "port.txt", "port");

        Assert.Equal(
            [
                "\"We will not go back until the pay offer is doubled,\" a union leader told reporters [in Varnholt].",
                "The port authority said talks would resume on Thursday.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void Joins_hard_wrapped_tab_indented_paragraphs_without_a_title_and_reads_ldc_quotes()
    {
        const string text =
            "\tThe finance ministers of the seven largest industrial nations met\n" +
            "in Washington on Saturday and agreed to ``monitor closely'' the\n" +
            "currency markets, officials said.\n" +
            "\tThe statement did not mention the dollar by name.  Analysts said\n" +
            "the omission was deliberate and would calm the markets on Monday.\n";

        var article = PlainTextParser.Parse(text, "g7.txt", "g7");

        Assert.Null(article.Title);
        Assert.Equal(
            [
                "The finance ministers of the seven largest industrial nations met in Washington on Saturday and agreed to “monitor closely” the currency markets, officials said.",
                "The statement did not mention the dollar by name. Analysts said the omission was deliberate and would calm the markets on Monday.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void Blank_line_separated_hard_wrapped_text_keeps_its_paragraphs()
    {
        const string text =
            "Rebels said they had taken the northern town after two days of heavy\n" +
            "fighting with government troops backed by air strikes and artillery.\n" +
            "\n" +
            "The government denied the report and said its forces still held the\n" +
            "hills around the town, where fighting continued late into the night.\n";

        var article = PlainTextParser.Parse(text, "rebels.txt", "rebels");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The government denied", article.Paragraphs[1]);
    }

    [Fact]
    public void Slug_title_takes_the_spelling_the_body_uses()
    {
        var title = PlainTextParser.TitleFromUrl(
            "https://example.com/2016/03/28/world/islamic-state-loses-palmyra-to-syrian-army.html",
            ["Units of the Syrian army said Islamic State had been driven out of Palmyra, where Islamic State fighters had held the town."]);

        Assert.Equal("Islamic State loses Palmyra to Syrian army", title);
    }

    [Fact]
    public void A_url_written_with_spaces_by_a_tokeniser_is_closed_up_and_read()
    {
        var article = PlainTextParser.Parse(
            "http: / / www. upi. com / Top _ News / 2004 / 07 / 28 / Fred - LaRue - top - Nixon - aide - dies - at - 75 / UPI - 34381091035466 / /\n" +
            "Fred LaRue, top Nixon aide, dies at 75\n" +
            "Fred LaRue, a Richard Nixon White House aide and key player in the Watergate scandal, was found dead in his room on Wednesday.",
            "a.txt",
            "a");

        Assert.Equal("http://www.upi.com/Top_News/2004/07/28/Fred-LaRue-top-Nixon-aide-dies-at-75/UPI-34381091035466//", article.Url);
        Assert.Equal("upi.com", article.Outlet);
        Assert.Equal(new DateOnly(2004, 7, 28), article.Published);
        Assert.Equal("Fred LaRue, top Nixon aide, dies at 75", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("http", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", true)]
    [InlineData("(MORE)", true)]
    [InlineData("[EDITORS: ADDS BYLINE, UPDATES TOLL]", true)]
    [InlineData("(The council will meet again on Friday.)", false)]
    [InlineData("(AP)", true)]
    [InlineData("(1998)", false)]
    [InlineData("NATO STRIKES SERBIA", false)]
    public void A_note_of_the_wire_desk_is_told_from_prose(string line, bool note) =>
        Assert.Equal(note, Boilerplate.IsEditorsNote(line));

    [Fact]
    public void The_wire_desk_notes_between_paragraphs_go()
    {
        var article = PlainTextParser.Parse(
            "The council voted on Tuesday to rebuild the harbor, ending a year of argument over its cost.\n\n"
            + "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)\n\nWork will begin in the spring, the mayor said on Wednesday.\n\n(MORE)\n",
            "wire.txt", "wire");

        Assert.Equal(
            ["The council voted on Tuesday to rebuild the harbor, ending a year of argument over its cost.",
             "Work will begin in the spring, the mayor said on Wednesday."],
            article.Paragraphs);
    }

    [Theory]
    [InlineData("www. bbc. co. uk / news / world - 123", "www.bbc.co.uk/news/world-123")]
    [InlineData("https://example.com/a/b", "https://example.com/a/b")]
    [InlineData("http: / / the army said it had retaken the city", null)]
    [InlineData("We visited www. the city on Sunday.", null)]
    public void Bare_urls_are_recognised_in_both_spellings(string line, string? url) =>
        Assert.Equal(url, Boilerplate.AsBareUrl(line));

    [Fact]
    public void Outlet_comes_from_the_url_host_without_www()
    {
        var article = PlainTextParser.Parse(
            "https://www.example-news.co.uk/world/2016/mar/27/palmyra\nTroops retook the ancient city of Palmyra on Sunday, the army said.",
            "a.txt",
            "a");

        Assert.Equal("example-news.co.uk", article.Outlet);
    }

    [Fact]
    public void Agency_quoted_as_a_source_is_not_taken_for_the_outlet()
    {
        var article = PlainTextParser.Parse(
            "A military source told Reuters that the army controlled the town, and another told AFP the same on Sunday.",
            "story.txt",
            "story");

        Assert.Null(article.Outlet);
    }
}

public class OneLineReportTests
{
    [Theory]
    [InlineData("Robbers in drag steal e80 million from Paris diamond store in biggest French heist")]
    [InlineData("The BBC says little-known actor Matt Smith will take over the title role in \"Doctor Who.\"")]
    public void A_report_of_one_line_keeps_its_text(string text)
    {
        var article = PlainTextParser.Parse(text, "one.txt", "one");

        Assert.Equal([text], article.Paragraphs);
    }
}

public class LargeTextTests
{
    [Fact]
    public async Task A_text_of_many_lines_in_a_small_vocabulary_is_cleaned_in_bounded_time()
    {
        var random = new Random(7);
        string[] words = ["army", "city", "palmyra", "troops", "said", "retook", "sunday", "ancient", "statement", "fighting", "officials", "victory"];
        var lines = Enumerable.Range(0, 100_000).Select(i => string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])) + $" {i}.");
        var text = string.Join('\n', lines);

        // Bounded so that work growing with the square of the lines fails the test instead of stalling the suite.
        var article = await Task.Run(() => PlainTextParser.Parse(text, "many.txt", "many")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(article.Paragraphs.Count > 90_000);
    }
}
