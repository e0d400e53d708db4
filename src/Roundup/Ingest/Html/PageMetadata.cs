using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roundup.Ingest.Decoding;
using Roundup.Ingest.Metadata;
using Roundup.Text;

namespace Roundup.Ingest.Html;

/// <summary>What a page says about itself: JSON-LD first, then OpenGraph and &lt;meta&gt;, then the visible page.</summary>
internal sealed partial record PageMetadata(string? Title, string? SiteName, string? Url, DateOnly? Published, IReadOnlyList<string> Authors,
    string? Language, string? ArticleBody)
{
    public static PageMetadata Read(IHtmlDocument document, string? fallbackUrl)
    {
        var (ld, work) = JsonLd(document);
        // One pass over the <meta> tags; keys are property, name or itemprop, first occurrence wins.
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }
            foreach (var attribute in new[] { "property", "name", "itemprop" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    metas.TryAdd(key, content);
                }
            }
        }
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (metas.TryGetValue(key, out var content))
                {
                    return Whitespace.Normalize(content);
                }
            }
            return null;
        }
        var h1 = document.QuerySelector("h1")?.TextContent is { } h ? Whitespace.Normalize(h) : null;
        var pageTitle = document.Title is { Length: > 0 } t ? StripSiteSuffix(Whitespace.Normalize(t)) : null;
        var title = Meta("og:title", "twitter:title") ?? Str(ld, "headline") ?? (string.IsNullOrEmpty(h1) ? null : h1) ?? pageTitle;
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url") ?? fallbackUrl;
        var site = Meta("og:site_name", "application-name") ?? Publisher(ld);
        var published = DateText.Parse(Str(ld, "datePublished")) ?? DateText.Parse(Meta("article:published_time", "datePublished", "pubdate", "publishdate",
            "date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date"))
            ?? DateText.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var authors = AuthorsOf(ld);
        if (authors.Count == 0 && Meta("author", "article:author", "parsely-author") is { } author && !author.StartsWith("http", StringComparison.Ordinal))
        {
            authors = [author];
        }
        var language = document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang ? lang : Meta("og:locale");
        return new PageMetadata(title, site, url, published, authors, language, Str(ld, "articleBody") ?? InstructionsText(work));
    }

    private static string StripSiteSuffix(string title)
    {
        foreach (var separator in new[] { " | ", " - ", " — ", " – ", " :: " })
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= 8)
            {
                return title[..at];
            }
        }
        return title;
    }

    /// <summary>
    /// The first JSON-LD object of a news or article type, and the first of a kind whose text is its instructions
    /// (a how-to, a recipe), searching @graph and arrays; null where there is none.
    /// </summary>
    private static (JsonElement? Article, JsonElement? Instructions) JsonLd(IHtmlDocument document)
    {
        JsonElement? instructions = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                // The first JSON value of the script: templates often leave a stray brace or a second object after it.
                var json = script.TextContent;
                if (JsonRepair.HasLoneSurrogate(json))
                {
                    json = JsonRepair.ReplaceLoneSurrogates(json);
                }
                var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json),
                    new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                using var doc = JsonDocument.ParseValue(ref reader);
                if (Find(doc.RootElement, IsArticle) is { } found)
                {
                    return (found.Clone(), instructions);
                }
                instructions ??= Find(doc.RootElement, IsInstructions)?.Clone();
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
        return (null, instructions);
    }

    private static bool IsArticle(string type) =>
        type.Contains("Article", StringComparison.OrdinalIgnoreCase) || type.Contains("Posting", StringComparison.OrdinalIgnoreCase);

    private static bool IsInstructions(string type) =>
        type.Contains("HowTo", StringComparison.OrdinalIgnoreCase) || type.Contains("Recipe", StringComparison.OrdinalIgnoreCase);

    private static JsonElement? Find(JsonElement e, Func<string, bool> ofType)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (Find(item, ofType) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Object:
                if (e.TryGetProperty("@type", out var type) && ofType(type.ToString()))
                {
                    return e;
                }
                return e.TryGetProperty("@graph", out var graph) ? Find(graph, ofType) : null;
            default:
                return null;
        }
    }

    /// <summary>Steps nest (a section of steps, a step of directions) at most this deep in the JSON-LD of how-tos.</summary>
    private const int MaxStepDepth = 4;

    /// <summary>
    /// The text of a how-to or recipe as its JSON-LD declares it: the description, then the text of every step, one
    /// paragraph each (markup in the strings becomes line breaks). Null when it declares none.
    /// </summary>
    private static string? InstructionsText(JsonElement? work)
    {
        if (work is not { ValueKind: JsonValueKind.Object } w)
        {
            return null;
        }
        var parts = new List<string>();
        if (Str(w, "description") is { } description)
        {
            parts.Add(description);
        }
        void Steps(JsonElement e, int depth)
        {
            if (depth > MaxStepDepth)
            {
                return;
            }
            switch (e.ValueKind)
            {
                case JsonValueKind.String when e.GetString() is { Length: > 0 } text:
                    parts.Add(text);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Steps(item, depth + 1);
                    }
                    break;
                case JsonValueKind.Object:
                    if (Str(e, "text") is { } stepText)
                    {
                        parts.Add(stepText);
                    }
                    if (e.TryGetProperty("itemListElement", out var inner))
                    {
                        Steps(inner, depth + 1);
                    }
                    break;
            }
        }
        foreach (var name in new[] { "step", "recipeInstructions" })
        {
            if (w.TryGetProperty(name, out var steps))
            {
                Steps(steps, 0);
            }
        }
        var text = string.Join('\n', parts.Select(MarkupToLines));
        return text.Trim().Length > 0 ? text : null;
    }

    /// <summary>HTML inside a JSON string: paragraph and line breaks become line ends, other tags go, entities are decoded.</summary>
    private static string MarkupToLines(string markup) =>
        System.Net.WebUtility.HtmlDecode(OtherTag().Replace(BreakTag().Replace(markup, "\n"), " "));

    [GeneratedRegex(@"</p\s*>|<br\s*/?>|</li\s*>|</h[1-6]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();

    [GeneratedRegex(@"<[^<>]{0,500}>")]
    private static partial Regex OtherTag();

    /// <summary>A non-empty string property of an object (JSON-LD is often of another shape than the schema says).</summary>
    private static string? Str(JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string? Publisher(JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("publisher", out var p) ? (p.ValueKind == JsonValueKind.Object ? Str(p, "name") : null) : null;

    private static List<string> AuthorsOf(JsonElement? e)
    {
        if (e is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty("author", out var a))
        {
            return [];
        }
        var items = a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [a];
        return items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Str(i, "name")).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
    }

}
