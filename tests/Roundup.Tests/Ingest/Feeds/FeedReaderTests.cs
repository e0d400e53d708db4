using System.Text;
using Roundup.Ingest;
using Roundup.Ingest.Feeds;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Feeds;

public class FeedReaderTests
{
    private const string Rss2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Example News</title><link>https://news.example.com/</link>
            <item>
              <title>Palmyra retaken</title><link>https://news.example.com/2016/03/27/palmyra</link>
              <guid>https://news.example.com/?p=1</guid><pubDate>Sun, 27 Mar 2016 14:05:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>Troops retook the ancient city of Palmyra on Sunday, the army said, after three weeks of fighting.</p><p>Sappers began clearing mines from the ruins on Monday, a military source said.</p>]]></content:encoded>
            </item>
            <item><title>Only a teaser</title><link>https://news.example.com/2016/03/28/teaser</link>
              <description>&lt;p&gt;Residents began returning to the eastern districts of the city on Monday morning.&lt;/p&gt;</description></item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Reads_rss2_items_with_full_content_when_present()
    {
        var articles = FeedReader.Read(Rss2, "feed.rss");

        Assert.Equal(2, articles.Count);
        var first = articles[0];
        Assert.Equal("https://news.example.com/?p=1", first.Id);
        Assert.Equal("Example News", first.Outlet);
        Assert.Equal("Palmyra retaken", first.Title);
        Assert.Equal(new DateOnly(2016, 3, 27), first.Published);
        Assert.Equal(["Jane Doe"], first.Authors);
        Assert.Equal(2, first.Paragraphs.Count);
        Assert.StartsWith("Troops retook", first.Paragraphs[0]);
        Assert.Equal(["Residents began returning to the eastern districts of the city on Monday morning."], articles[1].Paragraphs);
        Assert.Equal(new DateOnly(2016, 3, 28), articles[1].Published); // from the link's date path
    }

    [Fact]
    public void Reads_rss1_rdf_items()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://rdf.example.org/"><title>RDF Times</title></channel>
              <item rdf:about="https://rdf.example.org/a"><title>Quake hits Chile</title><link>https://rdf.example.org/a</link>
                <description>A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday.</description><dc:date>2017-04-25T01:00:00Z</dc:date></item>
            </rdf:RDF>
            """;

        var article = Assert.Single(FeedReader.Read(rdf, "feed.rdf"));

        Assert.Equal("https://rdf.example.org/a", article.Id);
        Assert.Equal("RDF Times", article.Outlet);
        Assert.Equal(new DateOnly(2017, 4, 25), article.Published);
        Assert.StartsWith("A magnitude 7.1 earthquake", article.Paragraphs[0]);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
              <entry><title>Vote in Portugal</title><id>tag:atom.example,2019:1</id>
                <link rel="alternate" href="https://atom.example/2019/10/06/vote"/><published>2019-10-06T20:00:00Z</published>
                <author><name>Ana Silva</name></author>
                <content type="html">&lt;p&gt;Voters in Portugal gave the Socialists a clear win in Sunday's parliamentary election.&lt;/p&gt;</content></entry>
            </feed>
            """;

        var article = Assert.Single(FeedReader.Read(atom, "feed.atom"));

        Assert.Equal("tag:atom.example,2019:1", article.Id);
        Assert.Equal("https://atom.example/2019/10/06/vote", article.Url);
        Assert.Equal(["Ana Silva"], article.Authors);
        Assert.Equal(new DateOnly(2019, 10, 6), article.Published);
        Assert.StartsWith("Voters in Portugal", article.Paragraphs[0]);
    }

    [Fact]
    public void Billion_laughs_is_refused_cleanly()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <rss version="2.0"><channel><title>&lol4;</title></channel></rss>
            """;

        var e = Assert.Throws<RoundupException>(() => FeedReader.Read(bomb, "bomb.rss"));
        Assert.Contains("declares a DTD", e.Message);
    }

    [Fact]
    public void External_entity_is_refused_cleanly()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x</title><item><title>&secret;</title><description>text</description></item></channel></rss>
            """;

        var e = Assert.Throws<RoundupException>(() => FeedReader.Read(xxe, "xxe.rss"));
        Assert.Contains("refused", e.Message);
    }

    [Fact]
    public void Malformed_xml_and_foreign_roots_are_reported()
    {
        Assert.Contains("not well-formed XML", Assert.Throws<RoundupException>(() => FeedReader.Read("<rss><channel>", "bad.rss")).Message);
        Assert.Contains("not an RSS or Atom feed", Assert.Throws<RoundupException>(() => FeedReader.Read("<html/>", "page.xml")).Message);
    }

    [Fact]
    public void Corpus_reader_reads_feed_files_and_skips_bad_ones_with_a_warning()
    {
        using var dir = new TempFolder();
        dir.File("news.rss", Encoding.UTF8.GetBytes(Rss2));
        dir.File("bad.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>");
        var warnings = new List<IngestWarning>();

        var articles = new CorpusReader().Read([dir.Path], warnings.Add).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Contains(warnings, w => w.Path.EndsWith("bad.atom", StringComparison.Ordinal) && w.Message.Contains("well-formed", StringComparison.Ordinal));
    }
}
