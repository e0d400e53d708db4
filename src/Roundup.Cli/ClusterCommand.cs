using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
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
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var format = new Option<string>("--format", "-f") { Description = "Output: text, json, or jsonl (one story per line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var brief = new Option<bool>("--brief") { Description = "Add each story's attributed brief." };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each brief.", DefaultValueFactory = _ => Briefer.DefaultWords };
        var command = new Command("cluster", "Group articles into stories (one per event), online, in input order.")
        {
            paths, format, brief, words,
        };
        command.SetAction(parse => Execute(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(brief), parse.GetValue(words), stdout, stderr));
        return command;
    }

    private static int Execute(string[] paths, string format, bool brief, int words, TextWriter stdout, TextWriter stderr)
    {
        if (words <= 0)
        {
            throw new RoundupException("--words must be a positive number of words.");
        }
        var briefer = new Briefer();
        var collected = new List<object>(); // --format json writes one array at the end
        int storyCount = 0;
        // Stories are written as they close (leave the window), so memory stays bounded on long streams.
        void Emit(Story story, IReadOnlyList<Article> members)
        {
            storyCount++;
            var storyBrief = brief ? briefer.Brief(members, words) : null;
            switch (format)
            {
                case "jsonl":
                    stdout.WriteLine(JsonSerializer.Serialize(ToJson(story, storyBrief), CliShared.JsonLine));
                    break;
                case "json":
                    collected.Add(ToJson(story, storyBrief));
                    break;
                default:
                    WriteText(story, storyBrief, stdout);
                    break;
            }
        }
        var stream = new StoryStream(new StoryOptions { KeepArticleText = brief }, Emit);
        // Reading and cleaning run ahead of clustering on worker threads (see CorpusReader and StoryStream).
        var articles = new CorpusReader().Read(paths, w => stderr.WriteLine($"warning: {w}"));
        var watch = Stopwatch.StartNew();
        if (ShowProgress(stderr))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Status().Start("Clustering…", context => stream.AddAll(articles, (_, _) =>
            {
                if (stream.ArticleCount % 250 == 0)
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
        if (format == "json")
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { articles = stream.ArticleCount, stories = collected }, CliShared.JsonIndented));
        }
        stderr.WriteLine($"{stream.ArticleCount} articles ({stream.ReprintCount} reprints) in {storyCount} stories ({stream.ArticleCount / Math.Max(watch.Elapsed.TotalSeconds, 1e-3):0} articles/s).");
        return RoundupCli.Success;
    }

    private static void WriteText(Story s, Brief? brief, TextWriter stdout)
    {
        var dates = s.First is null ? "" : s.First == s.Last ? $", {BriefWriter.Iso(s.First)}" : $", {BriefWriter.Iso(s.First)} – {BriefWriter.Iso(s.Last)}";
        stdout.WriteLine($"#{s.Id} {s.Title} ({s.ArticleIds.Count} article{(s.ArticleIds.Count == 1 ? "" : "s")}{dates})");
        stdout.WriteLine($"    outlets: {string.Join(", ", s.Outlets)}");
        stdout.WriteLine($"    articles: {string.Join(", ", s.ArticleIds.Select(id => s.Reprints.TryGetValue(id, out var of) ? $"{id} (reprint of {of})" : id))}");
        if (brief is not null)
        {
            foreach (var sentence in brief.Summary)
            {
                stdout.WriteLine($"    {sentence.Text} [{string.Join(",", sentence.Sources)}]");
            }
        }
    }

    private static bool ShowProgress(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    private static object ToJson(Story story, Brief? brief) => new
    {
        id = story.Id,
        title = story.Title,
        articles = story.ArticleIds,
        independent = story.Independent,
        reprints = story.ArticleIds.Where(story.Reprints.ContainsKey).Select(id => new { id, of = story.Reprints[id] }),
        outlets = story.Outlets,
        first = BriefWriter.Iso(story.First),
        last = BriefWriter.Iso(story.Last),
        brief = brief is null ? null : new
        {
            title = brief.Title,
            words = brief.Words,
            summary = brief.Summary.Select(s => new { text = s.Text, sources = s.Sources, support = s.Support }),
        },
    };
}
