using System.Net;
using System.Net.Sockets;

namespace Roundup.Tests.Ingest.Web;

/// <summary>A tiny HTTP server on 127.0.0.1 for fetch tests: each route writes its response; nothing leaves the machine.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Action<HttpListenerResponse>> _routes;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public string BaseUrl { get; }

    public List<string> UserAgents { get; } = [];

    /// <summary>The client port of each request: the same port twice means a reused connection.</summary>
    public List<int> ClientPorts { get; } = [];

    public LocalHttpServer(Dictionary<string, Action<HttpListenerResponse>> routes)
    {
        _routes = routes;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() =>
            {
                lock (UserAgents)
                {
                    UserAgents.Add(context.Request.UserAgent ?? "");
                    ClientPorts.Add(context.Request.RemoteEndPoint.Port);
                }
                try
                {
                    if (_routes.TryGetValue(context.Request.Url!.AbsolutePath, out var route))
                    {
                        route(context.Response);
                    }
                    else
                    {
                        context.Response.StatusCode = 404;
                    }
                    context.Response.Close();
                }
                catch (Exception)
                {
                    // The client gave up (timeout or size limit): nothing to do.
                }
            });
        }
    }

    public static Action<HttpListenerResponse> Text(string body, string type = "text/html; charset=utf-8") => response =>
    {
        response.ContentType = type;
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        response.OutputStream.Write(bytes);
    };

    public void Dispose()
    {
        _stop.Cancel();
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
