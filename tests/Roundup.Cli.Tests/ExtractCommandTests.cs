using System.Text.Json;

namespace Roundup.Cli.Tests;

public class ExtractCommandTests
{
    private const string Page = """
        <html lang="en"><head><meta property="og:title" content="Palmyra retaken"><meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2016-03-27T10:00:00Z"><meta name="author" content="Jane Doe"></head>
        <body><nav><a href="/">Home</a></nav><article>
        <p>Troops retook the ancient city of Palmyra on Sunday, the army said, after three weeks of heavy fighting.</p>
        <p>Sappers began clearing mines from the ruins, a military source said, as residents waited to return.</p>
        </article></body></html>
        """;

    [Fact]
    public void Jsonl_records_carry_every_field_in_input_order()
    {
        using var dir = new TempFolder();
        dir.File("a.html", Page);
        dir.File("b.txt", "A second report said the army had taken full control of the city on Sunday morning.");

        var result = CliRunner.Run("extract", dir.Path);

        Assert.Equal(0, result.ExitCode);
        var records = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], records.Select(r => r.GetProperty("id").GetString()));
        var page = records[0];
        foreach (var field in new[] { "path", "id", "url", "outlet", "title", "published", "authors", "language", "text" })
        {
            Assert.True(page.TryGetProperty(field, out _), field);
        }
        Assert.Equal("Example News", page.GetProperty("outlet").GetString());
        Assert.Equal("2016-03-27", page.GetProperty("published").GetString());
        Assert.Equal("Jane Doe", page.GetProperty("authors")[0].GetString());
        Assert.StartsWith("Troops retook the ancient city", page.GetProperty("text").GetString());
        Assert.DoesNotContain("Home", page.GetProperty("text").GetString());
    }

    [Fact]
    public void Eval_extraction_scores_pages_against_the_truth()
    {
        using var dir = new TempFolder();
        dir.File("html/a.html", Page);
        var truth = dir.File("truth.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["a"] = new { articleBody = "Troops retook the ancient city of Palmyra on Sunday, the army said, after three weeks of heavy fighting.\n\nSappers began clearing mines from the ruins, a military source said, as residents waited to return.", url = "x" },
        }));

        var result = CliRunner.Run("eval", "extraction", "--html", Path.Combine(dir.Path, "html"), "--truth", truth, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1.0, doc.RootElement.GetProperty("f1").GetDouble());
    }
}
