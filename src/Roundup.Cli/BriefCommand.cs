using System.CommandLine;
using System.Text;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;
using Roundup.Stories;

namespace Roundup.Cli;

/// <summary>
/// <c>roundup brief PATH... [--words N] [--format text|markdown|json|html] [--output FILE] [--all-stories | --story ID [--clusters FILE]]</c>.
/// </summary>
internal static class BriefCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var words = CliShared.PositiveInt("--words", "-w", Briefer.DefaultWords, "Word budget of the brief; it is never exceeded.");
        var format = CliShared.FormatOption("Output format: text (for a terminal), markdown, json or html (one self-contained page).", "text", "markdown", "json", "html");
        var output = CliOutput.Create();
        var allStories = new Option<bool>("--all-stories") { Description = "When the articles make several stories, brief each (by default only the largest is briefed)." };
        var story = CliShared.WholeNumber("--story", "Brief only this story: its id in the output of 'roundup cluster' over the same input (or in --clusters).");
        var clusters = new Option<FileInfo?>("--clusters") { Description = "A 'roundup cluster --format json|jsonl' output in which --story is looked up, instead of grouping the input afresh." };
        var since = new Option<string?>("--since") { Description = "Only what is new: since a date (YYYY-MM-DD: articles published on or after it, leaving out what earlier ones said) or since a previous brief (its --format json output: leaving out every sentence it showed)." };
        var command = new Command("brief", "Write an attributed extractive brief of the articles given (of the largest story when they make several).")
        {
            paths, words, format, output, allStories, story, clusters, since,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(allStories) is not null && result.GetResult(story) is not null)
            {
                result.AddError("--all-stories and --story cannot be used together.");
            }
            if (result.GetResult(clusters) is not null && result.GetResult(story) is null)
            {
                result.AddError("--clusters names the file in which --story is looked up: give --story too.");
            }
        });
        command.SetAction(parse => Execute(
            new Request(parse.GetValue(paths)!, parse.GetValue(words), CliShared.Format<BriefFormat>(parse, format), parse.GetValue(output),
                parse.GetValue(allStories), parse.GetResult(story) is null ? null : parse.GetValue(story), parse.GetValue(clusters), parse.GetValue(since)),
            stdout, stderr));
        return command;
    }

    private sealed record Request(string[] Paths, int Words, BriefFormat Format, FileInfo? Output, bool AllStories, int? Story, FileInfo? Clusters, string? Since);

    private static int Execute(Request request, TextWriter stdout, TextWriter stderr)
    {
        CliOutput.CheckNotAnInput(request.Output, request.Paths);
        if (request.Clusters is not null)
        {
            CliOutput.CheckNotAnInput(request.Output, [request.Clusters.FullName]);
        }
        var articles = CliShared.ReadArticles(request.Paths, stderr, "brief");
        var update = request.Since is { } since ? BriefUpdate.From(since, articles, stderr) : null;
        if (update is not null)
        {
            CliOutput.CheckNotAnInput(request.Output, File.Exists(request.Since) ? [request.Since!] : []);
            articles = [.. update.Articles];
            if (articles.Count == 0)
            {
                stderr.WriteLine($"Nothing new {update.Description}: no article published on or after it.");
                return RoundupCli.Success;
            }
        }
        var briefer = new Briefer { Seen = update?.Seen };
        List<StoryReport> briefs;
        if (request.AllStories)
        {
            briefs = StoryChoice.Group(articles).Select(s => SourceAnalyzer.Report(s.Articles, request.Words, briefer)).Where(b => b.Brief.Summary.Count > 0).ToList();
        }
        else
        {
            var chosen = request.Story is not int id ? Default(articles, update?.PreviousArticles, stderr)
                : request.Clusters is not null ? StoryChoice.FromClusterFile(request.Clusters, id, articles, stderr)
                : StoryChoice.ById(StoryChoice.Group(articles), id);
            var report = SourceAnalyzer.Report(chosen, request.Words, briefer);
            briefs = report.Brief.Summary.Count > 0 ? [report] : [];
        }
        if (briefs.Count == 0 && update is not null)
        {
            stderr.WriteLine($"Nothing new {update.Description}: every sentence that fits in {request.Words} words was seen before.");
            return RoundupCli.Success;
        }
        if (briefs.Count == 0)
        {
            throw new RoundupException(
                $"Nothing to brief: no sentence of the {Plural.Of(articles.Count, "article")} read fits in {request.Words} words. Give a larger --words, or articles with sentences of ordinary length.");
        }
        var writer = CliOutput.Open(request.Output, stdout, request.Paths);
        if (request.AllStories)
        {
            BriefWriter.WriteAll(briefs, request.Format, writer);
        }
        else
        {
            BriefWriter.Write(briefs[0], request.Format, writer);
        }
        var written = briefs.Count == 1
            ? $"Brief of {Plural.Of(briefs[0].Brief.Articles.Count, "article")} ({Plural.Of(briefs[0].Brief.Words, "word")})"
            : $"Briefs of {Plural.Of(briefs.Count, "story", "stories")} ({Plural.Of(briefs.Sum(b => b.Brief.Articles.Count), "article")})";
        CliOutput.Close(writer, stdout, request.Output, stderr, written);
        return RoundupCli.Success;
    }

    /// <summary>
    /// All the articles when they make one story; else, for an update, the story that continues the previous brief
    /// (the one holding most of its articles); else the largest story,
    /// with a warning of what is left out.
    /// </summary>
    private static IReadOnlyList<Article> Default(List<Article> articles, IReadOnlySet<string>? previous, TextWriter stderr)
    {
        if (articles.Count == 1)
        {
            return articles;
        }
        var stories = StoryChoice.Group(articles);
        if (stories.Count == 1)
        {
            return articles;
        }
        if (previous is { Count: > 0 } && stories.MaxBy(s => s.Articles.Count(a => previous.Contains(a.Id))) is { } continued
            && continued.Articles.Any(a => previous.Contains(a.Id)))
        {
            return continued.Articles;
        }
        return StoryChoice.Largest(stories, articles.Count, stderr).Articles;
    }
}
