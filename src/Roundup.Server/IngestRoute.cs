using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roundup.Ingest;
using Roundup.Storage;

namespace Roundup.Server;

/// <summary>
/// <c>POST /api/articles</c>: JSON Lines (one article an object, as <c>roundup ingest</c> reads them) stored and
/// grouped into stories. Mapped only when the server has a token; a request must carry it as
/// <c>Authorization: Bearer TOKEN</c>, compared in constant time.
/// </summary>
internal static class IngestRoute
{
    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        if (options.Token is { Length: > 0 })
        {
            app.MapPost("/api/articles", Ingest).WithSummary("Store and group JSON Lines articles (Authorization: Bearer TOKEN).");
        }
    }

    private static async Task<IResult> Ingest(HttpRequest request, ServerOptions options)
    {
        if (!Authorized(request, options.Token!))
        {
            return Results.Problem(title: "Not authorized", detail: "Posting articles needs the server's token: Authorization: Bearer TOKEN.", statusCode: StatusCodes.Status401Unauthorized);
        }
        // The body is read whole first (Kestrel caps it at 30 MB): the reader is synchronous, the request is not.
        var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        body.Position = 0;
        var warnings = new List<string>();
        using var text = new StreamReader(body, Encoding.UTF8);
        using var reader = new CorpusReader(new IngestOptions { StandardInput = () => text });
        var articles = reader.Read([CorpusReader.StandardInputPath], w => warnings.Add(w.ToString())).ToList();
        if (articles.Count == 0)
        {
            return Results.Problem(title: "No article", detail: warnings.FirstOrDefault() ?? "The body holds no article: send JSON Lines, one article an object with at least \"text\".", statusCode: StatusCodes.Status400BadRequest);
        }
        var ingest = new StoreIngest(options.Db, warnings.Add);
        ingest.Run(articles);
        return Results.Json(new
        {
            read = ingest.Read,
            added = ingest.Counts.GetValueOrDefault(AddOutcome.Added),
            replaced = ingest.Counts.GetValueOrDefault(AddOutcome.Replaced),
            unchanged = ingest.Counts.GetValueOrDefault(AddOutcome.Unchanged),
            warnings,
        }, ServerJson.Options);
    }

    /// <summary>The bearer token matches, compared as hashes in constant time (neither its characters nor its length leak).</summary>
    private static bool Authorized(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
