using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Roundup.Storage.Tests;

/// <summary>
/// A feed server on 127.0.0.1 for the watch tests: each path serves a feed with an ETag (answering 304 to a request
/// that sends it back), or fails with HTTP 500; every request is recorded with its time.
/// </summary>
internal sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (string ETag, string Body)?> _feeds = [];
    private readonly Task _loop;

    public FeedServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    /// <summary>Each request: its path, the If-None-Match it sent, the status answered and when (stopwatch ticks).</summary>
    public List<(string Path, string? IfNoneMatch, int Status, long At)> Requests { get; } = [];

    /// <summary>Serves <paramref name="path"/> as an RSS feed of these items (each a title and a long text), under a new ETag.</summary>
    public void Feed(string path, params (string Title, string Text)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour News</title>");
        foreach (var (title, text) in items)
        {
            var link = $"{BaseUrl}/news/{Uri.EscapeDataString(title)}";
            xml.Append($"<item><title>{title}</title><link>{link}</link><guid>{link}</guid><description>{text}</description></item>");
        }
        xml.Append("</channel></rss>");
        lock (_feeds)
        {
            _feeds[path] = ($"\"v{_feeds.Count}-{Guid.NewGuid():N}\"", xml.ToString());
        }
    }

    /// <summary>Makes <paramref name="path"/> fail with HTTP 500.</summary>
    public void Fail(string path)
    {
        lock (_feeds)
        {
            _feeds[path] = null;
        }
    }

    private async Task Serve()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            var sent = context.Request.Headers["If-None-Match"];
            (string ETag, string Body)? feed;
            bool known;
            lock (_feeds)
            {
                known = _feeds.TryGetValue(path, out feed);
            }
            var response = context.Response;
            if (!known)
            {
                response.StatusCode = 404;
            }
            else if (feed is not { } f)
            {
                response.StatusCode = 500;
            }
            else if (sent == f.ETag)
            {
                response.StatusCode = 304;
            }
            else
            {
                response.ContentType = "application/rss+xml";
                response.Headers["ETag"] = f.ETag;
                var bytes = Encoding.UTF8.GetBytes(f.Body);
                response.OutputStream.Write(bytes);
            }
            lock (Requests)
            {
                Requests.Add((path, sent, response.StatusCode, Stopwatch.GetTimestamp()));
            }
            response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
