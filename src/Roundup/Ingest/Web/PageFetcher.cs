using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
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

    /// <summary>Shortest time between two requests to one host: one a second, as polite crawlers keep to.</summary>
    public TimeSpan MinHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>User agent sent with every request, so publishers can tell who is asking.</summary>
    public string UserAgent { get; init; } = "Roundup/1.0 (news briefing; respects timeouts and per-host limits)";
}

/// <summary>What tells a server which version of a URL the client has: its ETag and its Last-Modified date, as sent.</summary>
public sealed record UrlValidators(string? ETag, string? LastModified);

/// <summary>A URL's body (null when the server said it did not change) and the validators to send next time.</summary>
internal sealed record Fetched(byte[]? Body, UrlValidators Validators);

/// <summary>
/// Fetches feeds and pages politely: a timeout per request, at most one request a second per host, a cap on the body size (read as a stream, never trusted
/// from Content-Length alone), an identifying user agent and a limit on concurrent requests per host.
/// Failures become <see cref="RoundupException"/>s with the reason.
/// </summary>
internal sealed class PageFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _lastRequest = new(StringComparer.OrdinalIgnoreCase);

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
    public byte[] Fetch(string url) => FetchIfChanged(url, null).Body!;

    /// <summary>
    /// The body of <paramref name="url"/> and its new validators, unless the server says it did not change since
    /// <paramref name="since"/> (a conditional GET answered 304): then no body. A <see cref="RoundupException"/> says
    /// why it could not be fetched.
    /// </summary>
    public Fetched FetchIfChanged(string url, UrlValidators? since)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new RoundupException($"{url} is not an http(s) URL.");
        }
        var gate = _hosts.GetOrAdd(uri.Host, _ => new SemaphoreSlim(_options.MaxPerHost));
        gate.Wait();
        try
        {
            KeepInterval(uri.Host);
            using var timeout = new CancellationTokenSource(_options.Timeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (since?.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }
                if (since?.LastModified is { } modified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                }
                using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                MarkAnswered(uri.Host);
                if (response.StatusCode == HttpStatusCode.NotModified && since is not null)
                {
                    return new Fetched(null, since);
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new RoundupException($"{url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}; skipped.");
                }
                var validators = new UrlValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
                return new Fetched(ReadBody(url, response, timeout.Token), validators);
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

    /// <summary>Waits until <see cref="FetchOptions.MinHostInterval"/> has passed since the last request to <paramref name="host"/>.</summary>
    private void KeepInterval(string host)
    {
        var last = _lastRequest.GetOrAdd(host, _ => new StrongBox<long>(0));
        lock (last)
        {
            if (last.Value != 0)
            {
                var wait = _options.MinHostInterval - Stopwatch.GetElapsedTime(last.Value);
                if (wait > TimeSpan.Zero)
                {
                    Thread.Sleep(wait);
                }
            }
            last.Value = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>
    /// The interval counts from the host's answer too, not only from the request: a request slow to arrive (a cold
    /// connection, a busy network) must not bring the next one closer than the interval at the host's end.
    /// </summary>
    private void MarkAnswered(string host)
    {
        if (_lastRequest.TryGetValue(host, out var last))
        {
            lock (last)
            {
                last.Value = Stopwatch.GetTimestamp();
            }
        }
    }

    private byte[] ReadBody(string url, HttpResponseMessage response, CancellationToken timeout)
    {
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            throw new RoundupException($"{url} is {response.Content.Headers.ContentLength} bytes, more than the {_options.MaxBytes} allowed; skipped.");
        }
        using var body = response.Content.ReadAsStream(timeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = body.ReadAsync(chunk, timeout).AsTask().GetAwaiter().GetResult()) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                throw new RoundupException($"{url} sent more than the {_options.MaxBytes} bytes allowed; skipped.");
            }
        }
        return buffer.ToArray();
    }

    public void Dispose() => _client.Dispose();
}
