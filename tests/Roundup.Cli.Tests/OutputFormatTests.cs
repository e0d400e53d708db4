using System.Text.Json;
using System.Xml.Linq;

namespace Roundup.Cli.Tests;

/// <summary>Each output format of <c>roundup brief</c> on the bundled example.</summary>
public class OutputFormatTests
{
    [Fact]
    public void Text_has_title_marked_sentences_and_numbered_sources()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Contains("Palmyra", lines[0]);
        // Sentences are marked by the outlets that carry them; an article with no known outlet by its file name, marked
        // so, with the agency its dateline credits.
        Assert.Contains(lines, l => l.EndsWith(". [pakistantoday.com.pk; 001_6c1c30197c631550.txt (AFP copy, outlet unknown); 002_cabded4b6e617a5b.txt (outlet unknown)]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[1] pakistantoday.com.pk — ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[5] The New Arab — ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_follows_the_documented_schema()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--format", "json", "--words", "100");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Contains("Palmyra", root.GetProperty("title").GetString());
        Assert.InRange(root.GetProperty("words").GetInt32(), 1, 100);
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        var ids = articles.Select(a => a.GetProperty("id").GetString()).ToHashSet();
        foreach (var a in articles)
        {
            foreach (var field in new[] { "id", "outlet", "url", "title", "published", "dateline", "words" })
            {
                Assert.True(a.TryGetProperty(field, out _), $"article lacks {field}");
            }
        }
        Assert.Equal("2016-03-28", articles[0].GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, articles[1].GetProperty("url").ValueKind);
        var summary = root.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        int words = 0;
        foreach (var s in summary)
        {
            var sources = s.GetProperty("sources").EnumerateArray().Select(x => x.GetString()).ToList();
            Assert.All(sources, id => Assert.Contains(id, ids));
            Assert.Equal(sources.Count, s.GetProperty("support").GetInt32());
            words += s.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        Assert.Equal(root.GetProperty("words").GetInt32(), words);
        Assert.All(summary, s => Assert.InRange(s.GetProperty("independent").GetInt32(), 1, s.GetProperty("support").GetInt32()));
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            Assert.Contains(e.GetProperty("kind").GetString(), new[] { "person", "organization", "place", "other" });
            Assert.Contains(e.GetProperty("name").GetString(), e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
            Assert.True(e.GetProperty("mentions").GetInt32() >= 1);
            Assert.All(e.GetProperty("sources").EnumerateArray(), id => Assert.Contains(id.GetString(), ids));
        }
        foreach (var f in root.GetProperty("figures").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("about").GetString()));
            Assert.Contains(f.GetProperty("conflict").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            foreach (var v in f.GetProperty("values").EnumerateArray())
            {
                Assert.True(v.GetProperty("value").GetDouble() > 0);
                Assert.Contains(v.GetProperty("hedge").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.String });
                Assert.False(string.IsNullOrEmpty(v.GetProperty("text").GetString()));
                Assert.All(v.GetProperty("sources").EnumerateArray(), id => Assert.Contains(id.GetString(), ids));
            }
        }
        Assert.Contains(root.GetProperty("exclusives").EnumerateArray(), x => ids.Contains(x.GetProperty("source").GetString()));
    }

    [Theory]
    [InlineData("text", "Where they agree", "Who is who", "Where they differ", "Only in The New Arab")]
    [InlineData("markdown", "## Where they agree", "## Who is who", "## Where they differ", "## Only in The New Arab")]
    [InlineData("html", "<h2>Where they agree</h2>", "<h2>Who is who</h2>", "<h2>Where they differ</h2>", "<h2>Only in The New Arab</h2>")]
    public void Every_format_compares_the_sources(string format, params string[] sections)
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--format", format);

        Assert.Equal(0, result.ExitCode);
        int at = 0;
        foreach (var section in sections)
        {
            int found = result.Stdout.IndexOf(section, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{section} missing or out of order");
            at = found;
        }
        Assert.Contains("188", result.Stdout);
        Assert.Contains("Deir ez-Zor", result.Stdout);
    }

    [Fact]
    public void Html_is_one_well_formed_self_contained_page()
    {
        using var dir = new TempFolder();
        var file = Path.Combine(dir.Path, "brief.html");

        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--format", "html", "--output", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("written to", result.Stderr);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html);
        var doc = XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        Assert.Equal("html", doc.Root!.Name.LocalName);
        Assert.Contains("Palmyra", doc.Descendants("h1").Single().Value);
        Assert.True(doc.Descendants("p").Count() >= 3);
        Assert.Equal(5, doc.Descendants("ol").Single().Elements("li").Count());
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "link" || e.Attribute("src") is not null);
    }

    [Fact]
    public void Markdown_has_heading_linked_markers_and_sources()
    {
        var result = CliRunner.Run("brief", TestPaths.Palmyra, "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# ", result.Stdout);
        Assert.Contains("](#source-", result.Stdout);
        Assert.Contains("## Sources", result.Stdout);
        Assert.Contains("1. <a id=\"source-1\"></a>**pakistantoday.com.pk**: [Islamic State driven out of Syria’s ancient Palmyra city](http://www.pakistantoday.com.pk/", result.Stdout);
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var result = CliRunner.Run("brief", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--words", "--format", "--output" })
        {
            Assert.Contains(option, result.Stdout);
        }
    }
}
