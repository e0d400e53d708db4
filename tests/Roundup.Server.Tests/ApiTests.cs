using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Roundup.Server.Tests;

/// <summary>The JSON API, the OpenAPI document and the Atom feed over a store holding the bundled example, on both kinds of store.</summary>
public sealed class ApiTests : IAsyncDisposable
{
    private readonly TestSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private Task<HttpClient> Serve(string kind) => _site.Client(kind, TestSite.Example());

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Stories_a_story_its_articles_and_search_are_served(string kind)
    {
        var client = await Serve(kind);

        var list = await Json(await client.GetAsync("/api/stories"));
        var story = Assert.Single(list.GetProperty("stories").EnumerateArray());
        long id = story.GetProperty("id").GetInt64();
        var brief = await Json(await client.GetAsync($"/api/stories/{id}?words=80"));
        var articles = await Json(await client.GetAsync($"/api/stories/{id}/articles"));
        var found = await Json(await client.GetAsync("/api/search?q=Palmyra"));
        var none = await Json(await client.GetAsync("/api/stories?q=zeppelin"));
        var page = await Json(await client.GetAsync("/api/stories?limit=1&offset=1"));

        Assert.Equal(5, story.GetProperty("articles").GetInt32());
        Assert.Equal("2016-03-28", story.GetProperty("last").GetString()); // the latest of the five reports
        Assert.NotEqual(0, brief.GetProperty("summary").GetArrayLength());
        Assert.Contains(brief.GetProperty("figures").EnumerateArray(), f => f.GetProperty("conflict").GetBoolean());
        Assert.Equal(5, articles.GetArrayLength());
        Assert.All(articles.EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("title").GetString())));
        Assert.Equal(5, found.GetProperty("articles").GetArrayLength());
        Assert.Empty(none.GetProperty("stories").EnumerateArray());
        Assert.Empty(page.GetProperty("stories").EnumerateArray());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Bad_requests_get_problem_details_that_say_what_is_wrong(string kind)
    {
        var client = await Serve(kind);
        var cases = new (string Url, HttpStatusCode Status, string Says)[]
        {
            ("/api/stories?limit=abc", HttpStatusCode.BadRequest, "'abc' is not a whole number from 1 to 100"),
            ("/api/stories?limit=1000", HttpStatusCode.BadRequest, "from 1 to 100"),
            ("/api/stories?offset=-1", HttpStatusCode.BadRequest, "'-1' is not a whole number from 0 to 10000"),
            ("/api/stories?since=27/03/2016", HttpStatusCode.BadRequest, "not a date written YYYY-MM-DD"),
            ("/api/stories/abc", HttpStatusCode.BadRequest, "'abc' is not a story id"),
            ("/api/stories/999999", HttpStatusCode.NotFound, "no story 999999"),
            ("/api/stories/999999/articles", HttpStatusCode.NotFound, "no story 999999"),
            ("/api/stories/1?words=5", HttpStatusCode.BadRequest, "from 10 to 1000"),
            ("/api/search", HttpStatusCode.BadRequest, "search needs words"),
            ($"/api/stories?limit={new string('9', 5000)}", HttpStatusCode.BadRequest, "…' is not a whole number"),
            ("/api/nothing-here", HttpStatusCode.NotFound, ""),
            ("/api/stories?limit=1&limit=2", HttpStatusCode.BadRequest, "given more than once"),
            ("/api/stories?limit=%ZZ", HttpStatusCode.BadRequest, "is not a whole number"),
            ("/api/stories?since=2016-02-30", HttpStatusCode.BadRequest, "not a date written YYYY-MM-DD"),
            ("/api/search?q=a&q=b", HttpStatusCode.BadRequest, "given more than once"),
        };

        foreach (var (url, status, says) in cases)
        {
            var response = await client.GetAsync(url);
            Assert.True(status == response.StatusCode, $"{url}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            if (says.Length > 0)
            {
                Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                Assert.True(problem.GetProperty("detail").GetString()!.Length < 200);
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_openapi_document_and_the_atom_feed_parse_and_every_response_carries_the_security_headers(string kind)
    {
        var client = await Serve(kind);

        var openApi = await client.GetAsync("/openapi/v1.json");
        var feed = await client.GetAsync("/feed.atom");

        var paths = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/stories", out _));
        Assert.True(paths.TryGetProperty("/api/stories/{id}", out _));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var document = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        var entry = Assert.Single(document.Root!.Elements(atom + "entry"));
        Assert.StartsWith("http://localhost/stories/", entry.Element(atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal("2016-03-28T00:00:00Z", entry.Element(atom + "updated")!.Value);
        foreach (var response in new[] { openApi, feed, await client.GetAsync("/api/stories?limit=x") })
        {
            Assert.Equal("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
