using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;
using Roundup.Storage;

namespace Roundup.Cli;

/// <summary>
/// <c>roundup watch --feeds FILE [--every 10m] [--once] [--db PATH]</c>: fetches the feeds listed in FILE into the store,
/// again and again, until Ctrl-C or SIGTERM (which end it cleanly, after the feed being fetched).
/// </summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var feeds = new Option<string>("--feeds") { Description = "A file of feed URLs, one a line (blank lines and lines starting with # are skipped).", Required = true };
        var every = new Option<string>("--every") { Description = "How often each feed is fetched: 30s, 10m, 2h (default 10m).", DefaultValueFactory = _ => "10m" };
        var once = new Option<bool>("--once") { Description = "Fetch the feeds that are due once, then stop." };
        var db = IngestCommand.DbOption();
        var command = new Command("watch", "Fetch feeds into the store, again and again, until stopped.") { feeds, every, once, db };
        command.SetAction(parse =>
        {
            var interval = Interval(parse.GetValue(every)!);
            void Warn(string message) => stderr.WriteLine($"warning: {message}");
            var urls = FeedList(parse.GetValue(feeds)!, Warn);
            var path = IngestCommand.StorePath(parse.GetValue(db));
            using var stop = new CancellationTokenSource();
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true; // not the default exit: the round under way ends cleanly first
                stop.Cancel();
            }
            using var reader = new CorpusReader();
            var watcher = new FeedWatcher(path, reader, new WatchOptions { Every = interval }, Warn);
            stderr.WriteLine($"Watching {Plural.Of(urls.Count, "feed")} into {path}, every {parse.GetValue(every)}{(parse.GetValue(once) ? ", once" : "")}.");
            watcher.Run(urls, parse.GetValue(once), round => stderr.WriteLine(
                $"{DateTime.Now:HH:mm:ss} {Plural.Of(round.Due, "feed")} fetched ({round.NotModified} unchanged, {round.Failed} failed): " +
                $"{Plural.Of(round.Read, "article")} read, {round.Added} new."), stop.Token);
            if (stop.IsCancellationRequested)
            {
                stderr.WriteLine("Stopped.");
            }
            return RoundupCli.Success;
        });
        return command;
    }

    /// <summary>A duration written as a number and a unit: s, m or h.</summary>
    internal static TimeSpan Interval(string text)
    {
        var unit = text.Length > 0 ? char.ToLowerInvariant(text[^1]) : ' ';
        if (unit is 's' or 'm' or 'h'
            && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount <= 24 * 3600)
        {
            var interval = unit switch { 's' => TimeSpan.FromSeconds(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromHours(amount) };
            if (interval >= TimeSpan.FromSeconds(1) && interval <= TimeSpan.FromDays(7))
            {
                return interval;
            }
        }
        throw new RoundupException($"--every takes a duration between 1s and 168h written like 30s, 10m or 2h, not '{text}'.");
    }

    /// <summary>The feed URLs of a list file; a line that is no http(s) URL is a warning, and a list with none an error.</summary>
    internal static List<string> FeedList(string file, Action<string> warn)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupException($"Cannot read the feed list {file}: {e.Message.TrimEnd('.')}.");
        }
        var urls = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                urls.Add(line);
            }
            else
            {
                warn($"{file}:{i + 1}: '{line}' is not an http(s) URL; skipped.");
            }
        }
        return urls.Count > 0 ? urls.Distinct(StringComparer.Ordinal).ToList()
            : throw new RoundupException($"The feed list {file} names no feed (one http(s) URL a line).");
    }
}
