using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Roundup.Server.Tests;

/// <summary><c>POST /api/articles</c>: there only with a token, and taking articles only from whoever has it.</summary>
public sealed class IngestRouteTests : IAsyncDisposable
{
    private const string Token = "s3cret-token-for-tests";

    private readonly TestSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    private Task<HttpClient> Serve(string? token) => _site.Client(TestDatabases.Sqlite, [], token);

    private static StringContent Lines(params string[] texts) => new(string.Join('\n', texts.Select((t, i) =>
        JsonSerializer.Serialize(new { id = $"p{i}", url = $"https://example.com/p{i}", title = $"Harbour report {i}", text = t }))), Encoding.UTF8, "application/x-ndjson");

    private static async Task<HttpResponseMessage> Post(HttpClient client, HttpContent body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = body };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request);
    }

    private const string Text = "The harbour at Port Ellery closed its northern quay on Friday after a crane collapsed onto parked containers, the authority said.";

    [Fact]
    public async Task Without_a_token_the_server_takes_no_articles()
    {
        var client = await Serve(null);

        var response = await Post(client, Lines(Text), Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Articles_are_taken_only_with_the_token_and_then_stored_and_grouped()
    {
        var client = await Serve(Token);

        var none = await Post(client, Lines(Text), null);
        var wrong = await Post(client, Lines(Text), Token + "x");
        var empty = await Post(client, new StringContent("", Encoding.UTF8, "application/x-ndjson"), Token);
        var taken = await Post(client, Lines(Text, Text.Replace("Friday", "Saturday", StringComparison.Ordinal)), Token);
        var again = await Post(client, Lines(Text), Token);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest), (none.StatusCode, wrong.StatusCode, empty.StatusCode));
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        var result = JsonDocument.Parse(await taken.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((2, 2), (result.GetProperty("read").GetInt32(), result.GetProperty("added").GetInt32()));
        Assert.Equal(1, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("unchanged").GetInt32());
        var stories = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories");
        Assert.Equal(2, stories.EnumerateArray().Sum(s => s.GetProperty("articles").GetInt32()));
    }
}
