using Roundup.Ingest;
using Roundup.Ingest.JsonLines;
using Roundup.Model;

namespace Roundup.Tests.Ingest.JsonLines;

public class JsonLinesReaderTests
{
    [Fact]
    public void Reads_fields_and_reports_bad_lines_with_their_numbers()
    {
        using var dir = new TempFolder();
        var path = dir.File("feed.jsonl", string.Join('\n',
            """{"id": "a1", "url": "https://www.example.com/2016/03/27/palmyra", "title": "Palmyra retaken", "text": "Troops retook Palmyra on Sunday, the army said."}""",
            """{"id": 7, "published": "2016-03-28T10:00:00Z", "outlet": "Example Times", "text": "Russia said its jets flew 40 sorties over Palmyra."}""",
            """{"id": "broken", "text": "unterminated""",
            """{"id": "notext"}""",
            """{"id": "furniture", "text": "Top Stories"}""",
            "",
            """["not", "an", "object"]""",
            """{"text": "An article without an id still counts, the agency reported on Monday."}"""));
        var warnings = new List<IngestWarning>();

        var articles = JsonLinesReader.Read(path, warnings.Add).ToList();

        Assert.Equal(["a1", "7", "feed:8"], articles.Select(a => a.Id));
        Assert.Equal("example.com", articles[0].Outlet);
        Assert.Equal("Palmyra retaken", articles[0].Title);
        Assert.Equal(new DateOnly(2016, 3, 27), articles[0].Published);
        Assert.Equal("Example Times", articles[1].Outlet);
        Assert.Equal(new DateOnly(2016, 3, 28), articles[1].Published);
        Assert.Equal([3, 4, 5, 7], warnings.Select(w => w.Line!.Value));
        Assert.Contains("not valid JSON", warnings[0].Message);
        Assert.Contains("\"text\"", warnings[1].Message);
        Assert.StartsWith($"{path}:3: ", warnings[0].ToString());
    }

    [Fact]
    public void Reads_the_field_names_other_tools_write()
    {
        using var dir = new TempFolder();
        var path = dir.File("scraped.jsonl", string.Join('\n',
            """{"id": "np", "maintext": "Troops retook Palmyra on Sunday, the army said.", "headline": "Palmyra retaken", "date_publish": "2016-03-27 10:00:00", "source_domain": "example.com"}""",
            """{"id": "b", "body": "Russia said its jets flew 40 sorties over Palmyra.", "date": "2016-03-28", "link": "https://news.example.org/palmyra"}""",
            """{"id": "both", "text": "The text field wins over the others, the agency reported.", "body": "Not this one."}""",
            """{"id": "none", "summary": "No body under any known name."}"""));
        var warnings = new List<IngestWarning>();

        var articles = JsonLinesReader.Read(path, warnings.Add).ToList();

        Assert.Equal(["np", "b", "both"], articles.Select(a => a.Id));
        Assert.Equal("Palmyra retaken", articles[0].Title);
        Assert.Equal(new DateOnly(2016, 3, 27), articles[0].Published);
        Assert.Equal("example.com", articles[0].Outlet);
        Assert.Equal(new DateOnly(2016, 3, 28), articles[1].Published);
        Assert.Equal("https://news.example.org/palmyra", articles[1].Url);
        Assert.Equal("news.example.org", articles[1].Outlet);
        Assert.StartsWith("The text field wins", articles[2].Paragraphs[0]);
        var warning = Assert.Single(warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("\"body\"", warning.Message);
    }
}

public class JsonLinesDamageTests
{
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement.";

    private static string Line(string id, string text) => $"{{\"id\": \"{id}\", \"text\": \"{text}\"}}";

    [Fact]
    public void A_line_with_half_a_surrogate_pair_is_kept_with_the_broken_character_replaced()
    {
        using var dir = new TempFolder();
        var file = dir.File("s.jsonl", string.Join("\n",
            Line("a", Story),
            Line("b", "An emoji was cut here \\ud83d and " + Story),
            Line("c", "A lone low half \\udc00 then a pair \\ud83d\\ude00 and " + Story),
            Line("d", Story)));
        var warnings = new List<IngestWarning>();

        var articles = JsonLinesReader.Read(file, warnings.Add).ToList();

        Assert.Empty(warnings);
        Assert.Equal(["a", "b", "c", "d"], articles.Select(a => a.Id));
        Assert.StartsWith("An emoji was cut here \uFFFD and", articles[1].Paragraphs[0]);
        Assert.StartsWith("A lone low half \uFFFD then a pair \U0001F600 and", articles[2].Paragraphs[0]);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Lines_end_at_any_line_break(string newline)
    {
        using var dir = new TempFolder();
        var file = dir.File("s.jsonl", string.Join(newline, Line("a", Story), Line("b", Story), Line("c", Story)) + newline);
        var warnings = new List<IngestWarning>();

        var articles = JsonLinesReader.Read(file, warnings.Add).ToList();

        Assert.Empty(warnings);
        Assert.Equal(["a", "b", "c"], articles.Select(a => a.Id));
    }
}
