using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Roundup.Server;
using Roundup.Storage;

namespace Roundup.Cli;

/// <summary>
/// <c>roundup serve [--db PATH] [--urls http://127.0.0.1:5080] [--watch FEEDS [--every 10m]]</c>: the store's stories over
/// HTTP until Ctrl-C or SIGTERM, watching feeds meanwhile when asked.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = IngestCommand.DbOption();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080: this machine only).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var watch = new Option<string?>("--watch") { Description = "Also watch the feeds listed in this file into the store (as 'roundup watch' does) while serving." };
        var every = new Option<string>("--every") { Description = "With --watch: how often each feed is fetched (default 10m).", DefaultValueFactory = _ => "10m" };
        var command = new Command("serve", "Serve the store's stories: pages, a JSON API under /api, /openapi/v1.json and /feed.atom. With ROUNDUP_TOKEN set, POST /api/articles takes articles.")
        {
            db, urls, watch, every,
        };
        command.SetAction(parse =>
        {
            string store;
            using (var opened = StoriesCommand.OpenExisting(parse.GetValue(db)))
            {
                store = IngestCommand.StorePath(parse.GetValue(db));
            }
            void Warn(string message) => stderr.WriteLine($"warning: {message}");
            var feeds = parse.GetValue(watch) is { } list ? WatchCommand.FeedList(list, Warn) : null;
            var interval = WatchCommand.Interval(parse.GetValue(every)!);
            var token = Environment.GetEnvironmentVariable("ROUNDUP_TOKEN") is { Length: > 0 } t ? t : null;
            var listen = parse.GetValue(urls)!;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
                {
                    throw new Model.RoundupException($"--urls takes addresses like http://127.0.0.1:5080 (several separated by ';'), not '{url}'.");
                }
            }
            var options = new ServerOptions { Db = store, Urls = listen, Token = token };
            var app = RoundupServer.Configure(RoundupServer.CreateBuilder(options).Build());
            try
            {
                app.Start();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
            {
                throw new Model.RoundupException($"Cannot listen on {options.Urls}: {e.Message.TrimEnd('.')}.", e);
            }
            stderr.WriteLine($"Serving {store} at {options.Urls} (the API under /api{(token is null ? "; read-only" : "; POST /api/articles with the token")}); Ctrl-C stops.");
            Thread? watcher = null;
            if (feeds is not null)
            {
                var stopping = app.Lifetime.ApplicationStopping;
                watcher = new Thread(() =>
                {
                    try
                    {
                        using var reader = new Ingest.CorpusReader();
                        new FeedWatcher(store, reader, new WatchOptions { Every = interval }, Warn).Run(feeds, once: false, round => stderr.WriteLine(
                            $"{DateTime.Now:HH:mm:ss} {Output.Plural.Of(round.Due, "feed")} fetched ({round.NotModified} unchanged, {round.Failed} failed): {round.Added} new articles."), stopping);
                    }
                    catch (Exception e)
                    {
                        // The pages and the API go on from what the store holds.
                        stderr.WriteLine($"error: feed watching stopped: {e.Message}");
                    }
                })
                { IsBackground = true, Name = "feed watch" };
                watcher.Start();
            }
            app.WaitForShutdown();
            watcher?.Join();
            return RoundupCli.Success;
        });
        return command;
    }
}
