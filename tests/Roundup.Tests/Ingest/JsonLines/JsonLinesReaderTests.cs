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
