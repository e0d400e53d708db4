using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Storage;

namespace Roundup.Server.Tests;

/// <summary>The server of one test: a new store of a kind holding the articles given, and the application over it.</summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly TestDatabases _databases = new();
    private WebApplication? _app;

    /// <summary>The five reports of the bundled example.</summary>
    public static List<Article> Example()
    {
        using var reader = new CorpusReader();
        return reader.Read([TestPaths.Palmyra], _ => { }).ToList();
    }

    /// <summary>
    /// Stores and groups <paramref name="articles"/> in a new store and starts the server over it: on a test host, or
    /// with <paramref name="listen"/> on a real address (for a browser).
    /// </summary>
    public async Task<WebApplication> Start(string kind, IReadOnlyList<Article> articles, string? token = null, string? listen = null)
    {
        var db = _databases.New(kind);
        if (articles.Count > 0)
        {
            new StoreIngest(db, _ => { }).Run(articles);
        }
        var builder = RoundupServer.CreateBuilder(new ServerOptions { Db = db, Token = token, Urls = listen ?? "http://127.0.0.1:5080" });
        if (listen is null)
        {
            builder.WebHost.UseTestServer();
        }
        _app = RoundupServer.Configure(builder.Build());
        await _app.StartAsync();
        return _app;
    }

    /// <summary>A client of a server on a test host (see <see cref="Start"/>).</summary>
    public async Task<HttpClient> Client(string kind, IReadOnlyList<Article> articles, string? token = null) =>
        (await Start(kind, articles, token)).GetTestClient();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _databases.Dispose();
    }
}
