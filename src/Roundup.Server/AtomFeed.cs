using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Roundup.Storage;

namespace Roundup.Server;

/// <summary>The latest stories as an Atom feed (RFC 4287), newest first: one entry per story, linking to its page.</summary>
internal static class AtomFeed
{
    /// <summary>Entries in the feed: what a feed reader shows as new.</summary>
    private const int Entries = 50;

    public static async Task Write(HttpContext context, StorePool pool)
    {
        IReadOnlyList<StoredStory> stories;
        using (var lease = pool.Rent())
        {
            var store = lease.Store;
            stories = store.Stories(limit: Entries);
        }
        var request = context.Request;
        var site = $"{request.Scheme}://{request.Host}";
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(context.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
        xml.WriteElementString("title", "Roundup: latest stories");
        xml.WriteElementString("id", site + "/");
        xml.WriteElementString("updated", Updated(stories.Select(s => s.Last).FirstOrDefault(d => d is not null)));
        Link(xml, site + "/feed.atom", "self");
        Link(xml, site + "/", "alternate");
        foreach (var story in stories)
        {
            xml.WriteStartElement("entry");
            xml.WriteElementString("title", story.Title);
            xml.WriteElementString("id", $"{site}/stories/{story.Id}");
            xml.WriteElementString("updated", Updated(story.Last));
            Link(xml, $"{site}/stories/{story.Id}", "alternate");
            xml.WriteElementString("summary", $"{story.Articles} articles, {story.Independent} independent.");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>A story's last publication date as an Atom date (undated stories: the epoch, so they sort last).</summary>
    private static string Updated(DateOnly? date) =>
        (date ?? new DateOnly(1970, 1, 1))
        .ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
