using System.CommandLine;
using System.Text;
using Roundup.Briefing;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;
using Roundup.Stories;

namespace Roundup.Cli;

/// <summary><c>roundup brief PATH... [--words N] [--format text|markdown|json|html] [--output FILE]</c>.</summary>
internal static class BriefCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var words = CliShared.PositiveInt("--words", "-w", Briefer.DefaultWords, "Word budget of the brief; it is never exceeded.");
        var format = CliShared.FormatOption("Output format: text (for a terminal), markdown, json or html (one self-contained page).", "text", "markdown", "json", "html");
        var output = CliOutput.Create();
        var command = new Command("brief", "Write one attributed extractive brief of all the articles given.")
        {
            paths, words, format, output,
        };
        command.SetAction(parse => Execute(
            parse.GetValue(paths)!, parse.GetValue(words), CliShared.Format<BriefFormat>(parse, format), parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Execute(string[] paths, int words, BriefFormat format, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        int warnings = 0;
        var write = CliShared.Warn(stderr);
        void Warn(IngestWarning w)
        {
            warnings++;
            write(w);
        }
        CliOutput.CheckNotAnInput(output, paths);
        using var reader = new CorpusReader();
        var articles = reader.Read(paths, Warn).ToList();
        if (articles.Count == 0)
        {
            var what = warnings > 0 ? "none of the input could be read (see the warnings above)" : "no article files were found";
            throw new RoundupException($"Nothing to brief: {what}. Give article files (.txt, .html, .jsonl, RSS/Atom feeds), folders that hold them, or feed and page URLs.");
        }
        WarnOfSeveralStories(articles, stderr);
        var brief = new Briefer().Brief(articles, words);
        if (brief.Summary.Count == 0)
        {
            throw new RoundupException(
                $"Nothing to brief: no sentence of the {articles.Count} article{(articles.Count == 1 ? "" : "s")} read fits in {words} words. Give a larger --words, or articles with sentences of ordinary length.");
        }
        var writer = CliOutput.Open(output, stdout, paths);
        BriefWriter.Write(brief, format, writer);
        CliOutput.Close(writer, stdout, output, stderr, $"Brief of {Plural.Of(articles.Count, "article")} ({Plural.Of(brief.Words, "word")})");
        return RoundupCli.Success;
    }

    /// <summary>
    /// One brief of several events reads as none of them: when the articles fall into more than one story of two or
    /// more articles (a story of one is often a stray angle, not another event), say so, and how to brief each.
    /// </summary>
    private static void WarnOfSeveralStories(IReadOnlyList<Article> articles, TextWriter stderr)
    {
        if (articles.Count < 4)
        {
            return; // two stories of two or more need four articles
        }
        var clusterer = new StoryClusterer();
        foreach (var article in articles)
        {
            clusterer.Add(article);
        }
        var stories = clusterer.Stories.Where(s => s.ArticleIds.Count >= 2).OrderByDescending(s => s.ArticleIds.Count).ToList();
        if (stories.Count < 2)
        {
            return;
        }
        var (first, second) = (stories[0], stories[1]);
        stderr.WriteLine(
            $"warning: these {articles.Count} articles read as {stories.Count} stories (the largest: \"{first.Title}\", {first.ArticleIds.Count} articles; " +
            $"then \"{second.Title}\", {second.ArticleIds.Count}); the brief covers them all. 'roundup cluster --brief' writes one brief per story.");
    }
}
