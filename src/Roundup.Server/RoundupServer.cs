using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Roundup.Server;

/// <summary>What the server serves and where.</summary>
public sealed record ServerOptions
{
    /// <summary>The store: a SQLite file or a PostgreSQL URL.</summary>
    public required string Db { get; init; }

    /// <summary>Where it listens: 127.0.0.1 by default, so nothing is exposed unless asked.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The token that lets a client post articles; without one the server is read-only.</summary>
    public string? Token { get; init; }
}

/// <summary>
/// The web server over a store: a read-only JSON API under <c>/api</c> (errors as RFC 7807 problem details), its
/// OpenAPI document at <c>/openapi/v1.json</c>, and an Atom feed of the latest stories at <c>/feed.atom</c>.
/// </summary>
public static class RoundupServer
{
    /// <summary>How long an answer is served again from memory: two seconds stale at most, and a crowd asking at once costs one lookup.</summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);

    /// <summary>A server for <paramref name="options"/>, ready to run (or to be given a test host before it is built).</summary>
    public static WebApplicationBuilder CreateBuilder(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A server that cannot start says why in one line (the caller's); the host's own report is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<StorePool>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        // Readers ask for the same few things (the latest stories, today's big story): each answer is kept in memory for
        // a moment, by path and query, and served to everyone who asks meanwhile. A story is at most this old.
        builder.Services.AddOutputCache(cache => cache.AddBasePolicy(policy => policy.Expire(CacheFor).SetVaryByQuery("*")));
        return builder;
    }

    /// <summary>The routes, the security headers and the error pages of the built application.</summary>
    public static WebApplication Configure(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseOutputCache();
        app.MapOpenApi();
        ApiRoutes.Map(app);
        IngestRoute.Map(app, app.Services.GetRequiredService<ServerOptions>());
        app.MapGet("/feed.atom", AtomFeed.Write).ExcludeFromDescription();
        Pages.Map(app);
        return app;
    }

    /// <summary>
    /// Headers every response carries: nothing but the server's own resources may load, no MIME sniffing, no referrer
    /// sent to the outlets a reader follows.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
