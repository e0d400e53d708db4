using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Model;
using Roundup.Output;
using Roundup.Storage;

namespace Roundup.Server;

/// <summary>
/// The JSON API: stories (latest first, filtered by date and words, paged), a story's brief and comparison of sources,
/// its articles, and article search. Query values are read by hand so that a malformed one gets a 400 saying which.
/// </summary>
internal static class ApiRoutes
{
    /// <summary>The largest page: a client cannot ask the store for all its stories at once.</summary>
    internal const int MaxPage = 100;

    /// <summary>The page size when none is asked for: one screen.</summary>
    private const int DefaultPage = 20;

    /// <summary>The deepest offset: beyond it, narrow the list with since or q instead.</summary>
    internal const int MaxOffset = 10_000;

    /// <summary>The longest brief asked for, in words: a brief is a digest, not the articles again.</summary>
    private const int MaxWords = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", Stories).WithSummary("The stories, latest first: ?since=YYYY-MM-DD, ?q=words, ?limit= (1–100), ?offset=.");
        api.MapGet("/stories/{id}", Story).WithSummary("A story's brief with its sources, what they agree on, who is who, which figures conflict: ?words= (10–1000).");
        api.MapGet("/stories/{id}/articles", Articles).WithSummary("A story's articles: id, title, outlet, date and URL.");
        api.MapGet("/search", Search).WithSummary("The ids of the articles holding all the words of ?q=, best first: ?limit= (1–100).");
    }

    private static IResult Stories(HttpRequest request, StorePool pool)
    {
        if (Repeated(request) is { } repeated)
        {
            return repeated;
        }
        DateOnly? since = null;
        if (Query(request, "since") is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Bad("since", $"'{Clip(text)}' is not a date written YYYY-MM-DD.");
            }
            since = date;
        }
        if (!Number(request, "limit", DefaultPage, 1, MaxPage, out int limit, out var error)
            || !Number(request, "offset", 0, 0, MaxOffset, out int offset, out error))
        {
            return error!;
        }
        using var lease = pool.Rent();
        var store = lease.Store;
        var stories = store.Stories(since, Query(request, "q"), limit, offset);
        return Results.Json(new { limit, offset, stories = stories.Select(Json).ToList() }, ServerJson.Options);
    }

    private static IResult Story(string id, HttpRequest request, StorePool pool)
    {
        if (Repeated(request) is { } repeated)
        {
            return repeated;
        }
        if (StoryId(id) is not { } story)
        {
            return Bad("id", $"'{Clip(id)}' is not a story id (a whole number).");
        }
        if (!Number(request, "words", Briefer.DefaultWords, 10, MaxWords, out int words, out var error))
        {
            return error!;
        }
        using var lease = pool.Rent();
        var store = lease.Store;
        if (store.KeptBrief(story, words, "json") is { } kept)
        {
            return Results.Text(kept, "application/json; charset=utf-8");
        }
        var articles = store.StoryArticles(story);
        if (articles.Count == 0)
        {
            return NotFound(story);
        }
        var text = new StringWriter();
        BriefWriter.Write(SourceAnalyzer.Report(articles, words), BriefFormat.Json, text);
        store.KeepBrief(story, words, "json", text.ToString());
        return Results.Text(text.ToString(), "application/json; charset=utf-8");
    }

    private static IResult Articles(string id, StorePool pool)
    {
        if (StoryId(id) is not { } story)
        {
            return Bad("id", $"'{Clip(id)}' is not a story id (a whole number).");
        }
        using var lease = pool.Rent();
        var store = lease.Store;
        var articles = store.StoryArticles(story);
        return articles.Count == 0
            ? NotFound(story)
            : Results.Json(articles.Select(a => new { id = a.Id, title = a.Title, outlet = a.Outlet, published = a.Published, url = a.Url }).ToList(), ServerJson.Options);
    }

    private static IResult Search(HttpRequest request, StorePool pool)
    {
        if (Repeated(request) is { } repeated)
        {
            return repeated;
        }
        if (Query(request, "q") is not { } words || string.IsNullOrWhiteSpace(words))
        {
            return Bad("q", "search needs words: ?q=palmyra");
        }
        if (!Number(request, "limit", DefaultPage, 1, MaxPage, out int limit, out var error))
        {
            return error!;
        }
        using var lease = pool.Rent();
        var store = lease.Store;
        return Results.Json(new { q = words, articles = store.Search(words).Take(limit).ToList() }, ServerJson.Options);
    }

    private static object Json(StoredStory s) => new
    {
        id = s.Id,
        title = s.Title,
        articles = s.Articles,
        independent = s.Independent,
        first = s.First,
        last = s.Last,
    };

    /// <summary>A story id as the path gives it, or null when it is no whole number.</summary>
    internal static long? StoryId(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long story) ? story : null;

    /// <summary>A 400 when a query value is given twice (which one was meant?), else null.</summary>
    private static IResult? Repeated(HttpRequest request) =>
        request.Query.FirstOrDefault(q => q.Value.Count > 1) is { Key: { } name } ? Bad(name, "it is given more than once.") : null;

    /// <summary>A query value given once (a value given twice is refused beforehand).</summary>
    private static string? Query(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    /// <summary>Reads a whole number within bounds, or makes the 400 that says what is wrong with it.</summary>
    private static bool Number(HttpRequest request, string name, int fallback, int min, int max, out int value, out IResult? error)
    {
        error = null;
        value = fallback;
        if (Query(request, name) is not { } text)
        {
            return true;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }
        error = Bad(name, $"'{Clip(text)}' is not a whole number from {min} to {max}.");
        return false;
    }

    private static IResult Bad(string parameter, string detail) =>
        Results.Problem(title: $"Bad value of '{parameter}'", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound(long story) =>
        Results.Problem(title: "No such story", detail: $"The store has no story {story}: /api/stories lists the ids it has.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A value quoted back in an error, cut short: a client's megabyte of query string is not echoed.</summary>
    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
