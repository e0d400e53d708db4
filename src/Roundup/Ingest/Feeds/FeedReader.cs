using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Roundup.Ingest.Html;
using Roundup.Ingest.Metadata;
using Roundup.Model;
using Roundup.Text;

namespace Roundup.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into articles, one per item, using the item's full content when the
/// feed carries it (content:encoded, Atom content) and its description or summary otherwise. The XML reader is
/// hardened: a document type declaration is refused outright (that rules out entity-expansion "billion laughs" and
/// external entities), no resolver is set, and documents are capped in size.
/// </summary>
internal static class FeedReader
{
    /// <summary>Largest feed read, in characters.</summary>
    public const long MaxFeedChars = 50L * 1024 * 1024;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the text looks like a feed (an rss, RDF or Atom feed root).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a feed; throws <see cref="RoundupException"/> for malformed or unsafe XML.</summary>
    public static List<Article> Read(string xml, string path)
    {
        var document = Parse(xml, path);
        var root = document.Root!;
        if (root.Name.LocalName == "rss")
        {
            var channel = root.Element("channel");
            var outlet = Text(channel?.Element("title"));
            return Items(channel?.Elements("item") ?? [], path, outlet, RssItem);
        }
        if (root.Name == Atom + "feed")
        {
            var outlet = Text(root.Element(Atom + "title"));
            return Items(root.Elements(Atom + "entry"), path, outlet, AtomEntry);
        }
        if (root.Name.LocalName == "RDF")
        {
            var outlet = Text(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
            return Items(root.Elements(Rss1 + "item"), path, outlet, Rss1Item);
        }
        throw new RoundupException($"{path} is XML but not an RSS or Atom feed (root element <{root.Name.LocalName}>); skipped.");
    }

    private static XDocument Parse(string xml, string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFeedChars,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new RoundupException($"{path} declares a DTD, which feeds do not need and which can hide entity-expansion or external-entity attacks; refused.");
        }
        catch (XmlException e)
        {
            throw new RoundupException($"{path} is not well-formed XML (line {e.LineNumber}: {e.Message.Split(". Line")[0]}); skipped.");
        }
    }

    private sealed record Item(string? Title, string? Link, string? Html, DateOnly? Published, string? Id, IReadOnlyList<string> Authors);

    private static List<Article> Items(IEnumerable<XElement> items, string path, string? outlet, Func<XElement, Item> read)
    {
        var articles = new List<Article>();
        int n = 0;
        foreach (var element in items)
        {
            n++;
            var item = read(element);
            var paragraphs = Paragraphs(item.Html);
            if (paragraphs.Count == 0 && item.Title is { Length: > 0 } title)
            {
                paragraphs = [title];
            }
            if (paragraphs.Count == 0)
            {
                continue;
            }
            var id = item.Id ?? item.Link ?? $"{System.IO.Path.GetFileNameWithoutExtension(path)}#{n}";
            articles.Add(new Article(id, path, outlet ?? Outlets.FromUrl(item.Link),
                item.Title, item.Published ?? DateText.FromUrl(item.Link), item.Link, null, null, paragraphs)
            {
                Authors = item.Authors,
            });
        }
        return articles;
    }

    /// <summary>Item content is HTML (or plain text): its paragraphs, by the page extractor.</summary>
    private static List<string> Paragraphs(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return html.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 0).ToList();
        }
        var page = HtmlArticleExtractor.Extract($"<html><body><article>{html}</article></body></html>", "item", "item");
        if (page.Paragraphs.Count > 0)
        {
            return [.. page.Paragraphs];
        }
        var text = Whitespace.Normalize(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body?.TextContent ?? "");
        return text.Length > 0 ? [text] : [];
    }

    private static Item RssItem(XElement e) => new(
        Text(e.Element("title")),
        Text(e.Element("link")),
        Text(e.Element(Content + "encoded")) ?? Text(e.Element("description")),
        DateText.Parse(Text(e.Element("pubDate")) ?? Text(e.Element(Dc + "date"))),
        Text(e.Element("guid")),
        new[] { Text(e.Element(Dc + "creator")), Text(e.Element("author")) }.OfType<string>().ToList());

    private static Item Rss1Item(XElement e) => new(
        Text(e.Element(Rss1 + "title")),
        Text(e.Element(Rss1 + "link")),
        Text(e.Element(Content + "encoded")) ?? Text(e.Element(Rss1 + "description")),
        DateText.Parse(Text(e.Element(Dc + "date"))),
        (string?)e.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")),
        new[] { Text(e.Element(Dc + "creator")) }.OfType<string>().ToList());

    private static Item AtomEntry(XElement e)
    {
        var link = e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return new(
            Text(e.Element(Atom + "title")),
            (string?)link?.Attribute("href"),
            Text(e.Element(Atom + "content")) ?? Text(e.Element(Atom + "summary")),
            DateText.Parse(Text(e.Element(Atom + "published")) ?? Text(e.Element(Atom + "updated"))),
            Text(e.Element(Atom + "id")),
            e.Elements(Atom + "author").Select(a => Text(a.Element(Atom + "name"))).OfType<string>().ToList());
    }

    private static string? Text(XElement? e) => e is null ? null : e.Value.Trim() is { Length: > 0 } v ? v : null;

}
