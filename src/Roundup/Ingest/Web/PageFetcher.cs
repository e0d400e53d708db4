using System.Collections.Concurrent;
using System.Net;
using Roundup.Model;

namespace Roundup.Ingest.Web;

/// <summary>Politeness limits for fetching feeds and pages over HTTP.</summary>
public sealed record FetchOptions
{
    /// <summary>Longest wait for one response, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest response body read; a larger one is refused.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Requests to one host at a time.</summary>
    public int MaxPerHost { get; init; } = 2;

    /// <summary>User agent sent with every request, so publishers can tell who is asking.</summary>
    public string UserAgent { get; init; } = "Roundup/1.0 (news briefing; respects timeouts and per-host limits)";
}

/// <summary>
/// Fetches feeds and pages politely: a timeout per request, a cap on the body size (read as a stream, never trusted
/// from Content-Length alone), an identifying user agent and a limit on concurrent requests per host.
/// Failures become <see cref="RoundupException"/>s with the reason.
/// </summary>
internal sealed class PageFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public PageFetcher(FetchOptions? options = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? new FetchOptions();
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // the per-request token below is the timeout
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    /// <summary>The body of <paramref name="url"/>, or a <see cref="RoundupException"/> saying why not.</summary>
    public byte[] Fetch(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new RoundupException($"{url} is not an http(s) URL.");
        }
        var gate = _hosts.GetOrAdd(uri.Host, _ => new SemaphoreSlim(_options.MaxPerHost));
        gate.Wait();
        try
        {
            using var timeout = new CancellationTokenSource(_options.Timeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (!response.IsSuccessStatusCode)
                {
                    throw new RoundupException($"{url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}; skipped.");
                }
                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                {
                    throw new RoundupException($"{url} is {response.Content.Headers.ContentLength} bytes, more than the {_options.MaxBytes} allowed; skipped.");
                }
                using var body = response.Content.ReadAsStream(timeout.Token);
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = body.ReadAsync(chunk, timeout.Token).AsTask().GetAwaiter().GetResult()) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > _options.MaxBytes)
                    {
                        throw new RoundupException($"{url} sent more than the {_options.MaxBytes} bytes allowed; skipped.");
                    }
                }
                return buffer.ToArray();
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new RoundupException($"{url} did not answer within {_options.Timeout.TotalSeconds:0} s; skipped.");
            }
            catch (HttpRequestException e)
            {
                throw new RoundupException($"{url} could not be fetched ({e.Message}); skipped.");
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => _client.Dispose();
}
