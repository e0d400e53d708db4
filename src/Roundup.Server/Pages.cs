using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Model;
using Roundup.Storage;

namespace Roundup.Server;

/// <summary>
/// The pages a reader sees, written by the server (no script, no external resource): the story list with a search box,
/// and a story's page — its brief with each sentence's sources, where the sources differ, who is who, what only one
/// source reports, and the sources with links. Every text from an article is HTML-encoded, and only http(s) URLs
/// become links, with <c>rel="noopener nofollow"</c>.
/// </summary>
internal static class Pages
{
    /// <summary>Outlets named under a story on the list, those with most articles first.</summary>
    private const int MaxOutlets = 4;

    /// <summary>Stories on one page of the list.</summary>
    private const int ListPage = 30;

    /// <summary>A headline longer than this is cut on the list: a page's title is not the article.</summary>
    private const int MaxTitleChars = 300;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", List).ExcludeFromDescription();
        app.MapGet("/stories/{id}", Story).ExcludeFromDescription();
        app.MapGet("/style.css", () => Results.Text(PageStyle.Css, "text/css; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult List(HttpRequest request, StorePool pool)
    {
        var query = request.Query.TryGetValue("q", out var q) && q.Count == 1 ? q[0]?.Trim() : null;
        if (query is { Length: > 200 })
        {
            query = query[..200];
        }
        IReadOnlyList<StoredStory> stories;
        var outlets = new Dictionary<long, IReadOnlyList<string>>();
        using (var lease = pool.Rent())
        {
            var store = lease.Store;
            stories = store.Stories(query: string.IsNullOrEmpty(query) ? null : query, limit: ListPage);
            foreach (var s in stories)
            {
                outlets[s.Id] = store.StoryOutlets(s.Id, MaxOutlets);
            }
        }
        var html = new StringBuilder();
        Head(html, string.IsNullOrEmpty(query) ? "Latest stories" : $"Stories about {query}");
        html.Append("<header><p class=\"site\"><a href=\"/\">Roundup</a></p>");
        html.Append("<form role=\"search\" action=\"/\" method=\"get\"><label for=\"q\">Search stories</label> ");
        html.Append($"<input id=\"q\" name=\"q\" type=\"search\" value=\"{E(query ?? "")}\" maxlength=\"200\" /> <button type=\"submit\">Search</button></form></header>");
        html.Append("<main><h1>").Append(string.IsNullOrEmpty(query) ? "Latest stories" : $"Stories about “{E(query)}”").Append("</h1>");
        if (stories.Count == 0)
        {
            html.Append("<p>No story found.</p>");
        }
        html.Append("<ol class=\"stories\">");
        foreach (var s in stories)
        {
            html.Append($"<li><h2><a href=\"/stories/{s.Id}\">{E(Cut(s.Title))}</a></h2>");
            var names = outlets[s.Id];
            var from = names.Count == 0 ? "" : $"{E(string.Join(", ", names.Select(Cut)))}{(names.Count == MaxOutlets ? " and others" : "")} · ";
            html.Append($"<p class=\"meta\">{from}{s.Articles} articles, {s.Independent} independent · {Dates(s.First, s.Last)}</p></li>");
        }
        html.Append("</ol></main>");
        Foot(html);
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static IResult Story(string id, StorePool pool)
    {
        if (ApiRoutes.StoryId(id) is not { } story)
        {
            return Missing($"'{E(id.Length > 40 ? id[..40] + "…" : id)}' is not a story id.", StatusCodes.Status400BadRequest);
        }
        using var lease = pool.Rent();
        var store = lease.Store;
        if (store.KeptBrief(story, Briefer.DefaultWords, PageFormat) is { } kept)
        {
            return Results.Content(kept, "text/html; charset=utf-8");
        }
        var articles = store.StoryArticles(story);
        if (articles.Count == 0)
        {
            return Missing($"There is no story {story}.", StatusCodes.Status404NotFound);
        }
        var page = StoryPage.Write(SourceAnalyzer.Report(articles, Briefer.DefaultWords));
        store.KeepBrief(story, Briefer.DefaultWords, PageFormat, page);
        return Results.Content(page, "text/html; charset=utf-8");
    }

    /// <summary>The name a story page is kept under beside the briefs of other formats.</summary>
    private const string PageFormat = "server-page";

    private static IResult Missing(string message, int status)
    {
        var html = new StringBuilder();
        Head(html, "Not found");
        html.Append($"<main><h1>Not found</h1><p>{message}</p><p><a href=\"/\">All stories</a></p></main>");
        Foot(html);
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    internal static void Head(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\" />");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        html.Append($"<title>{E(Cut(title))} · Roundup</title><link rel=\"stylesheet\" href=\"/style.css\" /></head><body>");
    }

    internal static void Foot(StringBuilder html) =>
        html.Append("<footer><p><a href=\"/feed.atom\">Atom feed</a> · <a href=\"/openapi/v1.json\">API</a></p></footer></body></html>");

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Cut(string text) => text.Length <= MaxTitleChars ? text : text[..MaxTitleChars] + "…";

    internal static string Dates(DateOnly? first, DateOnly? last) => (first, last) switch
    {
        (null, null) => "undated",
        ({ } a, { } b) when a == b => a.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        var (a, b) => $"{a?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} – {b?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
    };
}
