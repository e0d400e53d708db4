using Roundup.Ingest;
using Roundup.Ingest.Web;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Web;

public class PageFetcherTests
{
    private const string Article = """
        <html><head><meta property="og:title" content="Palmyra retaken"></head><body><article>
        <p>Troops retook the ancient city of Palmyra on Sunday, the army said, after three weeks of heavy fighting in the desert.</p>
        <p>Sappers began clearing mines from the ruins on Monday, a military source said, as residents waited to return to their homes.</p>
        <p>The Syrian Observatory for Human Rights said hundreds of fighters had died in the battle for the city, one of the largest of the war.</p>
        </article></body></html>
        """;

    private static string Feed(string baseUrl) => $"""
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Local News</title>
          <item><title>Palmyra retaken</title><link>{baseUrl}/article.html</link><guid>a1</guid><description>Teaser only.</description></item>
          <item><title>Broken link</title><link>{baseUrl}/missing.html</link><guid>a2</guid><description>A feed item whose page is gone keeps its own short text.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void A_feed_url_is_read_and_short_items_are_replaced_by_their_pages()
    {
        using var server = new LocalHttpServer(new()
        {
            ["/article.html"] = LocalHttpServer.Text(Article),
        });
        using var feedServer = new LocalHttpServer(new()
        {
            ["/feed.rss"] = LocalHttpServer.Text(Feed(server.BaseUrl), "application/rss+xml"),
        });
        var warnings = new List<IngestWarning>();

        var articles = new CorpusReader().Read([feedServer.BaseUrl + "/feed.rss"], warnings.Add).ToList();

        Assert.Equal(["a1", "a2"], articles.Select(a => a.Id));
        Assert.Equal(3, articles[0].Paragraphs.Count);
        Assert.StartsWith("Troops retook", articles[0].Paragraphs[0]);
        Assert.Equal(["A feed item whose page is gone keeps its own short text."], articles[1].Paragraphs);
        Assert.Contains(warnings, w => w.Message.Contains("HTTP 404", StringComparison.Ordinal));
        Assert.All(server.UserAgents, ua => Assert.StartsWith("Roundup/", ua));
    }

    [Fact]
    public void A_slow_server_times_out_with_a_warning()
    {
        using var server = new LocalHttpServer(new()
        {
            ["/slow.html"] = response =>
            {
                Thread.Sleep(3000);
                LocalHttpServer.Text(Article)(response);
            },
        });
        var warnings = new List<IngestWarning>();
        var reader = new CorpusReader(new IngestOptions { Fetch = new FetchOptions { Timeout = TimeSpan.FromMilliseconds(500) } });

        var articles = reader.Read([server.BaseUrl + "/slow.html"], warnings.Add).ToList();

        Assert.Empty(articles);
        Assert.Contains("did not answer within", Assert.Single(warnings).Message);
    }

    [Fact]
    public void An_oversized_response_is_refused_even_without_a_content_length()
    {
        using var server = new LocalHttpServer(new()
        {
            ["/big.html"] = response =>
            {
                response.SendChunked = true;
                var chunk = new byte[64 * 1024];
                Array.Fill(chunk, (byte)'a');
                for (int i = 0; i < 64; i++)
                {
                    response.OutputStream.Write(chunk);
                }
            },
        });
        var warnings = new List<IngestWarning>();
        var reader = new CorpusReader(new IngestOptions { Fetch = new FetchOptions { MaxBytes = 1024 * 1024 } });

        var articles = reader.Read([server.BaseUrl + "/big.html"], warnings.Add).ToList();

        Assert.Empty(articles);
        Assert.Contains("more than the 1048576 bytes allowed", Assert.Single(warnings).Message);
    }

    [Fact]
    public void A_page_url_is_extracted()
    {
        using var server = new LocalHttpServer(new() { ["/article.html"] = LocalHttpServer.Text(Article) });

        var article = Assert.Single(new CorpusReader().Read([server.BaseUrl + "/article.html"], _ => { }));

        Assert.Equal("Palmyra retaken", article.Title);
        Assert.Equal("127.0.0.1", article.Outlet);
    }
}
