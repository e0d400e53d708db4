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
        var command = new Command("extract", "Extract each article's text and metadata: the building block to script with.")
        {
            paths, format,
        };
        command.SetAction(parse =>
        {
            var writer = new ArticleWriter(CliShared.Format<ArticleFormat>(parse, format), stdout);
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
            return RoundupCli.Success;
        });
        return command;
    }
}
