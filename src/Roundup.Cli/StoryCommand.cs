using System.CommandLine;
using Roundup.Analysis;
using Roundup.Briefing;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Cli;

/// <summary><c>roundup story ID [--words N] [--format text|markdown|json|html] [--db FILE]</c>: one stored story's brief and comparison of sources.</summary>
internal static class StoryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ID") { Description = "The story's id, as 'roundup stories' lists it." };
        var words = CliShared.PositiveInt("--words", "-w", Briefer.DefaultWords, "Word budget of the brief; it is never exceeded.");
        var format = CliShared.FormatOption("Output format: text (for a terminal), markdown, json or html (one self-contained page).", "text", "markdown", "json", "html");
        var db = IngestCommand.DbOption();
        var command = new Command("story", "Brief one story of the store, with where its sources agree and differ.") { id, words, format, db };
        command.SetAction(parse =>
        {
            using var store = StoriesCommand.OpenExisting(parse.GetValue(db));
            long story = parse.GetValue(id);
            int budget = parse.GetValue(words);
            string formatName = parse.GetValue(format)!;
            // A brief is kept in the store until its story changes: asked again, it is read, not written again.
            if (store.KeptBrief(story, budget, formatName) is { } kept)
            {
                stdout.Write(kept);
                stderr.WriteLine($"Brief of story {story}, kept since its articles last changed.");
                return RoundupCli.Success;
            }
            var articles = store.StoryArticles(story);
            if (articles.Count == 0)
            {
                throw new RoundupException($"The store {store.Location} has no story {story}: 'roundup stories' lists the ids it has.");
            }
            var report = SourceAnalyzer.Report(articles, budget);
            var text = new StringWriter();
            BriefWriter.Write(report, CliShared.Format<BriefFormat>(parse, format), text);
            store.KeepBrief(story, budget, formatName, text.ToString());
            stdout.Write(text.ToString());
            stderr.WriteLine($"Brief of {Plural.Of(articles.Count, "article")} ({Plural.Of(report.Brief.Words, "word")}).");
            return RoundupCli.Success;
        });
        return command;
    }
}
