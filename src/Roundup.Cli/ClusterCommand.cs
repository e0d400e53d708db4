using System.CommandLine;
using System.Diagnostics;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;
using Roundup.Stories;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary><c>roundup cluster PATH... [--format text|json|jsonl] [--brief]</c>: a stream of articles into stories.</summary>
internal static class ClusterCommand
{
    /// <summary>The progress line is refreshed once per this many articles.</summary>
    private const int ProgressEvery = 250;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var format = CliShared.FormatOption("Output: text, json, or jsonl (one story per line).", "text", "json", "jsonl");
        var brief = new Option<bool>("--brief") { Description = "Add each story's attributed brief." };
        var words = CliShared.PositiveInt("--words", "-w", Briefer.DefaultWords, "Word budget of each brief.");
        var output = CliOutput.Create();
        var command = new Command("cluster", "Group articles into stories (one per event), online, in input order.")
        {
            paths, format, brief, words, output,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(paths)!, CliShared.Format<StoryFormat>(parse, format), parse.GetValue(brief), parse.GetValue(words), parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Execute(string[] paths, StoryFormat format, bool brief, int words, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        var briefer = new Briefer();
        var target = CliOutput.Open(output, stdout, paths);
        var writer = new StoryWriter(format, target);
        // Stories are written as they close (leave the window), so memory stays bounded on long streams.
        var stream = new StoryStream(
            new StoryOptions { KeepArticleText = brief },
            (story, members) =>
            {
                if (brief)
                {
                    writer.Write(story, SourceAnalyzer.Report(members, words, briefer));
                }
                else
                {
                    writer.Write(story, (Brief?)null);
                }
            });
        // Reading and cleaning run ahead of clustering on worker threads (see CorpusReader and StoryStream).
        using var reader = new CorpusReader();
        var articles = reader.Read(paths, CliShared.Warn(stderr));
        var watch = Stopwatch.StartNew();
        if (ShowProgress(stderr))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Status().Start("Clustering…", context => stream.AddAll(articles, (_, _) =>
            {
                if (stream.ArticleCount % ProgressEvery == 0)
                {
                    context.Status($"{stream.ArticleCount:N0} articles, {stream.ArticleCount / Math.Max(watch.Elapsed.TotalSeconds, 1e-3):N0} articles/s");
                }
            }));
        }
        else
        {
            stream.AddAll(articles);
        }
        if (stream.ArticleCount == 0)
        {
            throw new RoundupException("Nothing to cluster: no readable article was found. Give article files (.txt, .html, .jsonl, RSS/Atom feeds), folders that hold them, or feed and page URLs.");
        }
        stream.Complete();
        writer.Complete(stream.ArticleCount);
        CliOutput.Close(target, stdout, output, stderr, Plural.Of(writer.Count, "story", "stories"));
        stderr.WriteLine($"{Plural.Of(stream.ArticleCount, "article")} ({Plural.Of(stream.ReprintCount, "reprint")}) in {Plural.Of(writer.Count, "story", "stories")} ({stream.ArticleCount / Math.Max(watch.Elapsed.TotalSeconds, 1e-3):0} articles/s).");
        return RoundupCli.Success;
    }

    internal static bool ShowProgress(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
