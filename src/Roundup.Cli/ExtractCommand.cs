using System.CommandLine;
using Roundup.Ingest;
using Roundup.Model;
using Roundup.Output;

namespace Roundup.Cli;

/// <summary><c>roundup extract PATH... [--format jsonl|json|text]</c>: one record per article, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = CliShared.InputPaths();
        var format = CliShared.FormatOption("Output: jsonl (one record a line), json, or text.", "jsonl", "json", "text");
        var output = CliOutput.Create();
        var command = new Command("extract", "Extract each article's text and metadata: the building block to script with.")
        {
            paths, format, output,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output);
            var target = CliOutput.Open(file, stdout, parse.GetValue(paths)!);
            var writer = new ArticleWriter(CliShared.Format<ArticleFormat>(parse, format), target);
            using var reader = new CorpusReader();
            foreach (var article in reader.Read(parse.GetValue(paths)!, CliShared.Warn(stderr)))
            {
                writer.Write(article);
            }
            if (writer.Count == 0)
            {
                throw new RoundupException("Nothing extracted: no readable article was found.");
            }
            writer.Complete();
            CliOutput.Close(target, stdout, file, stderr, Plural.Of(writer.Count, "article"));
            return RoundupCli.Success;
        });
        return command;
    }
}
