using System.Net;
using Roundup.Model;

namespace Roundup.Server.Tests;

/// <summary>The pages: the list with its search box, a story's page, and hostile article text rendered inert.</summary>
public sealed class PageTests : IAsyncDisposable
{
    private readonly TestSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private Task<HttpClient> Serve(IReadOnlyList<Article> articles) => _site.Client(TestDatabases.Sqlite, articles);

    private static async Task<string> Page(HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_list_links_to_a_story_page_with_its_brief_differences_and_sources()
    {
        var client = await Serve(TestSite.Example());

        var list = await Page(client, "/");
        var found = await Page(client, "/?q=Palmyra");
        var none = await Page(client, "/?q=zeppelin");
        var link = System.Text.RegularExpressions.Regex.Match(list, "href=\"(/stories/[0-9]+)\"").Groups[1].Value;
        var story = await Page(client, link);
        var again = await Page(client, link);
        var css = await client.GetAsync("/style.css");

        Assert.Contains("<form role=\"search\"", list, StringComparison.Ordinal);
        Assert.Contains("The New Arab", list, StringComparison.Ordinal); // the outlets under the headline
        Assert.Contains("4 independent", list, StringComparison.Ordinal);
        Assert.Contains(link, found, StringComparison.Ordinal);
        Assert.Contains("No story found.", none, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"differ\">Where the sources differ</h2>", story, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"who\">Who is who</h2>", story, StringComparison.Ordinal);
        Assert.Contains("href=\"#source-1\"", story, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-5\">", story, StringComparison.Ordinal);
        Assert.Contains("<main>", story, StringComparison.Ordinal);
        Assert.Equal(story, again);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", story, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", story, StringComparison.Ordinal); // the policy allows no inline style
        await Page(client, "/stories/999999", HttpStatusCode.NotFound);
        await Page(client, "/stories/abc", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Hostile_titles_texts_and_urls_are_rendered_inert()
    {
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        string Body(int i) => $"Flooding closed the coast road at Ravensmoor on Monday {hostile}, the council said, and {i} families left their homes for the school hall.";
        var articles = new List<Article>
        {
            new("h1", "h1.txt", "Harbour Times", hostile + " Flood at Ravensmoor", new DateOnly(2026, 3, 1), "javascript:alert(document.cookie)", null, null, [Body(1), "Engineers will inspect the sea wall on Tuesday."]),
            new("h2", "h2.txt", "Coast Courier", new string('A', 1_000_000), new DateOnly(2026, 3, 1), "https://example.com/flood?a=1&b=\"2\"", null, null, [Body(2), "The road will stay closed until the water goes down."]),
            new("h3", "h3.txt", "Valley Post", "Ravensmoor flood", new DateOnly(2026, 3, 2), "data:text/html,<script>alert(1)</script>", null, null, [Body(3), "Residents said the water rose within an hour."]),
        };
        var client = await Serve(articles);

        var list = await Page(client, "/");
        var link = System.Text.RegularExpressions.Regex.Match(list, "href=\"(/stories/[0-9]+)\"").Groups[1].Value;
        var story = await Page(client, link);
        var search = await Page(client, "/?q=%3Cscript%3Ealert(1)%3C/script%3E");

        foreach (var page in new[] { list, story, search })
        {
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"data:", page, StringComparison.OrdinalIgnoreCase);
            Assert.True(page.Length < 200_000, $"a page of {page.Length} characters: the megabyte title was not cut");
        }
        Assert.Contains("&lt;script&gt;", story, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/flood?a=1&amp;b=&quot;2&quot;\" rel=\"noopener nofollow\"", story, StringComparison.Ordinal);
    }
}
