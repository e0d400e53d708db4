using System.CommandLine;
using Roundup.Analysis.Timelines;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Cli;

/// <summary>
/// <c>roundup timeline PATH... [--dates N] [--sentences K] [--from DATE] [--to DATE] [--format text|json|markdown|html] [--output FILE]</c>.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var dates = CliShared.PositiveInt("--dates", "-n", TimelineOptions.DefaultDates, "How many days the timeline holds: those the coverage refers to most.");
        var sentences = CliShared.PositiveInt("--sentences", "-k", TimelineOptions.DefaultSentences, "How many sentences for each day.");
        var from = CliShared.DateOption("--from", "The first day the timeline may hold (YYYY-MM-DD).");
        var to = CliShared.DateOption("--to", "The last day the timeline may hold (YYYY-MM-DD).");
        var keywords = CliShared.ListOption("--keywords", "Only sentences holding one of these words count (compared stemmed, in any case): the topic, when the articles also cover other things.");
        var format = CliShared.FormatOption("Output format: text (for a terminal), markdown, json or html (one self-contained page).", "text", "markdown", "json", "html");
        var output = CliOutput.Create();
        var command = new Command("timeline", "Write the dated timeline of many articles about one long-running topic: the days the coverage refers to most, each with verbatim, attributed sentences.")
        {
            paths, dates, sentences, from, to, keywords, format, output,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(from) is { } f && parse.GetValue(to) is { } t && f > t)
            {
                throw new RoundupException($"--from ({f:yyyy-MM-dd}) is after --to ({t:yyyy-MM-dd}): no day can be in the timeline.");
            }
            var inputs = parse.GetValue(paths)!;
            CliOutput.CheckNotAnInput(parse.GetValue(output), inputs);
            var articles = CliShared.ReadArticles(inputs, stderr, "put on a timeline");
            int undated = articles.Count(a => a.Published is null);
            if (undated > 0)
            {
                stderr.WriteLine($"warning: {Plural.Of(undated, "article")} without a publication date: only the dates written out in full in them (\"March 27, 2016\") are read.");
            }
            var timeline = CollectionTimeline.Build(articles, new TimelineOptions(parse.GetValue(dates), parse.GetValue(sentences), parse.GetValue(from), parse.GetValue(to))
            {
                Keywords = parse.GetValue(keywords) ?? [],
            });
            var target = CliOutput.Open(parse.GetValue(output), stdout, inputs);
            TimelineWriter.Write(timeline, articles, CliShared.Format<BriefFormat>(parse, format), target);
            CliOutput.Close(target, stdout, parse.GetValue(output), stderr, $"Timeline of {Plural.Of(timeline.Count, "day")} from {Plural.Of(articles.Count, "article")}");
            return RoundupCli.Success;
        });
        return command;
    }
}
